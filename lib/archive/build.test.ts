import { describe, expect, it } from 'vitest';
import { buildArchive, recordIdFor } from './build';
import { archiveDocumentSchema } from './schema';
import { seedReport } from '../related/__fixtures__/reports';
import type { Extraction } from '../schema/extraction';

const empty: Extraction = { detected: false, score: 0, reasons: [], headcounts: [], places: [] };

describe('buildArchive', () => {
  it('makes one record per file, id = base name, in name order, with metadata from the text', async () => {
    const s = seedReport('001_686501cca6de8141');
    const doc = await buildArchive(
      [
        { name: '002_b.txt', text: '标题二\n\n正文。' },
        { name: '001_686501cca6de8141.txt', text: s.text },
      ],
      (text) => (text === s.text ? s.extraction : empty),
      new Date('2026-11-23T10:00:00Z'),
    );
    expect(archiveDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.records.map((r) => r.id)).toEqual(['001_686501cca6de8141', '002_b']);
    expect(doc.records[0]).toMatchObject({ schemaVersion: 1, file: '001_686501cca6de8141.txt', source: '苗乡兴文', published: '2020-02-03' });
    expect(doc.records[0].extraction.headcounts.length).toBe(7);
    expect(doc.generated).toBe('2026-11-23T10:00:00.000Z');
  });

  it('fails the build when the extractor returns offsets that do not match the text', async () => {
    const broken: Extraction = { ...empty, places: [{ ...seedReport('000_7d9928301217a0d3').extraction.places[0], start: 0 }] };
    await expect(buildArchive([{ name: 'x.txt', text: '监利市的报道' }], () => broken, new Date())).rejects.toThrow(/offsets/);
  });

  it('strips a BOM so offsets match what readers see', async () => {
    const doc = await buildArchive([{ name: 'a.txt', text: '\uFEFF标题\n\n正文' }], () => empty, new Date());
    expect(doc.records[0].text.startsWith('标题')).toBe(true);
    expect(recordIdFor('archive/002_3b87ff4c7a31394c.txt')).toBe('002_3b87ff4c7a31394c');
  });
});

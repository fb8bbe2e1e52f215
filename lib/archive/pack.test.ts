import { describe, expect, it } from 'vitest';
import { parsePack } from './pack';
import { toArchiveRecord, ARCHIVE_FORMAT } from './schema';
import { seedReport } from '../related/__fixtures__/reports';

const record = (id = '002_3b87ff4c7a31394c') => toArchiveRecord({ ...seedReport('002_3b87ff4c7a31394c'), id }, `${id}.txt`);
const doc = (records: unknown[], extra: object = {}) => JSON.stringify({ format: ARCHIVE_FORMAT, version: 1, generated: '2026-11-23T00:00:00Z', records, ...extra });

describe('parsePack', () => {
  it('accepts an archive document and a bare list of records', () => {
    const a = parsePack(doc([record()]));
    expect(a.ok && a.records.map((r) => r.id)).toEqual(['002_3b87ff4c7a31394c']);
    const b = parsePack(JSON.stringify([record('x1'), record('x2')]));
    expect(b.ok && b.records.length).toBe(2);
  });

  it('refuses what is not JSON, not a pack, or empty, saying so', () => {
    expect(parsePack('{oops')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(parsePack(JSON.stringify({ format: 'other', records: [] }))).toMatchObject({ ok: false, error: expect.stringMatching(/not a Dispatch Lens archive pack/) });
    expect(parsePack('{"hello":1}')).toMatchObject({ ok: false, error: expect.stringMatching(/no archive records/) });
    expect(parsePack(doc([]))).toMatchObject({ ok: false, error: expect.stringMatching(/no records/) });
  });

  it('refuses a pack from a newer version with advice', () => {
    expect(parsePack(doc([record()], { version: 7 }))).toMatchObject({ ok: false, error: expect.stringMatching(/newer Dispatch Lens.*version 7.*Update/) });
  });

  it('names the record and the field of the first problems', () => {
    const bad = { ...record('bad-one'), extraction: { ...record().extraction, headcounts: [{ ...record().extraction.headcounts[0], start: 0 }] } };
    const r = parsePack(doc([record('fine'), bad]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/refused and nothing was imported/);
    expect(!r.ok && r.error).toMatch(/record 2 \("bad-one"\) at extraction\.headcounts\.0: offsets/);
    const missing = parsePack(JSON.stringify([{ ...record(), title: undefined }]));
    expect(!missing.ok && missing.error).toMatch(/record 1 .* at title/);
    const version = parsePack(JSON.stringify([{ ...record(), schemaVersion: 2 }]));
    expect(!version.ok && version.error).toMatch(/schemaVersion.*reads schema version 1/);
  });

  it('refuses duplicate ids', () => {
    expect(parsePack(JSON.stringify([record('a'), record('a')]))).toMatchObject({ ok: false, error: expect.stringMatching(/two records with the id "a"/) });
  });
});

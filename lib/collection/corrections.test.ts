import { describe, expect, it } from 'vitest';
import { applyCorrections } from './corrections';
import { goldReports } from './testdata/fixtures';
import type { Correction } from './record';

const at = '2026-01-01T00:00:00.000Z';

describe('applyCorrections', () => {
  const { text, extraction } = goldReports()[1]; // 兴文县 report
  const hc = extraction.headcounts[2]; // 30名党员
  const place = extraction.places.find((p) => p.name === '湖北省')!;

  it('removes a wrong highlight and edits kind and role, leaving the stored extraction untouched', () => {
    const corrections: Correction[] = [
      { op: 'remove-headcount', at, start: extraction.headcounts[0].start, end: extraction.headcounts[0].end, text: extraction.headcounts[0].text },
      { op: 'edit-headcount', at, start: hc.start, end: hc.end, text: hc.text, kind: 'population', role: '返乡党员' },
    ];
    const { extraction: fixed, stale } = applyCorrections(text, extraction, corrections);
    expect(stale).toEqual([]);
    expect(fixed.headcounts).toHaveLength(extraction.headcounts.length - 1);
    expect(fixed.headcounts.find((h) => h.start === hc.start)).toMatchObject({ kind: 'population', role: '返乡党员', value: 30 });
    expect(extraction.headcounts[2]).toEqual(hc);
  });

  it('adds a missed place in text order, and a later edit wins over an earlier one', () => {
    const start = text.indexOf('兴文县');
    const added = { start, end: start + 3, text: '兴文县', name: '兴文县', level: 'county' as const, code: '511528', path: ['四川省', '宜宾市', '兴文县'], pathCodes: ['51', '5115', '511528'] };
    const { extraction: fixed } = applyCorrections(text, extraction, [
      { op: 'add-place', at, place: added },
      { op: 'edit-headcount', at, start: hc.start, end: hc.end, text: hc.text, role: 'A' },
      { op: 'edit-headcount', at, start: hc.start, end: hc.end, text: hc.text, role: 'B' },
    ]);
    expect(fixed.places).toContainEqual(added);
    expect(fixed.places.map((p) => p.start)).toEqual([...fixed.places.map((p) => p.start)].sort((a, b) => a - b));
    expect(fixed.headcounts.find((h) => h.start === hc.start)!.role).toBe('B');
  });

  it('detaches headcounts from a removed place, and reports corrections whose text changed as stale', () => {
    const attributed = { ...extraction, headcounts: extraction.headcounts.map((h) => ({ ...h, place: '湖北省', placeCode: '42' })) };
    const { extraction: fixed, stale } = applyCorrections(text, attributed, [
      { op: 'remove-place', at, start: place.start, end: place.end, text: place.text },
      { op: 'remove-headcount', at, start: 0, end: 3, text: 'not what is there' },
    ]);
    expect(fixed.places.some((p) => p.name === '湖北省')).toBe(false);
    expect(fixed.headcounts.every((h) => h.place === null && h.placeCode === null)).toBe(true);
    expect(stale).toHaveLength(1);
  });
});

import { describe, it, expect } from 'vitest';
import { mergeAppended } from './incremental';
import type { Extraction, Headcount } from '../schema/extraction';

const hc = (start: number, text: string): Headcount => ({
  start, end: start + text.length, text, value: 1, approx: false, role: null, kind: 'mobilized', place: null,
  sentence: { start, end: start + text.length },
});
const ex = (headcounts: Headcount[], detected = true): Extraction => ({ detected, score: detected ? 0.9 : 0.1, reasons: [], headcounts, places: [] });

describe('mergeAppended', () => {
  it('keeps old mentions before the cut, replaces those after it, and shifts the tail', () => {
    const prev = ex([hc(0, '3人'), hc(10, '5人')]);
    const tail = ex([hc(2, '5人'), hc(8, '9人')]);
    const merged = mergeAppended(prev, tail, 8);
    expect(merged.headcounts.map((h) => [h.start, h.end, h.text])).toEqual([[0, 2, '3人'], [10, 12, '5人'], [16, 18, '9人']]);
    expect(merged.headcounts[2].sentence).toEqual({ start: 16, end: 18 });
  });
  it('is detected when either part is', () => {
    expect(mergeAppended(ex([], false), ex([], true), 0).detected).toBe(true);
  });
});

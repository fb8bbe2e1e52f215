import { describe, expect, it } from 'vitest';
import { makeSnippet } from './snippet';

describe('makeSnippet', () => {
  it('cuts around the ranges, keeps offsets aligned, and marks them', () => {
    const text = '甲'.repeat(50) + '监利\n市' + '乙'.repeat(50);
    const s = makeSnippet(text, [{ start: 50, end: 54 }], 10);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.slice(s.marks[0].start, s.marks[0].end)).toBe('监利 市');
  });

  it('merges overlapping ranges into one mark', () => {
    const s = makeSnippet('监利市3301名党员干部下沉', [{ start: 0, end: 3 }, { start: 2, end: 12 }], 5);
    expect(s.marks).toEqual([{ start: 0, end: 12 }]);
  });
});

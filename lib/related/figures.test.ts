/** One test per figure-comparison rule (figures.ts). */
import { describe, expect, it } from 'vitest';
import { compareFigures, figuresOf, likelyReprint, figureKeys, consistent } from './figures';
import { buildReport, type Part } from './__fixtures__/reports';

const figs = (...parts: Part[]) => {
  const r = buildReport('x', parts);
  return figuresOf(r.extraction.headcounts, r.extraction.places);
};
const hc = (text: string, value: number, role: string | null, place?: string, approx = false): Part => ({
  hc: { text, value, role, place, approx },
});

describe('figure comparison rules', () => {
  it('same place and role with different numbers is a possible conflict', () => {
    const m = compareFigures(figs(hc('3301名党员干部', 3301, '党员干部', '监利市')), figs(hc('3500名党员干部', 3500, '党员干部', '监利市')));
    expect(m).toHaveLength(1);
    expect(m[0].status).toBe('conflict');
    expect(m[0].other.headcount.value).toBe(3500);
  });

  it('the same figure for the same place in another report is corroborated', () => {
    const m = compareFigures(figs(hc('3301名党员干部', 3301, '党员干部', '监利市')), figs(hc('3301 名 党 员 干 部', 3301, '党员干部', '监利市')));
    expect(m.map((x) => x.status)).toEqual(['corroborated']);
  });

  it('an approximate figure close to an exact one corroborates it rather than conflicting', () => {
    expect(consistent({ value: 3000, approx: true }, { value: 3301, approx: false })).toBe(true);
    expect(consistent({ value: 3000, approx: true }, { value: 5000, approx: false })).toBe(false);
    const m = compareFigures(figs(hc('3000余名党员干部', 3000, '党员干部', '监利市', true)), figs(hc('3301名党员干部', 3301, '党员干部', '监利市')));
    expect(m[0].status).toBe('corroborated');
  });

  it('a different role or a different place is never a conflict', () => {
    expect(compareFigures(figs(hc('3301名党员干部', 3301, '党员干部', '监利市')), figs(hc('280名党员', 280, '党员', '监利市')))).toEqual([]);
    expect(compareFigures(figs(hc('3301名党员干部', 3301, '党员干部', '监利市')), figs(hc('321名党员干部', 321, '党员干部', '离石区')))).toEqual([]);
  });

  it('a figure without a known place can be shared but neither corroborated nor contradicted', () => {
    const m = compareFigures(figs(hc('5.8万名下沉党员', 58000, '下沉党员')), figs(hc('5.8万名下沉党员', 58000, '下沉党员', '黄冈市')));
    expect(m.map((x) => x.status)).toEqual(['shared']);
    expect(compareFigures(figs(hc('9780名党员', 9780, '党员')), figs(hc('9000名党员', 9000, '党员')))).toEqual([]);
  });

  it('small or role-less counts are too common to count as shared', () => {
    expect(compareFigures(figs(hc('5名党员', 5, '党员')), figs(hc('5名党员', 5, '党员')))).toEqual([]);
    expect(compareFigures(figs(hc('25人', 25, null)), figs(hc('25人', 25, null)))).toEqual([]);
    expect(compareFigures(figs(hc('11863人', 11863, null)), figs(hc('11863人', 11863, null))).map((x) => x.status)).toEqual(['shared']);
  });

  it('a likely reprint when most distinctive figures coincide, not when one or two do', () => {
    const a = [hc('3301名党员干部', 3301, '党员干部'), '，', hc('280名党员', 280, '党员'), '，', hc('194名下沉党员', 194, '下沉党员'), '，', hc('186名党员干部', 186, '党员干部')];
    const keys = (...parts: Part[]) => figureKeys(buildReport('k', parts).extraction.headcounts);
    expect(likelyReprint(keys(...a), keys(...a.slice(0, 5)))).toBe(true);
    expect(likelyReprint(keys(...a), keys(...a.slice(0, 3), '，', hc('99名干警', 99, '干警'), hc('77名网格员', 77, '网格员')))).toBe(false);
  });
});

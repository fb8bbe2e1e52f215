import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, toOriginal } from './normalize';

describe('normalize', () => {
  it('drops spaces and line breaks inside CJK text, keeps one between ASCII numbers', () => {
    expect(normalize('3301 名 党 员\n干 部').text).toBe('3301名党员干部');
    expect(normalize('2020 3301名').text).toBe('2020 3301名');
    expect(normalize('全市 58 个').text).toBe('全市58个');
    // e-paper: every character spaced, digits included.
    expect(normalize('3 3 0 1 名 党 员').text).toBe('3301名党员');
    expect(normalize('第 1 2 0 0 人').text).toBe('第1200人');
    expect(normalize('2020 3 月').text).toBe('2020 3月');
  });

  it('turns full-width digits into ASCII and traditional into simplified, same length', () => {
    expect(normalize('３３０１名黨員幹部下沉社區').text).toBe('3301名党员干部下沉社区');
    // Phrase dictionaries: 乾县 stays 乾县 (characters alone would give 干县).
    expect(normalize('陝西省乾縣黨員幹部').text).toBe('陕西省乾县党员干部');
  });

  it('maps every normalised span back to exactly the original characters', () => {
    const original = '全市 58 个\n市 直 单 位 3301 名 党 员 干 部';
    const n = normalize(original);
    const i = n.text.indexOf('3301名党员干部');
    const o = toOriginal(n, i, i + '3301名党员干部'.length);
    expect(original.slice(o.start, o.end)).toBe('3301 名 党 员 干 部');
  });

  it('map is monotonic and within the original for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const n = normalize(s);
        expect(n.map.length).toBe(n.text.length + 1);
        for (let k = 1; k < n.map.length; k++) expect(n.map[k]).toBeGreaterThan(n.map[k - 1]);
        expect(n.map[n.text.length]).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });
});

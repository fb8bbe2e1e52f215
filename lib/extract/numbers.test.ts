import { describe, expect, it } from 'vitest';
import { parseNumberCore } from './numbers';

describe('parseNumberCore', () => {
  it.each([
    ['3301', 3301, false],
    ['5.8万', 58000, false],
    ['1.2万余', 12000, true],
    ['3000余', 3000, true],
    ['700多', 700, true],
    ['20多万', 200000, true],
    ['三千三百零一', 3301, false],
    ['两百', 200, false],
    ['伍仟', 5000, false],
    ['一万二', 12000, false],
    ['一万两千', 12000, false],
    ['三百五', 350, false],
    ['五十八', 58, false],
    ['十', 10, false],
    ['十几', 10, true],
    ['百余', 100, true],
    ['万', 10000, false],
    ['1万余', 10000, true],
    ['9千', 9000, false],
    ['二〇二〇', 2020, false],
  ])('%s → %i (approx %s)', (core, value, approx) => {
    expect(parseNumberCore(core)).toEqual({ value, approx });
  });

  it('refuses strings that hold no number', () => {
    expect(parseNumberCore('')).toBeNull();
    expect(parseNumberCore('余')).toBeNull();
    expect(parseNumberCore('党员')).toBeNull();
  });
});

describe('ranges of neighbouring digits', () => {
  it.each([
    ['五六十', 50],
    ['两三百', 200],
    ['七八千', 7000],
  ])('%s → about %i', (core, value) => {
    expect(parseNumberCore(core)).toEqual({ value, approx: true });
  });
  it('keeps digit strings that are not ranges', () => {
    expect(parseNumberCore('一九')).toEqual({ value: 19, approx: false });
  });
});

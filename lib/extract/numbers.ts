/**
 * Number expressions as Chinese reports write them: Arabic (`3301`, `5.8万`), Chinese
 * (`三千三百零一`, `两百`, `一万二`), financial (`伍仟`), mixed (`1.2万余`, `20多万`), with
 * qualifiers that make them approximate (`近`, `约`, `超过`, `逾`, `上千`, `数百`, `余`,
 * `多`, `几`). Written as a small parser of our own: nzh gets `两百`, `伍仟` and `一万二`
 * wrong (see shared/docs/data-facts.md).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** Qualifiers inside or after the number that make it approximate. */
const APPROX_INNER = new Set(['余', '多', '几', '来']);

/** Characters that can be part of a number expression's core, by code (a table: this runs before every classifier). */
const NUMBER_CHAR = new Uint8Array(65536);
for (const ch of '0123456789.' + Object.keys(DIGITS).join('') + Object.keys(SMALL_UNITS).join('') + Object.keys(BIG_UNITS).join('') + [...APPROX_INNER].join('')) {
  NUMBER_CHAR[ch.charCodeAt(0)] = 1;
}

export function isNumberCode(code: number): boolean {
  return NUMBER_CHAR[code] === 1;
}

export function isNumberChar(ch: string): boolean {
  return ch.length === 1 && NUMBER_CHAR[ch.charCodeAt(0)] === 1;
}

export interface ParsedNumber {
  value: number;
  approx: boolean;
}

/**
 * Parses a number core such as `5.8万`, `1.2万余`, `三千三百零一`, `20多万`, `百余`, `万`.
 * Returns null when the string holds no number.
 */
export function parseNumberCore(core: string): ParsedNumber | null {
  let approx = false;
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let lastUnit = 0; // value of the unit token just before `current`, for 一万二 = 12000
  let sawAny = false;
  let i = 0;
  while (i < core.length) {
    const ch = core[i];
    if ((ch >= '0' && ch <= '9') || (ch === '.' && current === null)) {
      let j = i;
      while (j < core.length && ((core[j] >= '0' && core[j] <= '9') || core[j] === '.')) j++;
      const n = Number(core.slice(i, j));
      if (!Number.isFinite(n)) return null;
      current = n;
      lastUnit = 0;
      sawAny = true;
      i = j;
      continue;
    }
    if (ch in DIGITS && DIGITS[ch] === 0 && lastUnit > 0) {
      // 三千三百零一: a zero after a unit only marks a gap; it also ends the 一万二 shorthand.
      current = null;
      lastUnit = 0;
      i++;
      continue;
    }
    if (ch in DIGITS && current !== null && lastUnit === 0 && i > 0 && core[i - 1] in DIGITS && DIGITS[ch] === DIGITS[core[i - 1]] + 1 && core[i + 1] && (core[i + 1] in SMALL_UNITS || core[i + 1] in BIG_UNITS)) {
      // 五六十, 两三百: two neighbouring digits before a unit give a range; keep the lower, approximate.
      approx = true;
      i++;
      continue;
    }
    if (ch in DIGITS) {
      // 二〇二〇 style digit strings concatenate; otherwise a digit starts a new term.
      current = current !== null && lastUnit === 0 && Number.isInteger(current) ? current * 10 + DIGITS[ch] : DIGITS[ch];
      sawAny = true;
      i++;
      continue;
    }
    if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch];
      section += (current ?? 1) * unit;
      current = null;
      lastUnit = unit;
      sawAny = true;
      i++;
      continue;
    }
    if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch];
      let s = section + (current ?? 0);
      if (s === 0) s = 1;
      total += s * unit;
      section = 0;
      current = null;
      lastUnit = unit;
      sawAny = true;
      i++;
      continue;
    }
    if (APPROX_INNER.has(ch)) {
      approx = true;
      i++;
      continue;
    }
    return null;
  }
  if (!sawAny) return null;
  if (current !== null) {
    // Trailing digit after a unit is shorthand: 一万二 = 12000, 三百五 = 350.
    section += lastUnit >= 100 ? current * (lastUnit / 10) : current;
  }
  const value = Math.round(total + section);
  if (!Number.isFinite(value) || value < 0 || value > Number.MAX_SAFE_INTEGER) return null;
  return { value, approx };
}

/** Qualifiers written before the number, longest first; all make it approximate. */
export const APPROX_PREFIXES = ['将近', '接近', '大约', '超过', '不少于', '近', '约', '逾', '超', '上', '数'] as const;
/** `上` and `数` qualify only a bare unit (`上千`, `数百`), never a digit (`上3人`). */
export const UNIT_ONLY_PREFIXES = new Set(['上', '数']);

export function isUnitChar(ch: string): boolean {
  return ch in SMALL_UNITS || ch in BIG_UNITS;
}
export function isChineseDigit(ch: string): boolean {
  return ch in DIGITS;
}

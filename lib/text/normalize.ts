/**
 * A normalised view of a page's text, with a map back to the original.
 *
 * Real pages put spaces between every CJK character (`3301 名 党 员`), line breaks inside
 * words, full-width digits and traditional characters. Extraction runs on the normalised
 * string; `toOriginal` turns its offsets back into offsets of the original, so that
 * `original.slice(start, end)` is the mention exactly as written.
 *
 * Rules: whitespace is dropped, except one space is kept between two ASCII letters or
 * digits (so `2020 3301` stays two numbers); full-width ASCII becomes ASCII; traditional
 * characters become simplified (./traditional.ts) without changing the length.
 */
import { isAsciiAlnum, isDigit, isSpaceLike } from './chars';
import { toSimplified } from './traditional';

export interface NormalizedText {
  original: string;
  text: string;
  /** `map[i]` is the original index of normalised character i; `map[text.length]` is original.length. */
  map: Int32Array;
}

const SPACE = 1;
const FULL_WIDTH = 2;
/** Per UTF-16 code unit: 0 kept as is, SPACE dropped, FULL_WIDTH mapped to ASCII. One load per character. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (isSpaceLike(c)) CLASS[c] = SPACE;
for (let c = 0xff01; c <= 0xff5e; c++) CLASS[c] = FULL_WIDTH;

/** The ASCII code a full-width character stands for (others unchanged). */
function asciiOf(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

/** A digit (ASCII or full-width) with no digit right before or after it. */
function isSingleDigitAt(s: string, k: number): boolean {
  const digit = (x: number) => x >= 0 && x < s.length && isDigit(asciiOf(s.charCodeAt(x)));
  return digit(k) && !digit(k - 1) && !digit(k + 1);
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  const out = new Array<string>();
  const map = new Int32Array(n + 1);
  let len = 0;
  let chunkStart = 0;
  // Copy runs of unchanged characters in one slice: most characters need no change.
  const flush = (end: number) => {
    if (end > chunkStart) {
      out.push(original.slice(chunkStart, end));
      for (let k = chunkStart; k < end; k++) map[len++] = k;
    }
  };
  let lastKept = -1; // code of the last character kept
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === 0) {
      lastKept = c;
      continue;
    }
    if (cls === SPACE) {
      flush(i);
      chunkStart = i + 1;
      // Keep one space between two ASCII alphanumerics (`2020 3301`, `New York`), except
      // between single digits: e-paper text spaces every character (`3 3 0 1 名`).
      if (isAsciiAlnum(lastKept)) {
        let j = i + 1;
        while (j < n && isSpaceLike(original.charCodeAt(j))) j++;
        const spacedDigits = isSingleDigitAt(original, i - 1) && isSingleDigitAt(original, j);
        if (j < n && isAsciiAlnum(asciiOf(original.charCodeAt(j))) && !spacedDigits) {
          out.push(' ');
          map[len++] = i;
          lastKept = 32;
        }
        chunkStart = j;
        i = j - 1;
      }
      continue;
    }
    {
      // Full-width ASCII (`３３０１`, `．`) → ASCII.
      flush(i);
      out.push(String.fromCharCode(c - 0xfee0));
      map[len++] = i;
      chunkStart = i + 1;
      lastKept = c - 0xfee0;
      continue;
    }
  }
  flush(n);
  map[len] = n;
  const text = toSimplified(out.join(''));
  return { original, text, map: map.subarray(0, len + 1) };
}

/** Original offsets of the normalised span [start, end). */
export function toOriginal(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.map[start];
  const e = end > start ? norm.map[end - 1] + 1 : s;
  return { start: s, end: e };
}

/** Character classes used by normalisation and extraction. */

/** CJK Unified Ideographs (basic block and extension A) and compatibility ideographs. */
export function isCJK(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whitespace as pages produce it, including the ideographic space and zero-width characters. */
export function isSpaceLike(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 ||
    code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0x200c || code === 0x200d ||
    code === 0xfeff || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a)
  );
}

import { describe, expect, it } from 'vitest';
import { decodeReport } from './decode';

/** 党员 in GBK. */
const GBK_DANGYUAN = [0xb5, 0xb3, 0xd4, 0xb1];

describe('decodeReport', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeReport(new TextEncoder().encode('3301名党员'), false)).toBe('3301名党员');
    expect(decodeReport(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('党员')]), false)).toBe('党员');
  });

  it('honours the charset an HTML page declares', () => {
    const head = new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>');
    const page = Uint8Array.from([...head, ...GBK_DANGYUAN]);
    expect(decodeReport(page, true).endsWith('党员')).toBe(true);
  });

  it('falls back to GB18030 for text that is not UTF-8', () => {
    expect(decodeReport(Uint8Array.from([0x33, 0x33, 0x30, 0x31, 0xc3, 0xfb, ...GBK_DANGYUAN]), false)).toBe('3301名党员');
  });
});

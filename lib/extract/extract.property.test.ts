import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testExtractor } from '../../tests/unit/extractor';

const seed = readFileSync(join(import.meta.dirname, '../../archive/000_7d9928301217a0d3.txt'), 'utf8');

/** Text pieces that exercise the extractor: mentions, spaces, breaks, traditional, noise. */
const piece = fc.oneof(
  fc.constantFrom('3301名党员干部', '３３０１ 名 黨 員', '186\n名', '下沉党员共194人', '5.8万党员', '监利\n市', '容城镇前锋村', '七根檀社区', '回龙、李子关等村', '海门', '港闸区', '近2600名', '，', '。', ' ', '\n', '\u3000', '名', '人次', '万', '余'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(...'党员干部名人位万千百十余多近约上数镇乡村社区市县省湖北黄冈'.split('')), maxLength: 10 }),
);

function assertOffsets(text: string) {
  const r = testExtractor().extract(text);
  for (const m of [...r.headcounts, ...r.places]) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(1);
}

describe('extraction invariants', () => {
  it('offsets always slice the original text to the reported text', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), assertOffsets), { numRuns: 400 });
  });

  it('never throws on any Unicode, including lone surrogates and empty input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), assertOffsets), { numRuns: 300 });
    assertOffsets('');
    assertOffsets('\ud800名党员\udfff3301');
  });

  it('handles a 1 MB page', () => {
    let big = '';
    while (big.length < 1_000_000) big += seed;
    const r = testExtractor().extract(big);
    expect(r.headcounts.length).toBeGreaterThan(100);
    for (const h of r.headcounts.slice(0, 50)) expect(big.slice(h.start, h.end)).toBe(h.text);
  });
});

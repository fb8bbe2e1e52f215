import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testExtractor } from '../../tests/unit/extractor';

const detect = (text: string) => testExtractor().extract(text);
const archive = join(import.meta.dirname, '../../archive');

describe('page detection', () => {
  it('detects every bundled report, with reasons', () => {
    for (const f of readdirSync(archive).filter((f) => f.endsWith('.txt'))) {
      const r = detect(readFileSync(join(archive, f), 'utf8'));
      expect(r.detected, f).toBe(true);
      expect(r.score).toBeGreaterThan(0.7);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
  });

  it('rejects an English page about the same subject', () => {
    const r = detect('In Jianli city, 3,301 party members were sent to 22 communities to help with epidemic prevention and COVID-19 testing. '.repeat(5));
    expect(r.detected).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/non-Chinese/);
  });

  it('rejects unrelated Chinese news', () => {
    const r = detect('本报讯 昨日，杭州市西湖区举办第十届龙井茶文化节，吸引游客5000余人。现场还举行了茶艺表演和非遗展示，多家企业参展，成交额超过300万元。');
    expect(r.detected).toBe(false);
  });

  it('rejects epidemic news without mobilisation figures', () => {
    const r = detect('国家卫健委今日通报，全国新增新冠肺炎确诊病例12例，均为境外输入。专家提醒，疫情防控不能松懈，要坚持科学防疫，做好个人防护，及时接种疫苗。');
    expect(r.detected).toBe(false);
  });
});

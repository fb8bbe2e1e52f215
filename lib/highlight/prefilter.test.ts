// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { looksLikeReport, pageMayBeReport } from './prefilter';

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('');
  d.documentElement.innerHTML = html;
  return d;
}

describe('prefilter', () => {
  it('passes Chinese report text, also spaced and traditional', () => {
    expect(looksLikeReport('全市3301名党员干部下沉社区')).toBe(true);
    expect(looksLikeReport('3 3 0 1 名 党 员 干 部')).toBe(true);
    expect(looksLikeReport('五十名黨員幹部下沉社區')).toBe(true);
  });
  it('rejects English and unrelated Chinese text', () => {
    expect(looksLikeReport('3301 party cadres were sent to communities')).toBe(false);
    expect(looksLikeReport('今天的天气很好，我们去公园散步。')).toBe(false);
    // Topic words without any count of people: no report to highlight.
    expect(looksLikeReport('社区卫生服务中心也提供免费的健康咨询。')).toBe(false);
  });
  it('does not read the body of a page whose title and language are not Chinese', () => {
    expect(pageMayBeReport(doc('<head><title>News</title></head><body>300名党员干部下沉社区</body>'))).toBe(false);
    expect(pageMayBeReport(doc('<head><title>新闻</title></head><body>300名党员干部下沉社区</body>'))).toBe(true);
  });
});

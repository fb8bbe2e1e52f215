import { describe, expect, it } from 'vitest';
import { groupByPlace, placeTree, crossChecks, figureId } from './summarize';
import { pageSupport } from './page-support';
import { seedReport } from '../../lib/related/__fixtures__/reports';

const r = seedReport('002_3b87ff4c7a31394c');

describe('popup summaries', () => {
  it('groups headcounts by place in order of appearance, unplaced last', () => {
    const groups = groupByPlace(r.extraction.headcounts);
    expect(groups[0].place).toBe('黄冈市');
    expect(groups[groups.length - 1].place).toBeNull();
    expect(groups.reduce((n, g) => n + g.headcounts.length, 0)).toBe(r.extraction.headcounts.length);
  });

  it('builds one tree per province, merging shared ancestors, with implied levels unmentioned', () => {
    const roots = placeTree(r.extraction.places);
    expect(roots.map((n) => n.name)).toEqual(['湖北省', '江苏省']);
    const huanggang = roots[0].children.find((n) => n.name === '黄冈市')!;
    expect(huanggang.children.map((n) => n.name)).toEqual(['红安县', '麻城市', '罗田县', '武穴市']);
    const luotian = huanggang.children[2];
    // 凤山镇 is on 白龙井社区's path but not in the text.
    expect(luotian.children.find((n) => n.name === '凤山镇')).toMatchObject({ mentions: [], level: null });
  });

  it('keys cross-checks by figure, so a figure repeated in the text shows its check each time', () => {
    const h = r.extraction.headcounts[0];
    const side = { text: h.text, value: h.value, approx: h.approx, role: h.role, kind: h.kind, place: h.place, start: h.start, end: h.end };
    const checks = crossChecks([
      { id: 'x', origin: 'archive', title: 'X', source: null, url: null, published: null, score: 400, reprint: false, places: [], snippets: [], figures: [{ status: 'conflict', page: side, other: { ...side, value: 60000 } }] },
    ]);
    expect(checks.get(figureId(h))).toEqual([expect.objectContaining({ status: 'conflict', otherValue: 60000 })]);
  });

  it('tells pages the extension cannot run on', () => {
    expect(pageSupport('https://news.example.cn/a.html')).toBe('ok');
    expect(pageSupport('http://127.0.0.1:8080/')).toBe('ok');
    expect(pageSupport('chrome://newtab/')).toBe('browser-page');
    expect(pageSupport('about:blank')).toBe('browser-page');
    expect(pageSupport(undefined)).toBe('browser-page');
    expect(pageSupport('https://chromewebstore.google.com/detail/abc')).toBe('web-store');
    expect(pageSupport('https://addons.mozilla.org/zh-CN/firefox/')).toBe('web-store');
    expect(pageSupport('file:///home/a.html')).toBe('local-file');
  });
});

import { describe, it, expect } from 'vitest';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { articleFromDocument, type Article } from './index';

/** Both DOMs the CLI may use; the content script's is the browser's (browser tests). */
const parsers: [string, (html: string) => Document][] = [
  ['happy-dom', (html) => {
    const w = new Window();
    w.document.write(html);
    return w.document as unknown as Document;
  }],
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
];

/** What a mention's offsets cover in the page: the DOM characters between its boundaries. */
function domString(a: Article, start: number, end: number): string {
  const s = a.map.domStart(start)!;
  const e = a.map.domEnd(end)!;
  const nodes = a.map.nodesBetween(start, end);
  let out = '';
  for (const n of nodes) {
    const from = n === s.node ? s.offset : 0;
    const to = n === e.node ? e.offset : n.data.length;
    out += n.data.slice(from, to);
  }
  return out;
}

const PAGE = `<!doctype html><html lang="zh-CN"><head><title>监利3301名党员干部下沉社区 - 监利新闻网</title>
<meta name="PubDate" content="2022-10-12 08:30"></head><body>
<header class="site-head"><a href="/">首页</a><a href="/news">新闻</a></header>
<nav><ul><li><a href="/a">时政</a></li><li><a href="/b">社会</a></li></ul></nav>
<div class="main">
  <div class="title-box"><h1>监利3301名党员干部下沉社区</h1></div>
  <div class="TRS_Editor">
    <p>　　本报讯 连日来，监利市广大党员干部积极响应号召，全市58个市直单位<span class="n">3301</span>名党员干部下沉中心城区22个村社。</p>
    <p>在城区，下沉党员志愿者们严格执行值守制度，认真做好进出人员的健康码查验。</p>
    <p>据了解，<b>186</b><br>名党员干部参与核酸检测，
       共有  3 3 0 1 名 党 员 干 部 积 极 响 应。</p>
    <script>var x = "500名志愿者";</script>
    <p style="display:none">隐藏的800名干部</p>
  </div>
</div>
<div class="comment-box"><p>网友：为900名志愿者点赞！说得很好，支持支持。</p></div>
<div id="ad_1">广告：600人团购优惠，名额有限，欢迎咨询。</div>
<footer>版权所有 监利市融媒体中心 联系电话 12345</footer>
</body></html>`;

describe.each(parsers)('articleFromDocument on %s', (_name, parse) => {
  const a = articleFromDocument(parse(PAGE));

  it('keeps the article and drops navigation, comments, ads, footers, scripts and hidden text', () => {
    expect(a.text).toContain('监利市广大党员干部');
    expect(a.text).toContain('健康码查验');
    for (const junk of ['首页', '时政', '900名志愿者', '600人团购', '版权所有', '500名志愿者', '800名干部']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('reads title and date', () => {
    expect(a.title).toBe('监利3301名党员干部下沉社区');
    expect(a.published).toBe('2022-10-12');
  });

  it('renders text as a reader sees it: paragraphs on lines, <br> as a newline, whitespace collapsed', () => {
    expect(a.text).toMatch(/^监利3301名党员干部下沉社区\n本报讯 连日来/);
    expect(a.text).toContain('58个市直单位3301名党员干部下沉');
    expect(a.text).toContain('据了解，186\n名党员干部参与核酸检测， 共有 3 3 0 1 名 党 员 干 部 积 极 响 应。');
  });

  it('maps offsets back to exactly the page characters, across inline tags, <br> and spaces', () => {
    const cases: [string, string][] = [
      ['3301名党员干部下沉', '3301名党员干部下沉'],
      ['186\n名党员干部', '186名党员干部'],
      ['3 3 0 1 名 党 员 干 部', '3 3 0 1 名 党 员 干 部'],
      ['共有 3 3 0', '共有  3 3 0'],
      ['核酸检测， 共有', '核酸检测，\n       共有'],
    ];
    for (const [inText, inDom] of cases) {
      const start = a.text.indexOf(inText);
      expect(start, inText).toBeGreaterThanOrEqual(0);
      expect(domString(a, start, start + inText.length)).toBe(inDom);
    }
  });

  it('every offset of the text maps to a DOM point', () => {
    for (let i = 0; i < a.text.length; i++) {
      if (a.text[i] === '\n') continue;
      const s = a.map.domStart(i)!;
      const e = a.map.domEnd(i + 1)!;
      expect(s.node.data.slice(s.offset, e.node === s.node ? e.offset : undefined).replace(/\s+/g, ' ')).toBe(a.text[i]);
    }
  });
});

describe('article text of an e-paper layout', () => {
  const lines = ['全市 58 个市直单位', '3301 名党员干部下沉', '中心城区 22 个村社。'];
  const html = `<html><body><div id="nav_top"><a href="#">上一版</a> <a href="#">下一版</a></div>
    <div class="article">${lines.map((l) => [...l].join(' ')).join('<br>\n')}</div></body></html>`;
  it.each(parsers)('keeps <br> line breaks inside mentions (%s)', (_n, parse) => {
    const a = articleFromDocument(parse(html));
    expect(a.text).toBe(lines.map((l) => [...l].join(' ').replace(/\s+/g, ' ')).join('\n'));
    const start = a.text.indexOf('3 3 0 1');
    const end = a.text.indexOf('下 沉');
    expect(domString(a, start, end - 1)).toBe('3 3 0 1   名 党 员 干 部'.replace('   ', ' '.repeat(3)));
  });
});

describe('a page with no article', () => {
  it.each(parsers)('gives empty text (%s)', (_n, parse) => {
    const a = articleFromDocument(parse('<html><body><nav><a href="/">首页</a></nav></body></html>'));
    expect(a.text).toBe('');
    expect(a.parts).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { articleFromDocument } from '../article';
import { mentionSteps, rangeFor } from './mentions';
import { runSync } from '../article/drive';
import type { Extraction } from '../schema/extraction';

function page(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  return d;
}

describe('ranges from article offsets', () => {
  const doc = page('<div class="content"><p>全市<span>3301</span>名党员干部下沉，其中<b>186</b><br>名 党 员 干 部到容城镇。</p></div>');
  const a = articleFromDocument(doc);

  it('covers exactly the page characters, across inline tags and <br>', () => {
    const at = (s: string) => [a.text.indexOf(s), a.text.indexOf(s) + s.length] as const;
    expect(rangeFor(a, ...at('3301名党员干部'))!.toString()).toBe('3301名党员干部');
    const r = rangeFor(a, ...at('186\n名 党 员 干 部'))!;
    expect(r.toString()).toBe('186名 党 员 干 部');
    expect(r.cloneContents().querySelectorAll('br').length).toBe(1);
  });

  it('gives one range per mention, in text order, and drops what cannot be mapped', () => {
    const hc = (s: string) => ({ start: a.text.indexOf(s), end: a.text.indexOf(s) + s.length, text: s, value: 1, approx: false, role: null, kind: 'mobilized' as const, place: null });
    const extraction: Extraction = {
      detected: true, score: 1, reasons: [],
      headcounts: [hc('186\n名 党 员 干 部'), hc('3301名党员干部'), { ...hc('x'), start: 9999, end: 10005 }],
      places: [{ start: a.text.indexOf('容城镇'), end: a.text.indexOf('容城镇') + 3, text: '容城镇', name: '容城镇', level: 'township', code: null, path: [], pathCodes: [] }],
    };
    const ms = runSync(mentionSteps(a, extraction));
    expect(ms.map((m) => [m.kind, m.range.toString()])).toEqual([
      ['headcount', '3301名党员干部'],
      ['headcount', '186名 党 员 干 部'],
      ['place', '容城镇'],
    ]);
  });
});

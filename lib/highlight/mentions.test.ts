// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { articleFromDocument } from '../article';
import { mentionSteps, rangeFor } from './mentions';
import { runSync } from '../article/drive';
import type { Extraction } from '../schema/extraction';

/**
 * happy-dom's Range collapses on setEnd, so ranges here are recorded by a stand-in
 * that reads its text from the boundary points; real Ranges are covered by the
 * browser tests (tests/browser/highlights.test.ts).
 */
class RecordingRange {
  startContainer!: Text;
  startOffset = 0;
  endContainer!: Text;
  endOffset = 0;
  setStart(n: Text, o: number) { this.startContainer = n; this.startOffset = o; }
  setEnd(n: Text, o: number) { this.endContainer = n; this.endOffset = o; }
  get collapsed() { return this.startContainer === this.endContainer && this.startOffset === this.endOffset; }
  toString(): string {
    const doc = this.startContainer.ownerDocument;
    const walker = doc.createTreeWalker(doc.body, 4);
    let out = '';
    let on = false;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n === this.startContainer) on = true;
      if (!on) continue;
      out += n.data.slice(n === this.startContainer ? this.startOffset : 0, n === this.endContainer ? this.endOffset : undefined);
      if (n === this.endContainer) break;
    }
    return out;
  }
}

function page(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  d.createRange = () => new RecordingRange() as unknown as Range;
  return d;
}

describe('ranges from article offsets', () => {
  const doc = page('<div class="content"><p>全市<span>3301</span>名党员干部下沉，其中<b>186</b><br>名 党 员 干 部到容城镇。</p></div>');
  const a = articleFromDocument(doc);
  const at = (s: string) => [a.text.indexOf(s), a.text.indexOf(s) + s.length] as const;

  it('covers exactly the page characters, across inline tags and <br>', () => {
    const r = rangeFor(a, ...at('3301名党员干部'))!;
    expect(r.startContainer).not.toBe(r.endContainer);
    expect(r.toString()).toBe('3301名党员干部');
    expect(rangeFor(a, ...at('186\n名 党 员 干 部'))!.toString()).toBe('186名 党 员 干 部');
  });

  it('gives one range per mention, in text order, and drops what cannot be mapped', () => {
    const hc = (s: string) => ({ start: at(s)[0], end: at(s)[1], text: s, value: 1, approx: false, role: null, kind: 'mobilized' as const, place: null });
    const extraction: Extraction = {
      detected: true, score: 1, reasons: [],
      headcounts: [hc('186\n名 党 员 干 部'), hc('3301名党员干部'), { ...hc('全市'), start: 9999, end: 10005 }],
      places: [{ start: at('容城镇')[0], end: at('容城镇')[1], text: '容城镇', name: '容城镇', level: 'township', code: null, path: [], pathCodes: [] }],
    };
    const ms = runSync(mentionSteps(a, extraction));
    expect(ms.map((m) => [m.kind, m.range.toString()])).toEqual([
      ['headcount', '3301名党员干部'],
      ['headcount', '186名 党 员 干 部'],
      ['place', '容城镇'],
    ]);
  });
});

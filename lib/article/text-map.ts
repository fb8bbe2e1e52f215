/**
 * A map between the article text we hand to the extractor and the page's Text nodes.
 *
 * The article text is not a copy of any one DOM string: whitespace runs collapse to one
 * space (as the browser renders them), block boundaries and `<br>` become "\n", and a
 * mention may cross several Text nodes. So the text is built from segments, each either
 * a verbatim copy of part of a Text node, one space standing for a whitespace run of a
 * Text node, or a synthetic line break with no node at all. Offsets map back through
 * the segment that holds them, which is what lets a mention over `<span>3301</span>名`
 * or `186<br>名` become one Range over exactly the page's own characters.
 */

/** A DOM position: what `Range.setStart`/`setEnd` take. */
export interface DomPoint {
  node: Text;
  offset: number;
}

const COPY = 0;
const SPACE = 1;
const BREAK = 2;
type SegmentKind = typeof COPY | typeof SPACE | typeof BREAK;

/** Matches whitespace the browser collapses (NBSP and U+3000 included: readers see a gap). */
const WS = /\s+/g;

export class TextMap {
  // Parallel arrays rather than objects: a 1 MB page has tens of thousands of segments.
  /** @internal */ readonly starts: number[] = [];
  /** @internal */ readonly kinds: SegmentKind[] = [];
  /** @internal */ readonly nodes: (Text | null)[] = [];
  /** @internal */ readonly nodeStarts: number[] = [];
  /** @internal */ readonly nodeEnds: number[] = [];
  /** Total length of the text. */
  length = 0;

  get segmentCount(): number {
    return this.starts.length;
  }

  /** Index of the segment holding text offset `p` (0 ≤ p < length), by binary search. */
  private segmentAt(p: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where a mention starting at text offset `p` starts in the DOM. */
  domStart(p: number): DomPoint | null {
    if (p < 0 || p >= this.length) return null;
    let i = this.segmentAt(p);
    // A synthetic break has no characters in the page: start at the next real one.
    while (i < this.kinds.length && this.kinds[i] === BREAK) i++;
    if (i >= this.kinds.length) return null;
    const node = this.nodes[i]!;
    if (this.kinds[i] === COPY && this.starts[i] <= p) return { node, offset: this.nodeStarts[i] + (p - this.starts[i]) };
    return { node, offset: this.nodeStarts[i] };
  }

  /** Where a mention ending (exclusively) at text offset `p` ends in the DOM. */
  domEnd(p: number): DomPoint | null {
    if (p <= 0 || p > this.length) return null;
    let i = this.segmentAt(p - 1);
    while (i >= 0 && this.kinds[i] === BREAK) i--;
    if (i < 0) return null;
    const node = this.nodes[i]!;
    const segEnd = i + 1 < this.starts.length ? this.starts[i + 1] : this.length;
    if (this.kinds[i] === COPY && p <= segEnd) return { node, offset: this.nodeStarts[i] + (p - this.starts[i]) };
    return { node, offset: this.nodeEnds[i] };
  }

  /** The Text nodes holding any character of text[start, end), in order, without repeats. */
  nodesBetween(start: number, end: number): Text[] {
    const out: Text[] = [];
    if (end <= start || start >= this.length) return out;
    for (let i = this.segmentAt(Math.max(0, start)); i < this.starts.length && this.starts[i] < end; i++) {
      const node = this.nodes[i];
      if (node && out[out.length - 1] !== node) out.push(node);
    }
    return out;
  }
}

/**
 * Builds the text and its map while the article is walked in document order.
 * `text()` joins the parts once at the end (string concatenation in a loop is quadratic
 * on some engines for megabyte pages).
 */
export class TextMapBuilder {
  readonly map = new TextMap();
  private parts: string[] = [];
  /** A whitespace run seen but not yet emitted: it becomes a space only if text follows on the same line. */
  private pending: { node: Text; start: number; end: number } | null = null;
  /** Newlines at the end of the text so far (breaks never stack beyond two). */
  private trailingBreaks = 2;

  get length(): number {
    return this.map.length;
  }

  /** Appends the visible text of a Text node; `preformatted` keeps whitespace as is (`<pre>`). */
  addText(node: Text, preformatted = false): void {
    const data = node.data;
    if (preformatted) {
      if (data.length === 0) return;
      this.flushPending();
      this.push(COPY, data, node, 0, data.length);
      this.trailingBreaks = countTrailingNewlines(data);
      return;
    }
    let last = 0;
    WS.lastIndex = 0;
    for (let m = WS.exec(data); m; m = WS.exec(data)) {
      if (m.index > last) this.addWord(node, data, last, m.index);
      // Collapse: only the first run of whitespace in a row is kept, as one space.
      if (!this.pending) this.pending = { node, start: m.index, end: m.index + m[0].length };
      last = m.index + m[0].length;
    }
    if (last < data.length) this.addWord(node, data, last, data.length);
  }

  /** A `<br>`: a line break even right after another one (two make a blank line). */
  addLineBreak(): void {
    this.pending = null;
    if (this.map.length === 0 || this.trailingBreaks >= 2) return;
    this.push(BREAK, '\n', null, 0, 0);
    this.trailingBreaks++;
  }

  /** A block boundary (`<p>`, `<div>`, `<li>`…): ends the line unless it has just ended. */
  addBlockBreak(): void {
    this.pending = null;
    if (this.map.length === 0 || this.trailingBreaks >= 1) return;
    this.push(BREAK, '\n', null, 0, 0);
    this.trailingBreaks = 1;
  }

  /** Between separately extracted parts (e.g. the page and an iframe's article): a blank line. */
  addParagraphBreak(): void {
    this.addBlockBreak();
    this.addLineBreak();
  }

  text(): string {
    const text = this.parts.join('');
    this.parts = [text];
    return text;
  }

  private addWord(node: Text, data: string, start: number, end: number): void {
    this.flushPending();
    this.push(COPY, data.slice(start, end), node, start, end);
    this.trailingBreaks = 0;
  }

  private flushPending(): void {
    const p = this.pending;
    this.pending = null;
    if (!p || this.trailingBreaks > 0) return; // no leading spaces on a line
    this.push(SPACE, ' ', p.node, p.start, p.end);
  }

  private push(kind: SegmentKind, s: string, node: Text | null, nodeStart: number, nodeEnd: number): void {
    const m = this.map;
    // Consecutive copies of one node (split only by our own bookkeeping) stay one segment.
    const i = m.starts.length - 1;
    if (kind === COPY && i >= 0 && m.kinds[i] === COPY && m.nodes[i] === node && m.nodeEnds[i] === nodeStart) {
      m.nodeEnds[i] = nodeEnd;
    } else {
      m.starts.push(m.length);
      m.kinds.push(kind);
      m.nodes.push(node);
      m.nodeStarts.push(nodeStart);
      m.nodeEnds.push(nodeEnd);
    }
    this.parts.push(s);
    m.length += s.length;
  }
}

function countTrailingNewlines(s: string): number {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && n < 2 && s[i] === '\n'; i--) n++;
  return n;
}

/**
 * The article of a page as a reader sees it: main content only (no navigation, footers,
 * comment boxes, ads), with a map from every text offset back to the page's Text nodes.
 * Works on a live page (content script) and on a parsed Document in Node (linkedom,
 * happy-dom: the CLI reads .html files this way). Same-origin iframes (e-paper sites
 * put the article in one) are read too, where the DOM exposes them.
 *
 *   const a = articleFromDocument(document);             // sync
 *   const a = await articleFromDocumentAsync(document);  // in slices, for big pages
 *   a.map.domStart(h.start), a.map.domEnd(h.end)         // → Range boundaries
 */
import type { DomRuleOptions } from './dom-rules';
import { findArticleRoots } from './score';
import { collectText } from './collect';
import { readPublished, readTitle } from './meta';
import { TextMap, TextMapBuilder } from './text-map';
import { runSliced, runSync, type SliceOptions } from './drive';

export { TextMap, TextMapBuilder, type DomPoint } from './text-map';
export { runSliced, runSync, yieldToPage } from './drive';

/** One document's share of the article text. */
export interface ArticlePart {
  doc: Document;
  /** Offsets of this part in `Article.text`. */
  start: number;
  end: number;
  roots: Element[];
}

export interface Article {
  text: string;
  title: string;
  published: string | null;
  map: TextMap;
  parts: ArticlePart[];
  /** Characters of prose found: a rough measure of how much article there is. */
  prose: number;
}

export interface ArticleOptions extends DomRuleOptions {
  /** Read same-origin iframes (default true). */
  frames?: boolean;
}

const MIN_PART_PROSE = 40;
const MAX_FRAME_DEPTH = 3;

export function* articleSteps(doc: Document, opts: ArticleOptions = {}): Generator<void, Article> {
  const candidates: { doc: Document; roots: Element[]; prose: number }[] = [];
  for (const d of documentsOf(doc, opts.frames !== false)) {
    if (!d.body) continue;
    const found = yield* findArticleRoots(d.body, opts);
    if (found.roots.length) candidates.push({ doc: d, ...found });
  }
  const most = Math.max(0, ...candidates.map((c) => c.prose));
  // A frame's scrap of text (a date bar) beside the real article is furniture too.
  const chosen = candidates.filter((c) => c.prose >= Math.max(MIN_PART_PROSE, most * 0.2) || c.prose === most);

  const builder = new TextMapBuilder();
  const parts: ArticlePart[] = [];
  for (const c of chosen) {
    if (parts.length) builder.addParagraphBreak();
    const start = builder.length;
    yield* collectText(c.roots, builder, opts);
    parts.push({ doc: c.doc, start, end: builder.length, roots: c.roots });
  }
  const text = builder.text();
  const main = chosen.find((c) => c.prose === most) ?? chosen[0];
  return {
    text,
    title: readTitle(main?.doc ?? doc, main?.roots ?? []),
    published: readPublished(doc, text),
    map: builder.map,
    parts,
    prose: most,
  };
}

export function articleFromDocument(doc: Document, opts: ArticleOptions = {}): Article {
  return runSync(articleSteps(doc, opts));
}

export function articleFromDocumentAsync(doc: Document, opts: ArticleOptions & SliceOptions = {}): Promise<Article> {
  return runSliced(articleSteps(doc, opts), opts);
}

/** The document and its same-origin frames, depth first, in document order. */
export function documentsOf(doc: Document, frames: boolean, depth = 0): Document[] {
  const out = [doc];
  if (!frames || depth >= MAX_FRAME_DEPTH) return out;
  for (const f of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (f as HTMLIFrameElement).contentDocument; // null when cross-origin
    } catch {
      inner = null;
    }
    if (inner && inner !== doc) out.push(...documentsOf(inner, frames, depth + 1));
  }
  return out;
}

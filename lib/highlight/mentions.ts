/**
 * Mentions on the page: each extracted headcount or place with the Range that covers
 * exactly its characters in the page (built from text offsets through the article's
 * text map). Built in steps so a page with thousands of mentions stays responsive.
 */
import type { Extraction, Headcount, PlaceMention } from '../schema/extraction';
import type { Article } from '../article';

export type PageMention =
  | { kind: 'headcount'; headcount: Headcount; range: Range; start: number; end: number }
  | { kind: 'place'; place: PlaceMention; range: Range; start: number; end: number };

const STEP = 64;

/**
 * Ranges for every mention, in text order (which is document order). A mention whose
 * ends fall in different documents, or that maps to no DOM position, is left out.
 */
export function* mentionSteps(article: Article, extraction: Extraction): Generator<void, PageMention[]> {
  const items: (Omit<PageMention, 'range'> & { range?: Range })[] = [
    ...extraction.headcounts.map((h) => ({ kind: 'headcount' as const, headcount: h, start: h.start, end: h.end })),
    ...extraction.places.map((p) => ({ kind: 'place' as const, place: p, start: p.start, end: p.end })),
  ];
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PageMention[] = [];
  for (let i = 0; i < items.length; i++) {
    const range = rangeFor(article, items[i].start, items[i].end);
    if (range) out.push({ ...items[i], range } as PageMention);
    if (i % STEP === STEP - 1) yield;
  }
  return out;
}

/** A live Range over text[start, end) of the article, or null where it cannot be mapped. */
export function rangeFor(article: Article, start: number, end: number): Range | null {
  const s = article.map.domStart(start);
  const e = article.map.domEnd(end);
  if (!s || !e) return null;
  const doc = s.node.ownerDocument;
  if (!doc || doc !== e.node.ownerDocument) return null;
  const range = doc.createRange();
  try {
    range.setStart(s.node, s.offset);
    range.setEnd(e.node, e.offset);
  } catch {
    return null; // the page changed the node under us; the next scan fixes it
  }
  return range.collapsed ? null : range;
}

/**
 * The cheap first test, run on every http(s) page: is this Chinese, and does it talk
 * about the things our reports talk about? It must cost next to nothing, so it reads
 * the title first and the body's text only when the title or language is Chinese, and
 * it decides nothing final: the extractor's detection does that, on pages that pass.
 * No imports: this ships in the small script injected everywhere.
 */

const CJK = /[\u3400-\u9fff]/;
/** Topic words, simplified and traditional, with the spaces e-paper text puts between characters. */
const TOPIC = /下\s*沉|党\s*员|黨\s*員|干\s*部|幹\s*部|疫\s*情|防\s*控|志\s*愿|志\s*願|网\s*格|網\s*格|社\s*区|社\s*區|抗\s*疫/;
/** A count of people: what we highlight first of all (`3301名`, `3 3 0 1 名`, `五十人`, `３３０１名`). */
const COUNT = /[0-9０-９零〇一二两三四五六七八九十百千万]\s*(?:名|人|位)/;
/** Enough body text to look at; the words above come early in any report. */
const SAMPLE_CHARS = 200_000;

/** Could this document be Chinese at all (title or declared language)? */
export function mayBeChinese(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  return /^zh/i.test(lang) || CJK.test(doc.title);
}

/** Does this text look like it could be one of our reports? */
export function looksLikeReport(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  return CJK.test(sample) && TOPIC.test(sample) && COUNT.test(sample);
}

/** The first test on a whole page. */
export function pageMayBeReport(doc: Document): boolean {
  if (!mayBeChinese(doc) || !doc.body) return false;
  return looksLikeReport(doc.title) || looksLikeReport(doc.body.textContent ?? '');
}

/**
 * Title and publication date of a page, from its metadata first (what the publisher
 * declared) and its visible text second.
 */

const TITLE_META = ['meta[property="og:title"]', 'meta[name="ArticleTitle"]', 'meta[name="title"]'];
const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="PubDate"]', 'meta[name="pubdate"]',
  'meta[name="publishdate"]', 'meta[name="publish_date"]', 'meta[name="firstpublishedtime"]',
  'meta[itemprop="datePublished"]', 'meta[name="dc.date"]', 'meta[name="DC.Date"]', 'meta[name="date"]',
];
const DATE = /((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

export function readTitle(doc: Document, roots: Element[]): string {
  for (const root of roots) {
    const h = root.querySelector('h1') ?? (/^H1$/i.test(root.tagName) ? root : null);
    const text = h?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  for (const sel of TITLE_META) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 || (doc.title ?? '').trim();
}

/** YYYY-MM-DD, or null when neither the metadata nor the top of the article has a date. */
export function readPublished(doc: Document, articleText: string): string | null {
  for (const sel of DATE_META) {
    const d = toIsoDate(doc.querySelector(sel)?.getAttribute('content') ?? '');
    if (d) return d;
  }
  const time = doc.querySelector('time[datetime]');
  const d = toIsoDate(time?.getAttribute('datetime') ?? '');
  if (d) return d;
  // Datelines sit near the top ("发布时间：2022-10-12"); a date deep in the text is about something else.
  return toIsoDate(articleText.slice(0, 400));
}

export function toIsoDate(s: string): string | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

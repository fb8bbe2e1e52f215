/**
 * How the collection recognises "the same page": the same address (fragment ignored)
 * or the same text (whitespace ignored, since e-paper text breaks lines and spaces
 * characters differently on each visit). Synchronous on purpose: the migration runs
 * inside an IndexedDB upgrade transaction, which commits if we await anything else.
 */

/** The address without its fragment; anything that is not a URL is kept as trimmed text. */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return trimmed;
  }
}

/** Host name without `www.`; '' for addresses without one. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Text compared for "same text": NFKC (full-width digits), whitespace removed. */
export function textKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A 64-bit hash (two 32-bit FNV-1a-style lanes, cyrb53 mixing) of `textKey(text)`, with
 * its length. Not cryptographic: it only has to tell apart a researcher's reports.
 */
export function textHash(text: string): string {
  const key = textKey(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${key.length.toString(36)}-${hex(h2)}${hex(h1)}`;
}

/** A new record id: time-ordered, unique without coordination between tabs. */
export function newRecordId(now = Date.now()): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `r-${now.toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`;
}

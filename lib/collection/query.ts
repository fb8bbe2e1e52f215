/**
 * Search, filters and sorting of the collection list. Runs in memory over the list rows
 * (`RecordSummary`), which the page loads once: at 10,000 rows a filter change is a
 * single pass over plain arrays, well under a frame.
 */
import { textKey } from './identity';
import type { RecordSummary } from './record';

export interface CollectionFilter {
  /** Words to find in title, note, tags, site, places, roles and (as the search reads them) the texts. */
  query: string;
  /** The most specific place code chosen (province, prefecture or county): a prefix match. */
  placeCode: string;
  /** Inclusive YYYY-MM-DD bounds on the publication date; '' for open. */
  from: string;
  to: string;
  site: string;
  tag: string;
}

export const EMPTY_FILTER: CollectionFilter = { query: '', placeCode: '', from: '', to: '', site: '', tag: '' };

export const SORT_KEYS = ['savedAt', 'published', 'title', 'site', 'maxMobilized'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** For each search term, the ids of the records whose text contains it (see useTextSearch). */
export type TextHits = ReadonlyMap<string, ReadonlySet<string>>;

export function searchableText(text: string): string {
  return textKey(text).toLowerCase();
}

export function queryTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

export function matches(row: RecordSummary, filter: CollectionFilter, terms: readonly string[], texts?: TextHits): boolean {
  if (filter.placeCode && !row.placeCodes.includes(filter.placeCode)) return false;
  if (filter.site && row.site !== filter.site) return false;
  if (filter.tag && !row.tags.includes(filter.tag)) return false;
  if (filter.from && (!row.published || row.published < filter.from)) return false;
  if (filter.to && (!row.published || row.published > filter.to)) return false;
  for (const term of terms) {
    if (!row.search.includes(term) && !texts?.get(term)?.has(row.id)) return false;
  }
  return true;
}

export function filterRows(rows: readonly RecordSummary[], filter: CollectionFilter, texts?: TextHits): RecordSummary[] {
  const terms = queryTerms(filter.query);
  return rows.filter((row) => matches(row, filter, terms, texts));
}

export function sortRows(rows: RecordSummary[], sort: Sort): RecordSummary[] {
  const { key, descending } = sort;
  const sign = descending ? -1 : 1;
  const compare =
    key === 'maxMobilized'
      ? (a: RecordSummary, b: RecordSummary) => a.maxMobilized - b.maxMobilized
      : key === 'title' || key === 'site'
        ? (a: RecordSummary, b: RecordSummary) => a[key].localeCompare(b[key], 'zh-CN')
        : (a: RecordSummary, b: RecordSummary) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0);
  // Ties fall back to the newest save, so the order is stable between refreshes.
  return rows.sort((a, b) => sign * compare(a, b) || (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

export interface Facets {
  /** [code, name, count] per level, most frequent first. */
  provinces: [string, string, number][];
  prefectures: [string, string, number][];
  counties: [string, string, number][];
  sites: [string, number][];
  tags: [string, number][];
}

/**
 * Choices for the filter menus. Prefectures are those inside the chosen province (and
 * counties inside the chosen prefecture), so the menus narrow step by step.
 */
export function facets(rows: readonly RecordSummary[], placeCode: string): Facets {
  const places = new Map<string, [string, number]>();
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const row of rows) {
    for (const [code, name] of row.areas) {
      const entry = places.get(code);
      if (entry) entry[1]++;
      else places.set(code, [name, 1]);
    }
    sites.set(row.site, (sites.get(row.site) ?? 0) + 1);
    for (const tag of row.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const province = placeCode.slice(0, 2);
  const prefecture = placeCode.length >= 4 ? placeCode.slice(0, 4) : '';
  const level = (length: number, parent: string) =>
    [...places]
      .filter(([code]) => code.length === length && code.startsWith(parent))
      .map(([code, [name, count]]): [string, string, number] => [code, name, count])
      .sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]));
  const byCount = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    provinces: level(2, ''),
    prefectures: province ? level(4, province) : [],
    counties: prefecture ? level(6, prefecture) : [],
    sites: byCount(sites),
    tags: byCount(tags),
  };
}

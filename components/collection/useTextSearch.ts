/**
 * Full-text search: which records' texts contain each search term. Reads the records in
 * batches (never all texts at once), reports progress, and starts over when the terms
 * or the collection change. The list filter combines these hits with the rows' own
 * search field (title, note, tags, places, roles).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CollectionDB } from '../../lib/collection/db';
import { forEachRecordBatch } from '../../lib/collection/store';
import { queryTerms, searchableText, type TextHits } from '../../lib/collection/query';

const BATCH = 200;
const DEBOUNCE_MS = 200;

export interface TextSearch {
  hits: TextHits | undefined;
  scanned: number;
  done: boolean;
}

export function useTextSearch(db: CollectionDB | null, query: string, version: number): TextSearch {
  const [state, setState] = useState<TextSearch>({ hits: undefined, scanned: 0, done: true });
  const key = queryTerms(query).join(' ');

  useEffect(() => {
    const terms = key ? key.split(' ') : [];
    if (!db || terms.length === 0) {
      setState({ hits: undefined, scanned: 0, done: true });
      return;
    }
    let cancelled = false;
    const hits = new Map(terms.map((term) => [term, new Set<string>()]));
    setState({ hits: new Map(hits), scanned: 0, done: false });
    const timer = setTimeout(async () => {
      let scanned = 0;
      await forEachRecordBatch(db, BATCH, async ({ items }) => {
        if (cancelled) return false;
        for (const record of items) {
          const text = searchableText(record.text);
          for (const term of terms) if (text.includes(term)) hits.get(term)!.add(record.id);
        }
        scanned += items.length;
        setState({ hits: new Map(hits), scanned, done: false });
        await new Promise((ok) => setTimeout(ok, 0)); // let typing and scrolling through
        return true;
      });
      if (!cancelled) setState({ hits: new Map(hits), scanned, done: true });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [db, key, version]);

  return state;
}

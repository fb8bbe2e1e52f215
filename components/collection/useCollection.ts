/**
 * The collection page's list rows: the newest screenful first (fast first paint), then
 * all of them. Rows are small; full records (texts, extractions) are NOT held in memory
 * (10,000 long reports would take most of a gigabyte): text search and the aggregate view
 * read them in batches when needed (useTextSearch, useReportFacts).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { collectionDb, type CollectionDB } from '../../lib/collection/db';
import { allSummaries, latestSummaries, summariesById } from '../../lib/collection/store';
import type { RecordSummary } from '../../lib/collection/record';
import { collectionChangedSchema } from '../../lib/messages/collection';

export const FIRST_SCREEN = 60;

export interface CollectionData {
  db: CollectionDB | null;
  rows: RecordSummary[];
  /** The first screenful is loaded (possibly empty). */
  ready: boolean;
  /** All rows are loaded (before that, only the newest screenful). */
  complete: boolean;
  /** Stored entries that failed validation and are not shown. */
  invalid: number;
  /** Bumped on every change of the stored records, so record-derived data can reload. */
  version: number;
  /** Ids changed by the last change (empty: everything may have changed). */
  changedIds: readonly string[];
  error: string | null;
  /** Reloads everything (after an import). */
  reload: () => Promise<void>;
  /** Reloads the rows of these records only (after a save, a correction, a delete). */
  refresh: (ids: readonly string[]) => Promise<void>;
}

/** Resolves after the next frame is painted, so heavy work starts after the first rows show. */
const afterNextPaint = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

export function useCollection(openDb: () => Promise<CollectionDB> = collectionDb): CollectionData {
  const [db, setDb] = useState<CollectionDB | null>(null);
  const [rows, setRows] = useState<RecordSummary[]>([]);
  const [ready, setReady] = useState(false);
  const [complete, setComplete] = useState(false);
  const [invalid, setInvalid] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [change, setChange] = useState<{ version: number; ids: readonly string[] }>({ version: 0, ids: [] });
  const generation = useRef(0);
  const report = (e: unknown) => setError(String((e as Error)?.message ?? e));

  const reload = useCallback(async () => {
    const run = ++generation.current;
    try {
      const database = await openDb();
      const all = await allSummaries(database);
      if (run !== generation.current) return;
      setDb(database);
      setRows(all.items);
      setInvalid(all.invalid);
      setComplete(true);
      setChange((c) => ({ version: c.version + 1, ids: [] }));
    } catch (e) {
      report(e);
    }
  }, [openDb]);

  const refresh = useCallback(
    async (ids: readonly string[]) => {
      try {
        const found = await summariesById(await openDb(), ids);
        setRows((current) => {
          const next = current.filter((row) => !ids.includes(row.id));
          next.push(...found.values());
          return next;
        });
        setChange((c) => ({ version: c.version + 1, ids }));
      } catch (e) {
        report(e);
      }
    },
    [openDb],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const database = await openDb();
        performance.mark('dl-collection-db-open'); // read by the bench, with the marks in CollectionApp
        if (cancelled) return;
        setDb(database);
        const first = await latestSummaries(database, FIRST_SCREEN);
        if (cancelled) return;
        setRows(first.items);
        setReady(true);
        await afterNextPaint();
        if (!cancelled) await reload();
      } catch (e) {
        report(e);
      }
    })();
    const onMessage = (message: unknown) => {
      const changed = collectionChangedSchema.safeParse(message);
      if (changed.success) void (changed.data.ids.length ? refresh(changed.data.ids) : reload());
    };
    browser?.runtime?.onMessage?.addListener(onMessage);
    return () => {
      cancelled = true;
      browser?.runtime?.onMessage?.removeListener(onMessage);
    };
  }, [openDb, reload, refresh]);

  return { db, rows, ready, complete, invalid, version: change.version, changedIds: change.ids, error, reload, refresh };
}

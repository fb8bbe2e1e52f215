/**
 * The collection page's data: list rows first (the newest screenful, then all), then,
 * in the background, every record's text for search and its headcounts for the
 * aggregate view. Reloads when the background reports a save.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { collectionDb, type CollectionDB } from '../../lib/collection/db';
import { allSummaries, forEachRecordBatch, getRecord, latestSummaries } from '../../lib/collection/store';
import type { RecordSummary } from '../../lib/collection/record';
import { searchableText } from '../../lib/collection/query';
import { reportFacts, type ReportFacts } from '../../lib/collection/aggregate';
import { collectionChangedSchema } from '../../lib/messages/collection';

export const FIRST_SCREEN = 60;
const BATCH = 250;

export interface CollectionData {
  db: CollectionDB | null;
  rows: RecordSummary[];
  /** The first screenful is loaded (possibly empty). */
  ready: boolean;
  /** All rows are loaded (before that, only the newest screenful). */
  complete: boolean;
  /** Stored entries that failed validation and are not shown. */
  invalid: number;
  texts: ReadonlyMap<string, string>;
  facts: ReadonlyMap<string, ReportFacts>;
  /** How many records' texts are loaded, for "searching n of m". */
  indexed: number;
  /** Bumped whenever texts or facts change (they are mutable maps, shared, not copied). */
  version: number;
  error: string | null;
  /** Reloads everything (after an import). */
  reload: () => Promise<void>;
  /** Reloads the rows and the details of these records only (after a save, a correction, a delete). */
  refresh: (ids: readonly string[]) => Promise<void>;
}

const yieldToPaint = () => new Promise((ok) => setTimeout(ok, 0));

export function useCollection(openDb: () => Promise<CollectionDB> = collectionDb): CollectionData {
  const [db, setDb] = useState<CollectionDB | null>(null);
  const [rows, setRows] = useState<RecordSummary[]>([]);
  const [ready, setReady] = useState(false);
  const [complete, setComplete] = useState(false);
  const [invalid, setInvalid] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [indexed, setIndexed] = useState(0);
  const [version, setVersion] = useState(0);
  const texts = useRef(new Map<string, string>());
  const facts = useRef(new Map<string, ReportFacts>());
  const generation = useRef(0);

  const loadDetails = useCallback(async (database: CollectionDB, run: number) => {
    const nextTexts = new Map<string, string>();
    const nextFacts = new Map<string, ReportFacts>();
    await forEachRecordBatch(database, BATCH, async ({ items }) => {
      if (run !== generation.current) return;
      for (const record of items) {
        nextTexts.set(record.id, searchableText(record.text));
        nextFacts.set(record.id, reportFacts(record));
      }
      await yieldToPaint();
    });
    if (run !== generation.current) return;
    texts.current = nextTexts;
    facts.current = nextFacts;
    setIndexed(nextTexts.size);
    setVersion((v) => v + 1);
  }, []);

  const refresh = useCallback(
    async (ids: readonly string[]) => {
      try {
        const database = await openDb();
        const all = await allSummaries(database);
        for (const id of ids) {
          const record = await getRecord(database, id);
          if (record) {
            texts.current.set(id, searchableText(record.text));
            facts.current.set(id, reportFacts(record));
          } else {
            texts.current.delete(id);
            facts.current.delete(id);
          }
        }
        setRows(all.items);
        setInvalid(all.invalid);
        setIndexed(texts.current.size);
        setVersion((v) => v + 1);
      } catch (e) {
        setError(String((e as Error)?.message ?? e));
      }
    },
    [openDb],
  );

  const reload = useCallback(async () => {
    const run = ++generation.current;
    try {
      const database = await openDb();
      setDb(database);
      const all = await allSummaries(database);
      if (run !== generation.current) return;
      setRows(all.items);
      setInvalid(all.invalid);
      setComplete(true);
      await loadDetails(database, run);
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    }
  }, [openDb, loadDetails]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const database = await openDb();
        if (cancelled) return;
        setDb(database);
        const first = await latestSummaries(database, FIRST_SCREEN);
        if (cancelled) return;
        setRows(first.items);
        setReady(true);
        await yieldToPaint();
        if (!cancelled) await reload();
      } catch (e) {
        setError(String((e as Error)?.message ?? e));
      }
    })();
    const onMessage = (message: unknown) => {
      const changed = collectionChangedSchema.safeParse(message);
      if (changed.success) void refresh(changed.data.ids);
    };
    browser?.runtime?.onMessage?.addListener(onMessage);
    return () => {
      cancelled = true;
      browser?.runtime?.onMessage?.removeListener(onMessage);
    };
  }, [openDb, reload, refresh]);

  return { db, rows, ready, complete, invalid, texts: texts.current, facts: facts.current, indexed, version, error, reload, refresh };
}

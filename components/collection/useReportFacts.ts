/**
 * The compact per-record headcount facts the aggregate view needs, read in batches the
 * first time the view is opened, then kept up to date record by record.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CollectionDB } from '../../lib/collection/db';
import { forEachRecordBatch, getRecord } from '../../lib/collection/store';
import { reportFacts, type ReportFacts } from '../../lib/collection/aggregate';

const BATCH = 250;

export function useReportFacts(db: CollectionDB | null, active: boolean, version: number, changedIds: readonly string[]) {
  const facts = useRef<Map<string, ReportFacts> | null>(null);
  const [loadedVersion, setLoadedVersion] = useState(0);
  const [loading, setLoading] = useState(false);
  const loadedAt = useRef(-1);

  useEffect(() => {
    if (!db || !active || loadedAt.current === version) return;
    let cancelled = false;
    (async () => {
      // Only the records that changed, if everything else is already loaded.
      if (facts.current && changedIds.length) {
        for (const id of changedIds) {
          const record = await getRecord(db, id).catch(() => undefined);
          if (record) facts.current.set(id, reportFacts(record));
          else facts.current.delete(id);
        }
      } else {
        setLoading(true);
        const next = new Map<string, ReportFacts>();
        await forEachRecordBatch(db, BATCH, async ({ items }) => {
          if (cancelled) return false;
          for (const record of items) next.set(record.id, reportFacts(record));
          await new Promise((ok) => setTimeout(ok, 0));
          return true;
        });
        if (cancelled) return;
        facts.current = next;
        setLoading(false);
      }
      loadedAt.current = version;
      setLoadedVersion((v) => v + 1);
    })();
    return () => {
      cancelled = true;
    };
  }, [db, active, version]);

  return { facts: facts.current, loading, loadedVersion };
}

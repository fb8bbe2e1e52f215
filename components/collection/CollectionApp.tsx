/**
 * The collection page: list (virtualised, filtered, sorted) and record view, or the
 * aggregate view; export, import, delete with undo.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CollectionDB } from '../../lib/collection/db';
import { collectionDb } from '../../lib/collection/db';
import { EMPTY_FILTER, facets as facetsOf, filterRows, sortRows, type CollectionFilter, type Sort } from '../../lib/collection/query';
import { deleteRecords, forEachRecordBatch, restoreRecords } from '../../lib/collection/store';
import { csvRows, csvText, exportJson, type CsvRow } from '../../lib/collection/export';
import { importJson } from '../../lib/collection/import';
import type { CollectionRecord } from '../../lib/collection/record';
import type { CollectionChanged } from '../../lib/messages/collection';
import { useCollection } from './useCollection';
import { useTextSearch } from './useTextSearch';
import { useReportFacts } from './useReportFacts';
import { VirtualList } from './VirtualList';
import { RecordRow } from './RecordRow';
import { Filters } from './Filters';
import { RecordView } from './RecordView';
import { AggregateView } from './AggregateView';
import { downloadText, stamp } from './download';
import { t } from './i18n';

export const ROW_HEIGHT = 72;
const UNDO_MS = 10_000;

type Notice = { kind: 'info' | 'error'; text: string; undo?: CollectionRecord[] };

/** Tells other open collection pages (the background ignores it). */
function announce(ids: string[]) {
  const message: CollectionChanged = { type: 'collection/changed', ids };
  browser?.runtime?.sendMessage?.(message)?.catch?.(() => undefined);
}

export function CollectionApp({ openDb = collectionDb }: { openDb?: () => Promise<CollectionDB> }) {
  const data = useCollection(openDb);
  const [filter, setFilter] = useState<CollectionFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<Sort>({ key: 'savedAt', descending: true });
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<'list' | 'aggregate'>('list');
  const [notice, setNotice] = useState<Notice | null>(null);
  const marked = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const search = useTextSearch(data.db, filter.query, data.version);
  const shown = useMemo(() => sortRows(filterRows(data.rows, filter, search.hits), sort), [data.rows, filter, sort, search.hits]);
  const facets = useMemo(() => facetsOf(data.rows, filter.placeCode), [data.rows, filter.placeCode]);
  const details = useReportFacts(data.db, view === 'aggregate', data.version, data.changedIds);
  const shownFacts = useMemo(
    () => (view === 'aggregate' && details.facts ? shown.map((r) => details.facts!.get(r.id)).filter((f) => f !== undefined) : []),
    [view, shown, details.loadedVersion],
  );

  // Marks read by `npm run bench` (bench/collection.bench.ts): rows committed, the frame
  // that paints them, and the whole list loaded (filters use every record from then on).
  // A layout effect runs right after the commit, so the rAF is that of the painting frame.
  useLayoutEffect(() => {
    if (data.ready && !marked.current) {
      marked.current = true;
      performance.mark('dl-collection-first-rows');
      requestAnimationFrame(() => performance.mark('dl-collection-first-paint'));
    }
  }, [data.ready]);
  useEffect(() => {
    if (data.complete) performance.mark('dl-collection-all-rows');
  }, [data.complete]);

  useEffect(() => {
    if (!notice?.undo) return;
    const timer = setTimeout(() => setNotice(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const changed = (ids: string[]) => {
    void data.refresh(ids);
    announce(ids);
  };
  const fail = (text: string) => setNotice({ kind: 'error', text });

  async function remove(id: string) {
    if (!data.db) return;
    try {
      const deleted = await deleteRecords(data.db, [id]);
      setSelected(null);
      changed([id]);
      setNotice({ kind: 'info', text: t('coll_deleted', deleted[0]?.title ?? ''), undo: deleted });
    } catch (e) {
      fail((e as Error).message);
    }
  }

  async function undo(records: CollectionRecord[]) {
    if (!data.db) return;
    try {
      await restoreRecords(data.db, records);
      changed(records.map((r) => r.id));
      setNotice({ kind: 'info', text: t('coll_restored') });
    } catch (e) {
      fail((e as Error).message);
    }
  }

  async function exportAs(format: 'csv' | 'json') {
    if (!data.db) return;
    try {
      const ids = new Set(shown.map((r) => r.id));
      // Read in batches: a CSV keeps only its rows, not every full record at once.
      const rows: CsvRow[] = [];
      const records: CollectionRecord[] = [];
      await forEachRecordBatch(data.db, 250, ({ items }) => {
        const wanted = items.filter((r) => ids.has(r.id));
        if (format === 'csv') rows.push(...csvRows(wanted));
        else records.push(...wanted);
      });
      if (format === 'csv') downloadText(`dispatch-lens-${stamp()}.csv`, csvText(rows), 'text/csv;charset=utf-8');
      else downloadText(`dispatch-lens-${stamp()}.json`, exportJson(records), 'application/json');
    } catch (e) {
      fail((e as Error).message);
    }
  }

  async function importFile(file: File) {
    if (!data.db) return;
    try {
      const result = await importJson(data.db, await file.text());
      await data.reload();
      announce([]);
      setNotice({ kind: 'info', text: t('coll_imported', [String(result.added), String(result.merged), String(result.unchanged)]) });
    } catch (e) {
      fail((e as Error).message);
    }
  }

  return (
    <div class="dl-collection">
      <header class="dl-top">
        <h1>{t('coll_page_title')}</h1>
        <nav>
          <button type="button" data-testid="view-list" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('coll_view_list')}
          </button>
          <button type="button" data-testid="view-aggregate" aria-pressed={view === 'aggregate'} onClick={() => setView('aggregate')}>
            {t('coll_view_aggregate')}
          </button>
        </nav>
        <div class="dl-actions">
          <button type="button" data-testid="export-csv" onClick={() => exportAs('csv')}>
            {t('coll_export_csv')}
          </button>
          <button type="button" data-testid="export-json" onClick={() => exportAs('json')}>
            {t('coll_export_json')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('coll_import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            hidden
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      </header>
      {notice && (
        <div class={`dl-notice dl-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <span style={{ whiteSpace: 'pre-wrap' }}>{notice.text}</span>
          {notice.undo && (
            <button type="button" data-testid="undo" onClick={() => undo(notice.undo!)}>
              {t('coll_undo')}
            </button>
          )}
          <button type="button" aria-label={t('coll_dismiss')} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {data.error && <p role="alert" class="dl-notice dl-notice-error">{data.error}</p>}
      <Filters filter={filter} sort={sort} facets={facets} onFilter={setFilter} onSort={setSort} />
      <p class="dl-count" data-testid="result-count" data-count={shown.length} data-searching={String(!search.done)}>
        {t('coll_count', [String(shown.length), String(data.rows.length)])}
        {!data.complete && ` · ${t('coll_loading')}`}
        {!search.done && ` · ${t('coll_search_partial', [String(search.scanned), String(data.rows.length)])}`}
        {data.invalid > 0 && ` · ${t('coll_invalid_rows', String(data.invalid))}`}
      </p>
      {view === 'list' ? (
        <div class="dl-main">
          <VirtualList
            items={shown}
            rowHeight={ROW_HEIGHT}
            resetKey={`${JSON.stringify(filter)}|${sort.key}|${sort.descending}`}
            label={t('coll_list_label')}
            renderRow={(row) => <RecordRow row={row} selected={row.id === selected} onSelect={setSelected} />}
          />
          <div class="dl-detail">
            {selected && data.db ? (
              <RecordView db={data.db} id={selected} onChanged={changed} onDelete={remove} onError={fail} />
            ) : (
              <p class="dl-empty">{data.ready && data.rows.length === 0 ? t('coll_empty') : t('coll_pick_record')}</p>
            )}
          </div>
        </div>
      ) : (
        <AggregateView
          reports={shownFacts}
          pending={details.facts ? 0 : shown.length}
          onOpen={(id) => {
            setSelected(id);
            setView('list');
          }}
        />
      )}
    </div>
  );
}

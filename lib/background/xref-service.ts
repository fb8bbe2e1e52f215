/**
 * Cross-reference in the background: the bundled archive and imported packs in one
 * index (rebuilt after an import), the user's collection in another (rebuilt when it
 * changes), queried together. No `browser.*` here, so it runs in unit tests as is;
 * ./xref.ts wires it to runtime messages.
 */
import type { Report } from '../schema/report';
import type { ArchiveRecord, ReportOrigin } from '../archive/schema';
import type { ImportedStore } from '../archive/store';
import type { LoadedArchive } from '../archive/load';
import { importPack } from '../archive/import';
import { RelatedIndex, DEFAULT_LIMIT } from '../related/index';
import type { RelatedResult } from '../related/result';
import type {
  XrefRequest,
  RelatedReply,
  PlaceCountsReply,
  ImportReply,
  GetReportReply,
  ListArchiveReply,
} from '../messages/xref';

export interface XrefDeps {
  loadBundled: () => Promise<LoadedArchive>;
  imported: ImportedStore;
  /** The user's collection as reports; the lead wires lib/collection's `listReportsForXref`. */
  collection?: () => Promise<Report[]>;
  /** How long a collection snapshot is trusted without a change notice (ms); default one minute. */
  collectionMaxAge?: number;
  now?: () => number;
}

interface ArchiveState {
  index: RelatedIndex;
  bundled: ArchiveRecord[];
  problems: string[];
}

export type XrefReply = RelatedReply | PlaceCountsReply | ImportReply | GetReportReply | ListArchiveReply;

export function createXrefService(deps: XrefDeps) {
  const collection = deps.collection ?? (async () => []);
  const maxAge = deps.collectionMaxAge ?? 60_000;
  const now = deps.now ?? Date.now;
  let archive: Promise<ArchiveState> | null = null;

  const archiveState = () =>
    (archive ??= (async () => {
      const [loaded, imported] = await Promise.all([deps.loadBundled(), deps.imported.list()]);
      const index = new RelatedIndex([
        ...loaded.records.map((report) => ({ report, origin: 'archive' as const })),
        ...imported.records.map((report) => ({ report, origin: 'imported' as const })),
      ]);
      const problems = [
        ...(loaded.problem ? [loaded.problem] : []),
        ...(imported.invalid ? [`${imported.invalid} imported records no longer match the archive format and are not used`] : []),
      ];
      return { index, bundled: loaded.records, problems };
    })().catch((e) => {
      archive = null; // let the next request try again
      throw e;
    }));

  /**
   * The collection index, stale-while-revalidate: indexing a large collection takes
   * seconds, so a popup is answered from the previous index while a new one is built
   * after a change notice or when the snapshot is older than `collectionMaxAge`.
   */
  let coll: { at: number; index: RelatedIndex } | null = null;
  let building: Promise<RelatedIndex> | null = null;
  let changed = false;
  const collectionIndex = (): Promise<RelatedIndex> => {
    if ((!coll || changed || now() - coll.at > maxAge) && !building) {
      changed = false;
      const started = now();
      building = collection()
        .then((reports) => new RelatedIndex(reports.map((report) => ({ report, origin: 'collection' as const }))))
        .then((index) => {
          coll = { at: started, index };
          return index;
        })
        .finally(() => (building = null));
      building.catch(() => undefined); // reported to the request waiting on it, if any
    }
    return coll ? Promise.resolve(coll.index) : building!;
  };

  async function related(req: Extract<XrefRequest, { type: 'xref/related' }>): Promise<RelatedReply> {
    const limit = req.limit ?? DEFAULT_LIMIT;
    const [a, c] = await Promise.all([archiveState(), collectionIndex()]);
    const merged: RelatedResult[] = [...a.index.query(req.page, { limit }), ...c.query(req.page, { limit })];
    merged.sort((x, y) => y.score - x.score || (y.published ?? '').localeCompare(x.published ?? '') || x.id.localeCompare(y.id));
    return { ok: true, results: merged.slice(0, limit), searched: { archive: a.index.size, collection: c.size } };
  }

  async function placeCounts(codes: string[]): Promise<PlaceCountsReply> {
    const [a, c] = await Promise.all([archiveState(), collectionIndex()]);
    const ca = a.index.placeCounts(codes);
    const cc = c.placeCounts(codes);
    return { counts: Object.fromEntries(codes.map((code) => [code, { archive: ca[code].archive, collection: cc[code].collection }])) };
  }

  async function getReport(id: string, origin?: ReportOrigin): Promise<GetReportReply> {
    const fromArchive = origin === 'collection' ? undefined : (await archiveState()).index.find(id);
    const inArchive = fromArchive && (!origin || fromArchive.origin === origin) ? fromArchive : undefined;
    const doc = inArchive ?? (!origin || origin === 'collection' ? (await collectionIndex()).find(id) : undefined);
    return doc ? { ok: true, origin: doc.origin, report: doc.report } : { ok: false, error: `No report "${id}" in the archive or the collection.` };
  }

  async function listArchive(): Promise<ListArchiveReply> {
    const a = await archiveState();
    const items = a.index.entries().map(({ report, origin }) => ({
      id: report.id,
      origin,
      title: report.title,
      source: report.source,
      published: report.published,
      headcounts: report.extraction.headcounts.length,
      places: topPlaces(report),
    }));
    return { ok: true, items, problems: a.problems };
  }

  async function importJson(json: string): Promise<ImportReply> {
    const a = await archiveState();
    const out = await importPack(json, a.bundled, deps.imported);
    if (out.ok) archive = null; // the next query sees the new records
    return out;
  }

  return {
    async handle(req: XrefRequest): Promise<XrefReply> {
      try {
        switch (req.type) {
          case 'xref/related':
            return await related(req);
          case 'xref/place-counts':
            return await placeCounts(req.codes);
          case 'xref/import-pack':
            return await importJson(req.json);
          case 'xref/get-report':
            return await getReport(req.id, req.origin);
          case 'xref/list-archive':
            return await listArchive();
        }
      } catch (e) {
        // place-counts has no error shape: the hover card shows "unknown" on any non-reply.
        return { ok: false, error: (e as Error).message } as XrefReply;
      }
    },
    /** The collection changed: the next request triggers a rebuild (and is answered from the old index meanwhile). */
    invalidateCollection() {
      changed = true;
    },
  };
}

export type XrefService = ReturnType<typeof createXrefService>;

/** The most specific places a report is about (county level and below), for the archive list. */
function topPlaces(report: Report): string[] {
  const counts = new Map<string, number>();
  for (const p of report.extraction.places) if (p.level === 'county') counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name]) => name);
}

/**
 * The collection's IndexedDB database (through `idb`). Version history:
 *   1  store `pages` keyed by URL (see migrations.ts for its record shape).
 *   2  stores `records` (full records), `summaries` (list rows, with the indexes the
 *      collection page filters on) and `quarantine` (stored data that failed validation,
 *      kept rather than dropped).
 * Opened from the background (saves) and from the collection page (reads, corrections,
 * import); IndexedDB transactions keep them consistent.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { CollectionRecord, RecordSummary } from './record';
import { migrateV1 } from './migrations';
import { CollectionError } from './errors';

export const DB_NAME = 'dispatch-lens-collection';
export const DB_VERSION = 2;

export interface QuarantineEntry {
  /** What was wrong, as zod or the migration reported it. */
  reason: string;
  /** Where it came from (`pages` v1, `records`, …). */
  origin: string;
  raw: unknown;
  at: string;
}

export interface CollectionSchema extends DBSchema {
  records: { key: string; value: CollectionRecord; indexes: { url: string; textHash: string } };
  summaries: {
    key: string;
    value: RecordSummary;
    indexes: { placeCodes: string; published: string; site: string; tags: string; savedAt: string };
  };
  quarantine: { key: number; value: QuarantineEntry };
}

export type CollectionDB = IDBPDatabase<CollectionSchema>;

export interface OpenOptions {
  name?: string;
  /** Test seam: called inside the upgrade transaction before the v1 migration. */
  beforeMigrate?: () => void;
  /** Called when this connection is closed for us (a newer version waits, or the browser closed it). */
  onClose?: () => void;
}

export async function openCollection({ name = DB_NAME, beforeMigrate, onClose }: OpenOptions = {}): Promise<CollectionDB> {
  let upgradeError: unknown = null;
  const opening = openDB<CollectionSchema>(name, DB_VERSION, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      try {
        if (oldVersion < 2) createV2(database);
        if (oldVersion === 1) {
          beforeMigrate?.();
          // Only IndexedDB requests are awaited here, so the upgrade transaction stays open.
          await migrateV1(tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>);
          database.deleteObjectStore('pages' as never);
        }
      } catch (error) {
        // All or nothing: the database stays at its old version with its old data.
        upgradeError = error;
        tx.done.catch(() => undefined); // the failure is reported by openCollection below
        try {
          tx.abort();
        } catch {
          // already aborted by the failed request
        }
      }
    },
    blocking() {
      // A newer version is waiting in another context (an updated extension): let it in.
      db.close();
      onClose?.();
    },
    terminated() {
      onClose?.();
    },
  });
  let db: CollectionDB;
  try {
    db = await opening;
  } catch (error) {
    const reason = (upgradeError ?? error) as { message?: string };
    throw new CollectionError(
      'storage',
      `The collection could not be opened or upgraded (${reason?.message ?? String(reason)}). Nothing in it was changed.`,
      upgradeError ?? error,
    );
  }
  return db;
}

function createV2(database: IDBPDatabase<CollectionSchema>) {
  const records = database.createObjectStore('records', { keyPath: 'id' });
  records.createIndex('url', 'url', { unique: true });
  records.createIndex('textHash', 'textHash');
  const summaries = database.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('placeCodes', 'placeCodes', { multiEntry: true });
  summaries.createIndex('published', 'published');
  summaries.createIndex('site', 'site');
  summaries.createIndex('tags', 'tags', { multiEntry: true });
  summaries.createIndex('savedAt', 'savedAt');
  database.createObjectStore('quarantine', { autoIncrement: true });
}

let shared: Promise<CollectionDB> | null = null;

/** One connection per context (background or page), reopened if the browser closed it. */
export function collectionDb(): Promise<CollectionDB> {
  if (!shared) {
    shared = openCollection({ onClose: () => (shared = null) });
    shared.catch(() => (shared = null));
  }
  return shared;
}

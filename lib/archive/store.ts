/**
 * Imported archive records, in the extension's IndexedDB (a pack can exceed what
 * `storage.local` holds comfortably). One object store keyed by record id; an import is
 * one transaction, so a failed write leaves the store as it was.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { archiveRecordSchema, type ArchiveRecord } from './schema';
import { parseAll } from '../schema/parse-all';

interface ArchiveDB extends DBSchema {
  imported: { key: string; value: ArchiveRecord };
}

export const ARCHIVE_DB = 'dispatch-lens-archive';

export interface ImportedStore {
  /** Valid records, and how many stored ones no longer parse (kept, not deleted, and reported). */
  list(): Promise<{ records: ArchiveRecord[]; invalid: number }>;
  /** Writes all records or none; returns the ids that replaced earlier imports. */
  putAll(records: ArchiveRecord[]): Promise<{ replaced: string[] }>;
}

export function idbImportedStore(): ImportedStore {
  let db: Promise<IDBPDatabase<ArchiveDB>> | null = null;
  const open = () =>
    (db ??= openDB<ArchiveDB>(ARCHIVE_DB, 1, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore('imported', { keyPath: 'id' });
      },
    }));

  return {
    async list() {
      const { items, invalid } = parseAll(archiveRecordSchema, await (await open()).getAll('imported'));
      return { records: items, invalid };
    },
    async putAll(records) {
      const tx = (await open()).transaction('imported', 'readwrite');
      // Keys first, then writes, all without awaiting anything else inside the transaction.
      const existing = new Set(await tx.store.getAllKeys());
      await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
      return { replaced: records.filter((r) => existing.has(r.id)).map((r) => r.id) };
    },
  };
}

/** In memory, for tests and for runs without IndexedDB. */
export function memoryImportedStore(initial: ArchiveRecord[] = []): ImportedStore {
  const map = new Map(initial.map((r) => [r.id, r]));
  return {
    async list() {
      return { records: [...map.values()], invalid: 0 };
    },
    async putAll(records) {
      const replaced = records.filter((r) => map.has(r.id)).map((r) => r.id);
      for (const r of records) map.set(r.id, r);
      return { replaced };
    },
  };
}

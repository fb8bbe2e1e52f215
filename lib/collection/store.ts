/**
 * Reading and writing the collection. Every write is ONE readwrite transaction over
 * `records` and `summaries`: it lands whole or not at all (a closed tab, a stopped
 * service worker or a full disk aborts it), and concurrent saves from many tabs are
 * serialised by IndexedDB, so the "is this page already saved?" check cannot race.
 * Nothing but IndexedDB requests is awaited inside a transaction (it would commit early).
 */
import { z } from 'zod';
import type { CollectionDB } from './db';
import { collectionRecordSchema, recordSummarySchema, type CollectionRecord, type Correction, type RecordSummary } from './record';
import { mergeRecords } from './merge';
import { summarize } from './summary';
import { CollectionError, toCollectionError } from './errors';
import { normaliseTags } from './tags';
import { parseAll, type Listed } from '../schema/parse-all';

export interface PutOutcome {
  record: CollectionRecord;
  outcome: 'created' | 'updated';
  matchedBy: 'url' | 'text' | null;
}

type WriteTx = ReturnType<typeof writeTx>;
const writeTx = (db: CollectionDB) => db.transaction(['records', 'summaries'], 'readwrite');

/**
 * Runs `fn` in one readwrite transaction. If `fn` throws after issuing some writes, the
 * transaction is aborted so none of them land.
 */
export async function writeTransaction<T>(db: CollectionDB, action: string, fn: (tx: WriteTx) => Promise<T>): Promise<T> {
  let tx: WriteTx | undefined;
  try {
    tx = writeTx(db);
    const done = tx.done;
    done.catch(() => undefined); // awaited below; this only keeps an abort from being "unhandled"
    const result = await fn(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx?.abort();
    } catch {
      // already finished or aborted
    }
    throw toCollectionError(error, action);
  }
}

/** Record and row, one after the other: a failure of either aborts both (see `write`). */
async function putBoth(tx: WriteTx, record: CollectionRecord): Promise<void> {
  await tx.objectStore('records').put(record);
  await tx.objectStore('summaries').put(summarize(record));
}

function validated(record: CollectionRecord): CollectionRecord {
  const parsed = collectionRecordSchema.safeParse(record);
  if (!parsed.success) throw new CollectionError('invalid', z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * Saves a record built from a page: if the same address or the same text is already in
 * the collection, that record is updated (its id, first save time, note, tags and
 * corrections are kept) instead of adding a second one.
 */
export async function putRecord(db: CollectionDB, incoming: CollectionRecord, now = new Date()): Promise<PutOutcome> {
  return writeTransaction(db, 'Saving', async (tx) => {
    const records = tx.objectStore('records');
    let matchedBy: PutOutcome['matchedBy'] = null;
    let existing = await records.index('url').get(incoming.url);
    if (existing) matchedBy = 'url';
    else {
      existing = await records.index('textHash').get(incoming.textHash);
      if (existing) matchedBy = 'text';
    }
    const record = validated(existing ? mergeRecords(existing, incoming, 'incoming', now.toISOString()) : incoming);
    await putBoth(tx, record);
    return { record, outcome: existing ? 'updated' : 'created', matchedBy };
  });
}

export type { Listed };

export async function getRecord(db: CollectionDB, id: string): Promise<CollectionRecord | undefined> {
  const raw = await db.get('records', id);
  if (raw === undefined) return undefined;
  const parsed = collectionRecordSchema.safeParse(raw);
  if (!parsed.success) throw new CollectionError('invalid', `Record ${id} is damaged: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The most recently saved rows, newest first: enough for the first screen of the list. */
export async function latestSummaries(db: CollectionDB, limit: number): Promise<Listed<RecordSummary>> {
  const values: unknown[] = [];
  let cursor = await db.transaction('summaries').store.index('savedAt').openCursor(null, 'prev');
  while (cursor && values.length < limit) {
    values.push(cursor.value);
    cursor = await cursor.continue();
  }
  return parseAll(recordSummarySchema, values);
}

export async function allSummaries(db: CollectionDB): Promise<Listed<RecordSummary>> {
  return parseAll(recordSummarySchema, await db.getAll('summaries'));
}

export async function allRecords(db: CollectionDB): Promise<Listed<CollectionRecord>> {
  return parseAll(collectionRecordSchema, await db.getAll('records'));
}

/**
 * Calls `each` with batches of records in id order, so a page can scan texts without
 * holding them all or one long transaction. `each` returns false to stop early.
 */
export async function forEachRecordBatch(
  db: CollectionDB,
  batchSize: number,
  each: (batch: Listed<CollectionRecord>) => boolean | void | Promise<boolean | void>,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const values: unknown[] = await db.getAll('records', range, batchSize);
    if (values.length === 0) return;
    after = (values[values.length - 1] as { id: string }).id;
    if ((await each(parseAll(collectionRecordSchema, values))) === false) return;
    if (values.length < batchSize) return;
  }
}

/** The rows of these records that still exist, by id. */
export async function summariesById(db: CollectionDB, ids: readonly string[]): Promise<Map<string, RecordSummary>> {
  const tx = db.transaction('summaries');
  const values = await Promise.all(ids.map((id) => tx.store.get(id)));
  const found = new Map<string, RecordSummary>();
  for (const value of values) {
    const parsed = recordSummarySchema.safeParse(value);
    if (parsed.success) found.set(parsed.data.id, parsed.data);
  }
  return found;
}

/** Deletes records; returns them, so the caller can offer undo with `restoreRecords`. */
export async function deleteRecords(db: CollectionDB, ids: readonly string[]): Promise<CollectionRecord[]> {
  return writeTransaction(db, 'Deleting', async (tx) => {
    const records = tx.objectStore('records');
    const summaries = tx.objectStore('summaries');
    const deleted: CollectionRecord[] = [];
    for (const id of ids) {
      const raw = await records.get(id);
      if (raw === undefined) continue;
      deleted.push(raw);
      await records.delete(id);
      await summaries.delete(id);
    }
    return deleted;
  });
}

/**
 * Puts deleted records back (undo). If the same page was saved again in the meantime,
 * the two are merged rather than one replacing the other.
 */
export async function restoreRecords(db: CollectionDB, restored: readonly CollectionRecord[]): Promise<void> {
  const now = new Date().toISOString();
  return writeTransaction(db, 'Undo', async (tx) => {
    const records = tx.objectStore('records');
    for (const original of restored) {
      const existing = (await records.index('url').get(original.url)) ?? (await records.index('textHash').get(original.textHash));
      const record = validated(existing ? mergeRecords(existing, original, 'newer', now) : original);
      await putBoth(tx, record);
    }
  });
}

/** Changes one record in one transaction (corrections, note, tags) and refreshes its row. */
async function updateRecord(
  db: CollectionDB,
  id: string,
  change: (record: CollectionRecord) => CollectionRecord,
  action: string,
): Promise<CollectionRecord> {
  return writeTransaction(db, action, async (tx) => {
    const raw = await tx.objectStore('records').get(id);
    if (!raw) throw new CollectionError('not-found', `${action} failed: the record is no longer in the collection.`);
    const current = collectionRecordSchema.parse(raw);
    const record = validated({ ...change(current), updatedAt: new Date().toISOString() });
    await putBoth(tx, record);
    return record;
  });
}

export function addCorrection(db: CollectionDB, id: string, correction: Correction) {
  return updateRecord(db, id, (r) => ({ ...r, corrections: [...r.corrections, correction] }), 'Saving the correction');
}

/** Undoes one correction (by its position in the record's list). */
export function removeCorrection(db: CollectionDB, id: string, index: number) {
  return updateRecord(db, id, (r) => ({ ...r, corrections: r.corrections.filter((_, i) => i !== index) }), 'Reverting the correction');
}

export function setNoteAndTags(db: CollectionDB, id: string, note: string, tags: readonly string[]) {
  return updateRecord(db, id, (r) => ({ ...r, note, tags: normaliseTags(tags) }), 'Saving the note');
}

/**
 * Import of a JSON export. The whole file is checked before anything is written, then
 * merged in ONE transaction: a malformed or foreign file changes nothing, and a record
 * already in the collection (same id, address or text) is merged, never duplicated.
 */
import type { CollectionDB } from './db';
import { COLLECTION_SCHEMA_VERSION, collectionRecordSchema, type CollectionRecord } from './record';
import { EXPORT_FORMAT } from './export';
import { mergeRecords } from './merge';
import { summarize } from './summary';
import { CollectionError } from './errors';
import { writeTransaction } from './store';

export interface ImportResult {
  added: number;
  merged: number;
  unchanged: number;
}

const refuse = (message: string) => new CollectionError('invalid', `Import refused, nothing was changed: ${message}`);

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const MAX_ISSUES = 5;

/** Checks a file's text and returns its records, or throws a CollectionError saying what is wrong. */
export function parseExport(fileText: string): CollectionRecord[] {
  const text = fileText.replace(/^\uFEFF/, '');
  if (!text.trim()) throw refuse('the file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (/^\s*url,title,/.test(text)) throw refuse('this is a CSV export; only JSON exports can be imported.');
    throw refuse(`the file is not JSON (${(error as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw refuse(`expected a Dispatch Lens collection export (an object with "format": "${EXPORT_FORMAT}"), but the file holds ${describe(data)}.`);
  }
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    throw refuse(
      file.format === undefined
        ? `this is not a Dispatch Lens collection export (it has no "format": "${EXPORT_FORMAT}").`
        : `this is not a Dispatch Lens collection export (its format is ${JSON.stringify(file.format)}).`,
    );
  }
  if (typeof file.schemaVersion !== 'number' || !Number.isInteger(file.schemaVersion)) {
    throw refuse('the export has no valid "schemaVersion".');
  }
  if (file.schemaVersion > COLLECTION_SCHEMA_VERSION) {
    throw refuse(`the file was made by a newer Dispatch Lens (schema ${file.schemaVersion}; this one reads ${COLLECTION_SCHEMA_VERSION}). Update the extension first.`);
  }
  if (file.schemaVersion < COLLECTION_SCHEMA_VERSION) {
    throw refuse(`schema ${file.schemaVersion} is not an export format (exports start at schema ${COLLECTION_SCHEMA_VERSION}).`);
  }
  if (!Array.isArray(file.records)) throw refuse(`"records" should be a list, but it is ${describe(file.records)}.`);

  const records: CollectionRecord[] = [];
  const problems: string[] = [];
  file.records.forEach((raw, i) => {
    const parsed = collectionRecordSchema.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else {
      const where = typeof (raw as { url?: unknown })?.url === 'string' ? ` (${(raw as { url: string }).url})` : '';
      const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`);
      problems.push(`record ${i + 1}${where}: ${issues.join('; ')}`);
    }
  });
  if (problems.length) {
    const more = problems.length > MAX_ISSUES ? `\n… and ${problems.length - MAX_ISSUES} more invalid records.` : '';
    throw refuse(`${problems.length} of ${file.records.length} records are invalid.\n${problems.slice(0, MAX_ISSUES).join('\n')}${more}`);
  }
  const byId = new Map<string, CollectionRecord>();
  for (const record of records) {
    const other = byId.get(record.id);
    if (other && other.url !== record.url && other.textHash !== record.textHash) {
      throw refuse(`two different pages share the id ${JSON.stringify(record.id)} (${other.url} and ${record.url}).`);
    }
    byId.set(record.id, record);
  }
  return records;
}

/** Merges checked records into the collection in one transaction. */
export async function importRecords(db: CollectionDB, records: readonly CollectionRecord[], now = new Date()): Promise<ImportResult> {
  const result: ImportResult = { added: 0, merged: 0, unchanged: 0 };
  const at = now.toISOString();
  return writeTransaction(db, 'Import', async (tx) => {
    const store = tx.objectStore('records');
    for (const incoming of records) {
      const sameId = await store.get(incoming.id);
      const existing =
        (sameId && (sameId.url === incoming.url || sameId.textHash === incoming.textHash) ? sameId : undefined) ??
        (await store.index('url').get(incoming.url)) ??
        (await store.index('textHash').get(incoming.textHash));
      let record: CollectionRecord;
      if (existing) {
        record = collectionRecordSchema.parse(mergeRecords(existing, incoming, 'newer', at));
        if (JSON.stringify(record) === JSON.stringify(existing)) {
          result.unchanged++;
          continue;
        }
        result.merged++;
      } else {
        // An unrelated record already has this id (a hand-made file): keep both.
        record = sameId ? { ...incoming, id: `${incoming.id}-imported-${now.getTime().toString(36)}` } : incoming;
        result.added++;
      }
      await store.put(record);
      await tx.objectStore('summaries').put(summarize(record));
    }
    return result;
  });
}

/** Parses then merges; a refused file throws before the database is touched. */
export async function importJson(db: CollectionDB, fileText: string, now = new Date()): Promise<ImportResult> {
  return importRecords(db, parseExport(fileText), now);
}

/**
 * Migrations of stored data between schema versions, run inside the IndexedDB upgrade
 * transaction (so they are all-or-nothing).
 *
 * Version 1 kept one store, `pages`, keyed by URL, with `savedAt` as epoch milliseconds
 * and no corrections, site or text hash. Version 2 is described in record.ts.
 */
import { z } from 'zod';
import type { IDBPTransaction } from 'idb';
import { extractionSchema } from '../schema/extraction';
import { COLLECTION_SCHEMA_VERSION, collectionRecordSchema, type CollectionRecord } from './record';
import { newRecordId, normaliseUrl, siteOf, textHash } from './identity';
import { normaliseDate } from './dates';
import { normaliseTags } from './tags';
import { mergeRecords } from './merge';
import { summarize } from './summary';

export const pageV1Schema = z.object({
  url: z.string().min(1),
  title: z.string(),
  published: z.string().nullable(),
  text: z.string(),
  extraction: extractionSchema,
  savedAt: z.number().int().nonnegative(),
  note: z.string(),
  tags: z.array(z.string()),
});
export type PageV1 = z.infer<typeof pageV1Schema>;

export function recordFromV1(page: PageV1, id = newRecordId(page.savedAt)): CollectionRecord {
  const url = normaliseUrl(page.url);
  const savedAt = new Date(page.savedAt).toISOString();
  const site = siteOf(url);
  return collectionRecordSchema.parse({
    schemaVersion: COLLECTION_SCHEMA_VERSION,
    id,
    url,
    title: page.title,
    source: site || null,
    published: normaliseDate(page.published),
    text: page.text,
    extraction: page.extraction,
    site,
    altUrls: [],
    savedAt,
    updatedAt: savedAt,
    note: page.note,
    tags: normaliseTags(page.tags),
    corrections: [],
    textHash: textHash(page.text),
  });
}

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Copies every v1 page into v2 records and summaries; invalid pages go to quarantine. */
export async function migrateV1(tx: UpgradeTx): Promise<void> {
  const records = tx.objectStore('records');
  const summaries = tx.objectStore('summaries');
  const quarantine = tx.objectStore('quarantine');
  const at = new Date().toISOString();
  let cursor = await tx.objectStore('pages').openCursor();
  while (cursor) {
    const parsed = pageV1Schema.safeParse(cursor.value);
    let record: CollectionRecord | null = null;
    let reason = parsed.success ? '' : z.prettifyError(parsed.error);
    if (parsed.success) {
      try {
        record = recordFromV1(parsed.data);
      } catch (error) {
        reason = error instanceof z.ZodError ? z.prettifyError(error) : String(error);
      }
    }
    if (record) {
      // Two v1 keys can normalise to one address (`…#top` and `…`): merge, don't fail.
      const existing = (await records.index('url').get(record.url)) as CollectionRecord | undefined;
      if (existing) record = mergeRecords(existing, record, 'newer', at);
      await records.put(record);
      await summaries.put(summarize(record));
    } else {
      await quarantine.add({ reason, origin: 'pages (version 1)', raw: cursor.value, at });
    }
    cursor = await cursor.continue();
  }
}

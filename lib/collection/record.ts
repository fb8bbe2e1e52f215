/**
 * The collection record (schema version 2) and its parts. Every record written to or
 * read from IndexedDB, and every record in an imported file, is parsed with
 * `collectionRecordSchema`. Documented for users in docs/collection-format.md.
 */
import { z } from 'zod';
import {
  headcountKindSchema,
  headcountSchema,
  placeMentionSchema,
  type Extraction,
} from '../schema/extraction';
import { reportSchema } from '../schema/report';

export const COLLECTION_SCHEMA_VERSION = 2;

const isoInstant = z.iso.datetime({ offset: true });

/** Which mention a correction is about: its offsets and text in the record's `text`. */
const anchor = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
};

/**
 * A user's correction of the extraction. Kept apart from `extraction` (which stays as
 * the extractor produced it) so re-saving a page keeps them, and so they can be undone.
 * Applied in order by `applyCorrections`.
 */
export const correctionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('remove-headcount'), at: isoInstant, ...anchor }),
  z.object({
    op: z.literal('edit-headcount'),
    at: isoInstant,
    ...anchor,
    kind: headcountKindSchema.optional(),
    role: z.string().nullable().optional(),
    value: z.number().int().nonnegative().optional(),
    approx: z.boolean().optional(),
    /** Re-attributes the headcount to a place (null: to none). */
    place: z.object({ name: z.string(), code: z.string().nullable() }).nullable().optional(),
  }),
  z.object({ op: z.literal('add-headcount'), at: isoInstant, headcount: headcountSchema }),
  z.object({ op: z.literal('remove-place'), at: isoInstant, ...anchor }),
  z.object({ op: z.literal('add-place'), at: isoInstant, place: placeMentionSchema }),
]);
export type Correction = z.infer<typeof correctionSchema>;

/** Fields a collection record adds to the base report. */
const collectionFields = {
  schemaVersion: z.literal(COLLECTION_SCHEMA_VERSION),
  /** The page address (fragment removed). Unique in a collection. */
  url: z.string().min(1),
  /** Host name without `www.` (`www.jianli.gov.cn` → `jianli.gov.cn`). */
  site: z.string(),
  /** Other addresses where the same text was saved. */
  altUrls: z.array(z.string()),
  savedAt: isoInstant,
  updatedAt: isoInstant,
  note: z.string(),
  tags: z.array(z.string().min(1)),
  corrections: z.array(correctionSchema),
  /** `textHash(text)`: finds the same text saved from another address. */
  textHash: z.string().min(1),
};

function checkSpan(
  ctx: z.RefinementCtx,
  text: string,
  span: { start: number; end: number; text?: string },
  path: (string | number)[],
) {
  if (span.start > span.end || span.end > text.length) {
    ctx.addIssue({ code: 'custom', path, message: `offsets ${span.start}–${span.end} are outside the text (length ${text.length})` });
  } else if (span.text !== undefined && text.slice(span.start, span.end) !== span.text) {
    ctx.addIssue({ code: 'custom', path, message: `text at ${span.start}–${span.end} is not ${JSON.stringify(span.text)}` });
  }
}

/** Every offset in an extraction must point into `text` at the text it claims. */
export function checkExtractionSpans(ctx: z.RefinementCtx, text: string, extraction: Extraction, base: (string | number)[]) {
  extraction.headcounts.forEach((h, i) => {
    checkSpan(ctx, text, h, [...base, 'headcounts', i]);
    if (h.sentence) checkSpan(ctx, text, h.sentence, [...base, 'headcounts', i, 'sentence']);
  });
  extraction.places.forEach((p, i) => checkSpan(ctx, text, p, [...base, 'places', i]));
}

export const collectionRecordSchema = reportSchema.extend(collectionFields).superRefine((record, ctx) => {
  checkExtractionSpans(ctx, record.text, record.extraction, ['extraction']);
  record.corrections.forEach((c, i) => {
    if (c.op === 'add-place') checkSpan(ctx, record.text, c.place, ['corrections', i, 'place']);
    else if (c.op === 'add-headcount') checkSpan(ctx, record.text, c.headcount, ['corrections', i, 'headcount']);
    // Anchors of removals and edits are NOT checked: after a re-save changes the text
    // they may no longer match, and `applyCorrections` then reports them as stale.
  });
});
export type CollectionRecord = z.infer<typeof collectionRecordSchema>;

/**
 * The light row the collection page lists and filters (store `summaries`), derived from
 * a record by `summarize` and written in the same transaction. Its indexes are what the
 * page filters on.
 */
export const recordSummarySchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  title: z.string(),
  site: z.string(),
  /** YYYY-MM-DD, or '' when unknown (IndexedDB cannot index null). */
  published: z.string(),
  savedAt: isoInstant,
  updatedAt: isoInstant,
  tags: z.array(z.string()),
  note: z.string(),
  /** Codes of every place mentioned, at every level (`421088100` brings `42`, `4210`, `421088`). */
  placeCodes: z.array(z.string()),
  /** Names for those codes, for filter menus: [code, name]. */
  areas: z.array(z.tuple([z.string(), z.string()])),
  /** Place names as mentioned (full names), including places without a code. */
  places: z.array(z.string()),
  roles: z.array(z.string()),
  headcountCount: z.number().int().nonnegative(),
  /** Largest mobilised headcount, 0 if none: a quick sense of scale in the list. */
  maxMobilized: z.number().int().nonnegative(),
  /** Lower-cased title, note, tags, site, places and roles without spaces, for search. */
  search: z.string(),
});
export type RecordSummary = z.infer<typeof recordSummarySchema>;

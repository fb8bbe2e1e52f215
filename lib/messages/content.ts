/**
 * Messages the content script sends to the BACKGROUND (`browser.runtime.sendMessage`).
 * The background parses every request with these schemas; the content script parses
 * every reply. `xref/place-counts` is answered by the archive/collection side.
 */
import { z } from 'zod';
import { detectionSchema, headcountSchema, placeMentionSchema } from '../schema/extraction';

/** Longest article text we send (a 1 MB page is about 330 K characters of Chinese). */
export const MAX_ARTICLE_CHARS = 4_000_000;

export const highlightRequestSchema = z.discriminatedUnion('type', [
  /** The page may be a report: get the extractor ready (a cold gazetteer takes ~250 ms) while the engine loads. */
  z.object({ type: z.literal('hl/warm') }),
  /** Run the extractor on an article text; offsets in the reply refer to `text`. */
  z.object({ type: z.literal('hl/extract'), text: z.string().max(MAX_ARTICLE_CHARS) }),
  /** What the tab shows now, for its toolbar badge. `headcounts` is 0 when nothing is painted. */
  z.object({ type: z.literal('hl/found'), headcounts: z.number().int().nonnegative(), annotated: z.boolean() }),
]);
export type HighlightRequest = z.infer<typeof highlightRequestSchema>;

/** Requests are recognised by this prefix before parsing, so others' messages pass through untouched. */
export const HIGHLIGHT_PREFIX = 'hl/';

/**
 * Reply to `hl/extract`. The mention arrays are left as `unknown[]` here and parsed in
 * slices by the content script (one big parse of a 1 MB page's mentions blocks the page);
 * `headcountSchema`/`placeMentionSchema` below are what each element must satisfy.
 */
export const extractReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    extraction: detectionSchema.extend({ headcounts: z.array(z.unknown()), places: z.array(z.unknown()) }),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ExtractReply = z.infer<typeof extractReplySchema>;
export const extractedHeadcountsSchema = z.array(headcountSchema);
export const extractedPlacesSchema = z.array(placeMentionSchema);

/** How many reports in the archive and in the collection mention each place code. */
export const placeCountsRequestSchema = z.object({
  type: z.literal('xref/place-counts'),
  codes: z.array(z.string().min(1)).min(1).max(500),
});
export type PlaceCountsRequest = z.infer<typeof placeCountsRequestSchema>;

export const reportCountSchema = z.object({
  archive: z.number().int().nonnegative(),
  collection: z.number().int().nonnegative(),
});
export const placeCountsReplySchema = z.object({ counts: z.record(z.string(), reportCountSchema) });
export type PlaceCountsReply = z.infer<typeof placeCountsReplySchema>;

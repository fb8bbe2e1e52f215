/**
 * Messages the BACKGROUND answers about the archive and cross-reference (sent with
 * `browser.runtime.sendMessage` from the popup, the reader and the content script's
 * hover card). The background parses every request with `xrefRequestSchema`; senders
 * parse replies with the reply schemas, so a malformed reply is an error, not data.
 */
import { z } from 'zod';
import { placeCountsRequestSchema, placeCountsReplySchema, type PlaceCountsReply } from './content';
import { headcountSchema, placeMentionSchema } from '../schema/extraction';
import { reportSchema } from '../schema/report';
import { reportOriginSchema } from '../archive/schema';
import { relatedResultSchema } from '../related/result';

export const xrefRequestSchema = z.discriminatedUnion('type', [
  /** Reports related to a page (or to an archive/collection report opened in the reader). */
  z.object({
    type: z.literal('xref/related'),
    page: z.object({
      /** The page's own record id when it is a stored report, so it is not related to itself. */
      id: z.string().nullable().optional(),
      url: z.string().nullable().optional(),
      places: z.array(placeMentionSchema),
      headcounts: z.array(headcountSchema),
    }),
    limit: z.number().int().min(1).max(50).optional(),
  }),
  /** How many reports mention each place (at or inside it), for the hover card (schema shared with it). */
  placeCountsRequestSchema,
  /** Import an archive pack (the file's text). Only extension pages may send it. */
  z.object({ type: z.literal('xref/import-pack'), json: z.string() }),
  /** One stored report, for the reader. */
  z.object({ type: z.literal('xref/get-report'), id: z.string(), origin: reportOriginSchema.optional() }),
  /** The archive's reports (bundled and imported), for the reader's index. */
  z.object({ type: z.literal('xref/list-archive') }),
]);
export type XrefRequest = z.infer<typeof xrefRequestSchema>;

const errorReply = z.object({ ok: z.literal(false), error: z.string() });

export const relatedReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    results: z.array(relatedResultSchema),
    /** How many reports were searched, so "no related reports" can say out of how many. */
    searched: z.object({ archive: z.number().int(), collection: z.number().int() }),
  }),
  errorReply,
]);
export type RelatedReply = z.infer<typeof relatedReplySchema>;

export { placeCountsReplySchema, type PlaceCountsReply };

export const importReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), added: z.number().int(), replaced: z.number().int(), skipped: z.number().int() }),
  errorReply,
]);
export type ImportReply = z.infer<typeof importReplySchema>;

export const getReportReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), origin: reportOriginSchema, report: reportSchema }),
  errorReply,
]);
export type GetReportReply = z.infer<typeof getReportReplySchema>;

export const archiveListItemSchema = z.object({
  id: z.string(),
  origin: reportOriginSchema,
  title: z.string(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  headcounts: z.number().int(),
  places: z.array(z.string()),
});
export type ArchiveListItem = z.infer<typeof archiveListItemSchema>;

export const listArchiveReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    items: z.array(archiveListItemSchema),
    /** Why the bundled archive is missing or partial, or stored records that no longer parse. */
    problems: z.array(z.string()),
  }),
  errorReply,
]);
export type ListArchiveReply = z.infer<typeof listArchiveReplySchema>;

/**
 * Messages the BACKGROUND answers about the collection (sent with
 * `browser.runtime.sendMessage`), and the one it broadcasts when the collection changes.
 * The background parses every request with `collectionRequestSchema`; callers parse the
 * reply with `saveReplySchema` so a malformed reply is an error, not a silent success.
 */
import { z } from 'zod';
import { pageFactsSchema } from './page';

/** What the user adds to a saved page. Tags are trimmed, non-empty, without duplicates. */
export const saveOptionsSchema = z.object({
  note: z.string().max(20_000).default(''),
  tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
});
export type SaveOptions = z.input<typeof saveOptionsSchema>;

export const collectionRequestSchema = z.discriminatedUnion('type', [
  /** Save page facts the sender already has (the popup has them from `page/get-facts`). */
  z.object({
    type: z.literal('collection/save'),
    facts: pageFactsSchema,
    /** The tab the facts came from, so the background can show the outcome on its badge. */
    tabId: z.number().int().nonnegative().optional(),
    note: z.string().max(20_000).optional(),
    tags: z.array(z.string()).max(100).optional(),
  }),
  /** Save a tab: the background asks the tab's content script for its facts first. */
  z.object({
    type: z.literal('collection/save-tab'),
    tabId: z.number().int().nonnegative(),
    note: z.string().max(20_000).optional(),
    tags: z.array(z.string()).max(100).optional(),
  }),
]);
export type CollectionRequest = z.infer<typeof collectionRequestSchema>;

export const collectionErrorCodeSchema = z.enum(['quota', 'invalid', 'no-page', 'not-found', 'storage', 'unknown']);
export type CollectionErrorCode = z.infer<typeof collectionErrorCodeSchema>;

export const saveReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    id: z.string(),
    title: z.string(),
    /** `created`: a new record; `updated`: an existing record matched and was updated. */
    outcome: z.enum(['created', 'updated']),
    /** For `updated`: whether the same URL or the same text matched. */
    matchedBy: z.enum(['url', 'text']).nullable(),
  }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: collectionErrorCodeSchema, message: z.string() }),
  }),
]);
export type SaveReply = z.infer<typeof saveReplySchema>;

/** Broadcast by whoever changed the collection, so open collection pages refresh. */
export const collectionChangedSchema = z.object({
  type: z.literal('collection/changed'),
  ids: z.array(z.string()),
});
export type CollectionChanged = z.infer<typeof collectionChangedSchema>;

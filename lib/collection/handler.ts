/**
 * The background's answer to collection requests, with its dependencies passed in so it
 * runs under test without a browser. The write happens here, in the background, so a
 * popup that closes mid-save still saves; if the service worker itself is stopped, the
 * IndexedDB transaction aborts and nothing is half-written.
 */
import { z } from 'zod';
import { pageFactsSchema, type PageFacts } from '../messages/page';
import { collectionRequestSchema, type SaveReply } from '../messages/collection';
import type { CollectionDB } from './db';
import { recordFromFacts } from './build';
import { putRecord } from './store';
import { CollectionError } from './errors';
import { normaliseTags } from './tags';

export interface HandlerDeps {
  db: () => Promise<CollectionDB>;
  /** Asks a tab's content script for `page/get-facts`; rejects when nobody answers. */
  getFacts: (tabId: number) => Promise<unknown>;
  /** Tells open collection pages which records changed. */
  changed?: (ids: string[]) => void;
  now?: () => Date;
}

const NO_PAGE =
  'Dispatch Lens cannot read this page, so nothing was saved. Browser pages and the extension store cannot be read; a page that was open before the extension was installed or updated needs a reload.';

/** Is this message for the collection? Other features' messages are left to their handlers. */
export function isCollectionRequest(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && (type === 'collection/save' || type === 'collection/save-tab');
}

async function factsOfTab(deps: HandlerDeps, tabId: number): Promise<PageFacts> {
  let reply: unknown;
  try {
    reply = await deps.getFacts(tabId);
  } catch {
    throw new CollectionError('no-page', NO_PAGE);
  }
  if (reply === undefined || reply === null) throw new CollectionError('no-page', NO_PAGE);
  const parsed = pageFactsSchema.safeParse(reply);
  if (!parsed.success) {
    throw new CollectionError('invalid', `The page's answer was malformed, so nothing was saved.\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export async function handleCollectionRequest(message: unknown, deps: HandlerDeps): Promise<SaveReply> {
  try {
    const parsed = collectionRequestSchema.safeParse(message);
    if (!parsed.success) throw new CollectionError('invalid', `Malformed request, nothing was saved.\n${z.prettifyError(parsed.error)}`);
    const request = parsed.data;
    const facts = request.type === 'collection/save' ? request.facts : await factsOfTab(deps, request.tabId);
    const now = deps.now?.() ?? new Date();
    const record = recordFromFacts(facts, { note: request.note, tags: normaliseTags(request.tags ?? []) }, now);
    const result = await putRecord(await deps.db(), record, now);
    deps.changed?.([result.record.id]);
    return { ok: true, id: result.record.id, title: result.record.title, outcome: result.outcome, matchedBy: result.matchedBy };
  } catch (error) {
    const e = error instanceof CollectionError ? error : new CollectionError('unknown', String((error as Error)?.message ?? error));
    return { ok: false, error: { code: e.code, message: e.message } };
  }
}

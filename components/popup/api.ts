/**
 * Everything the popup asks of the browser, behind one interface: the component tests
 * pass a fake, the popup entry passes `browserPopupApi()`. Every reply is parsed with its
 * schema here, so components only ever see valid data or an Error.
 */
import { browser } from 'wxt/browser';
import { pageFactsSchema, type PageFacts, type PageRequest } from '../../lib/messages/page';
import { relatedReplySchema, type RelatedReply, type XrefRequest } from '../../lib/messages/xref';
import type { RelatedResult } from '../../lib/related/result';
import { findTab, type ActiveTab, type EarlyAnswers } from './early';

export type { ActiveTab } from './early';

export interface PopupApi {
  activeTab(): Promise<ActiveTab | null>;
  /** Throws when no content script answers (page open since before install, or not allowed). */
  facts(tabId: number): Promise<PageFacts>;
  annotate(tabId: number): Promise<PageFacts>;
  reveal(tabId: number, start: number, end: number): Promise<void>;
  related(facts: PageFacts): Promise<RelatedReply>;
  openRelated(result: RelatedResult): Promise<void>;
  openArchive(): Promise<void>;
  reload(tabId: number): Promise<void>;
}

export const READER_PAGE = '/reader.html';

export function readerUrl(id: string, origin: string): string {
  return `${READER_PAGE}?${new URLSearchParams({ id, origin })}`;
}

/** `early`: answers already asked for while the popup loaded (see early.ts); used once. */
export function browserPopupApi(search = globalThis.location?.search ?? '', early?: EarlyAnswers): PopupApi {
  let pending = early;
  const send = (tabId: number, request: PageRequest) => browser.tabs.sendMessage(tabId, request);
  const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);
  const parseFacts = (raw: unknown) => {
    const parsed = pageFactsSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`unexpected reply from the page: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  };
  return {
    async activeTab() {
      return pending ? pending.tab : findTab(search);
    },
    async facts(tabId) {
      const asked = pending;
      pending = undefined;
      if (asked && (await asked.tab)?.id === tabId) return parseFacts(await asked.facts);
      return parseFacts(await send(tabId, { type: 'page/get-facts' }));
    },
    async annotate(tabId) {
      const reply = await send(tabId, { type: 'page/annotate' });
      // The annotate reply may carry the new facts; if not, ask for them.
      return pageFactsSchema.safeParse(reply).success ? parseFacts(reply) : parseFacts(await send(tabId, { type: 'page/get-facts' }));
    },
    async reveal(tabId, start, end) {
      await send(tabId, { type: 'page/reveal', start, end });
    },
    async related(facts) {
      const request: XrefRequest = {
        type: 'xref/related',
        page: { id: null, url: facts.url, places: facts.extraction.places, headcounts: facts.extraction.headcounts },
      };
      const parsed = relatedReplySchema.safeParse(await browser.runtime.sendMessage(request));
      return parsed.success ? parsed.data : { ok: false, error: 'no valid reply from the extension' };
    },
    async openRelated(result) {
      // Saved pages reopen at their address; archive reports (and saved text without one) in the reader.
      const target = result.origin === 'collection' && result.url ? result.url : url(readerUrl(result.id, result.origin));
      await browser.tabs.create({ url: target });
    },
    async openArchive() {
      await browser.tabs.create({ url: url(READER_PAGE) });
    },
    async reload(tabId) {
      await browser.tabs.reload(tabId);
    },
  };
}

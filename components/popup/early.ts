/**
 * The popup's first questions to the browser (which tab, what does its page report),
 * asked before the UI's modules load: loading and evaluating them (zod, Preact) is most
 * of the popup's start-up, and the answers arrive meanwhile. No zod here, on purpose:
 * the replies are parsed later by the popup API, like every other reply.
 */
import { browser } from 'wxt/browser';
import type { PageRequest } from '../../lib/messages/page';
import { pageSupport } from './page-support';

export interface ActiveTab {
  id: number;
  url: string | undefined;
}

export interface EarlyAnswers {
  tab: Promise<ActiveTab | null>;
  /** The raw `page/get-facts` reply, or undefined where the extension cannot run. */
  facts: Promise<unknown>;
}

export async function findTab(search: string): Promise<ActiveTab | null> {
  // `?tabId=` lets a test or the bench open the popup page for a given tab.
  const forced = new URLSearchParams(search).get('tabId');
  const tab = forced ? await browser.tabs.get(Number(forced)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export function askEarly(search: string): EarlyAnswers {
  const tab = findTab(search).catch(() => null);
  const facts = tab.then((t) =>
    t && pageSupport(t.url) === 'ok' ? browser.tabs.sendMessage(t.id, { type: 'page/get-facts' } satisfies PageRequest) : undefined,
  );
  facts.catch(() => undefined); // a rejection is read (and shown) by the popup, not reported as unhandled
  return { tab, facts };
}

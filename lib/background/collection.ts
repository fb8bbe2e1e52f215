/**
 * The collection in the background: answers save requests (popup, collection page),
 * and saves the current tab from the context menu "Save to Dispatch Lens" and from the
 * `save-page` keyboard command. Listeners are registered synchronously at start-up, as
 * MV3 requires for events that wake the service worker.
 */
import { browser } from 'wxt/browser';
import { collectionDb } from '../collection/db';
import { handleCollectionRequest, isCollectionRequest, type HandlerDeps } from '../collection/handler';
import type { CollectionChanged, SaveReply } from '../messages/collection';
import type { PageRequest } from '../messages/page';

export const SAVE_MENU_ID = 'dispatch-lens-save';
export const SAVE_COMMAND = 'save-page';

// WXT types getMessage with the keys known at its last `prepare`; ours are added as we go.
const localized = (key: string) => (browser.i18n.getMessage as (key: string) => string)(key);

const notifyInWorker = new Set<(ids: string[]) => void>();

const deps: HandlerDeps = {
  db: collectionDb,
  getFacts: (tabId) => browser.tabs.sendMessage(tabId, { type: 'page/get-facts' } satisfies PageRequest),
  changed: (ids) => {
    // Messages sent from this worker never reach its own listeners: tell them directly.
    for (const listener of notifyInWorker) listener(ids);
    const changed: CollectionChanged = { type: 'collection/changed', ids };
    // No collection page open is the usual case, not an error.
    browser.runtime.sendMessage(changed).catch(() => undefined);
  },
};

/**
 * The outcome of a menu or shortcut save, where there is no popup to say it: a badge on
 * the tab for a few seconds (the tooltip has the full message), then the badge as it was.
 */
async function showOutcome(tabId: number, reply: SaveReply) {
  const action = browser.action;
  const [text, title] = await Promise.all([action.getBadgeText({ tabId }), action.getTitle({ tabId })]);
  const tooltip = reply.ok
    ? localized(reply.outcome === 'created' ? 'coll_saved_new' : reply.matchedBy === 'text' ? 'coll_saved_updated_text' : 'coll_saved_updated_url')
    : reply.error.message;
  await action.setBadgeBackgroundColor({ tabId, color: reply.ok ? '#2e7d32' : '#c62828' });
  await action.setBadgeText({ tabId, text: reply.ok ? '✓' : '!' });
  await action.setTitle({ tabId, title: tooltip });
  setTimeout(() => {
    action.setBadgeText({ tabId, text }).catch(() => undefined);
    action.setTitle({ tabId, title }).catch(() => undefined);
  }, reply.ok ? 4000 : 15000);
}

async function saveTab(tabId: number | undefined) {
  if (tabId === undefined || tabId < 0) return;
  const reply = await handleCollectionRequest({ type: 'collection/save-tab', tabId }, deps);
  await showOutcome(tabId, reply).catch(() => undefined); // the tab may be closed already
}

export interface CollectionOptions {
  /** Called in the background after each save (cross-reference refreshes its index). */
  onChanged?: (ids: string[]) => void;
}

export function registerCollection(options: CollectionOptions = {}): void {
  if (options.onChanged) notifyInWorker.add(options.onChanged);
  const extensionPages = (browser.runtime.getURL as (path: string) => string)('/');
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: localized('coll_menu_save'), contexts: ['page', 'selection'] }, () => {
      // Re-registering after an update reports a duplicate id; the menu exists either way.
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void saveTab(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    void saveTab(tabId);
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isCollectionRequest(message)) return undefined; // another feature's message
    // Saves come from the extension's own pages (popup, collection page), never from a
    // content script, which runs beside untrusted page code.
    if (sender.id !== browser.runtime.id || !(sender.url ?? '').startsWith(extensionPages)) {
      sendResponse({ ok: false, error: { code: 'invalid', message: 'Collection requests are accepted from the extension’s own pages only.' } } satisfies SaveReply);
      return undefined;
    }
    handleCollectionRequest(message, deps).then(sendResponse);
    return true; // answered asynchronously
  });
}

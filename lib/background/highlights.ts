/**
 * The highlight feature in the background: runs the extractor for content scripts
 * (the gazetteer is loaded once here, not in every page), keeps each tab's badge at
 * the number of headcounts painted, and offers the toggles in the context menu of the
 * page and of the toolbar button: annotate this page, highlighting on this site, and
 * highlighting everywhere. Listeners are registered synchronously at start-up.
 */
import { browser } from 'wxt/browser';
import { createExtractor, type Extractor } from '../extract';
import { loadGazetteer, webVillageSource } from '../gazetteer/web';
import { HIGHLIGHT_PREFIX, highlightRequestSchema, type ExtractReply } from '../messages/content';
import type { PageRequest } from '../messages/page';
import { loadSettings, setGlobalEnabled, setSiteEnabled, siteOf, SETTINGS_KEY } from '../settings';

export const MENU = {
  annotate: 'dispatch-lens-hl-annotate',
  site: 'dispatch-lens-hl-site',
  global: 'dispatch-lens-hl-global',
} as const;

const BADGE_COLOR = '#d9822b';

// WXT types getMessage with the keys known at its last `prepare`; ours are added as we go.
const localized = (key: string, subs?: string[]) => (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs);

/** Run once after loading so the first real page does not pay for the JIT's first passes (~10 ms). */
const WARM_UP = '本报讯 连日来，湖北省监利市58个市直单位3301名党员干部下沉容城镇22个村社，协助开展核酸检测。';

let extractor: Promise<Extractor> | null = null;
function getExtractor(): Promise<Extractor> {
  extractor ??= loadGazetteer().then((gazetteer) => {
    const ex = createExtractor({ gazetteer, villages: webVillageSource() });
    ex.extract(WARM_UP);
    return ex;
  });
  // A failed load (asset missing) is retried on the next request rather than cached.
  extractor.catch(() => (extractor = null));
  return extractor;
}

async function extract(text: string): Promise<ExtractReply> {
  try {
    const ex = await getExtractor();
    return { ok: true, extraction: await ex.extractAsync(text) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

async function showCount(tabId: number, headcounts: number): Promise<void> {
  const action = browser.action;
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await action.setBadgeText({ tabId, text: headcounts > 0 ? String(headcounts) : '' });
  await action.setTitle({ tabId, title: headcounts > 0 ? localized('hl_badge_title', [String(headcounts)]) : localized('extName') });
}

/** Menu titles say what a click will do on the current tab's site. */
async function refreshMenus(url: string | undefined): Promise<void> {
  const s = await loadSettings();
  const site = url ? siteOf(url) : '';
  const update = (id: string, props: { title: string; enabled?: boolean }) =>
    browser.contextMenus.update(id, props).catch(() => undefined); // not created yet right after install
  await update(MENU.site, { title: localized(site && s.disabledSites.includes(site) ? 'hl_menu_site_on' : 'hl_menu_site_off'), enabled: !!site });
  await update(MENU.global, { title: localized(s.enabled ? 'hl_menu_global_off' : 'hl_menu_global_on') });
}

async function activeTabUrl(): Promise<string | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
}

export function registerHighlights(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith(HIGHLIGHT_PREFIX)) return undefined; // another feature's
    const parsed = highlightRequestSchema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `invalid ${type}: ${parsed.error.message}` });
      return undefined;
    }
    const req = parsed.data;
    if (req.type === 'hl/extract') {
      extract(req.text).then(sendResponse);
      return true;
    }
    if (req.type === 'hl/warm') {
      getExtractor().catch(() => undefined);
      sendResponse({ ok: true });
      return undefined;
    }
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0) showCount(tabId, req.headcounts).catch(() => undefined);
    sendResponse({ ok: true });
    return undefined;
  });

  browser.runtime.onInstalled.addListener(() => {
    const contexts = ['page', 'action'] as ['page', 'action'];
    const ignoreDuplicate = () => void browser.runtime.lastError;
    browser.contextMenus.create({ id: MENU.annotate, title: localized('hl_menu_annotate'), contexts }, ignoreDuplicate);
    browser.contextMenus.create({ id: MENU.site, title: localized('hl_menu_site_off'), contexts }, ignoreDuplicate);
    browser.contextMenus.create({ id: MENU.global, title: localized('hl_menu_global_off'), contexts }, ignoreDuplicate);
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    const url = tab?.url ?? info.pageUrl;
    if (info.menuItemId === MENU.annotate && tab?.id !== undefined) {
      const req: PageRequest = { type: 'page/annotate' };
      await browser.tabs.sendMessage(tab.id, req, { frameId: 0 }).catch(() => undefined); // e.g. a chrome:// page
    } else if (info.menuItemId === MENU.site && url) {
      // Toggles the site's own switch; the global switch is separate.
      const off = (await loadSettings()).disabledSites.includes(siteOf(url));
      await setSiteEnabled(url, off);
    } else if (info.menuItemId === MENU.global) {
      await setGlobalEnabled(!(await loadSettings()).enabled);
    }
  });

  browser.tabs.onActivated.addListener(() => void activeTabUrl().then(refreshMenus));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new page in the tab: its count is unknown until its content script reports.
    if (change.status === 'loading' && change.url) browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    if (change.url && tab.active) void refreshMenus(change.url);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void activeTabUrl().then(refreshMenus);
  });
}

/**
 * The context menu of the page and of the toolbar button: created at install, and each
 * item does what it says (annotate the tab, highlighting off/on for the site, everywhere).
 * Chromium's native menu cannot be clicked from a test, so the browser API is a stub
 * that records the listeners and is driven directly.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Fn = (...args: any[]) => unknown;
const on = () => {
  const listeners: Fn[] = [];
  return { listeners, addListener: (l: Fn) => listeners.push(l) };
};
const store = new Map<string, unknown>();
const api = {
  runtime: { id: 'dl', onMessage: on(), onInstalled: on(), lastError: undefined, getURL: (p: string) => `chrome-extension://dl${p}` },
  contextMenus: { created: [] as Array<{ id: string; title: string }>, create: vi.fn(), update: vi.fn(async () => undefined), onClicked: on() },
  tabs: { sendMessage: vi.fn(async () => undefined), query: vi.fn(async () => [{ url: 'https://news.example.cn/a.html' }]), onActivated: on(), onUpdated: on() },
  action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) },
  i18n: { getMessage: (key: string) => key },
  storage: {
    onChanged: on(),
    local: {
      get: async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {}),
      set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => store.set(k, v)),
    },
  },
};
api.contextMenus.create.mockImplementation((props: { id: string; title: string }, done?: () => void) => {
  api.contextMenus.created.push(props);
  done?.();
});
vi.mock('wxt/browser', () => ({ browser: api }));

const { registerHighlights, MENU } = await import('./highlights');
const { loadSettings, SETTINGS_KEY } = await import('../settings');
registerHighlights();

const click = (menuItemId: string, tab = { id: 7, url: 'https://news.example.cn/a.html' }) =>
  Promise.all(api.contextMenus.onClicked.listeners.map((l) => l({ menuItemId, pageUrl: tab.url }, tab)));

describe('highlight context menu', () => {
  beforeEach(() => {
    store.delete(SETTINGS_KEY);
    api.tabs.sendMessage.mockClear();
  });

  it('creates its three items on install', () => {
    for (const l of api.runtime.onInstalled.listeners) l({ reason: 'install' });
    expect(api.contextMenus.created.map((m) => m.id)).toEqual([MENU.annotate, MENU.site, MENU.global]);
  });

  it('annotate sends page/annotate to the tab’s top frame', async () => {
    await click(MENU.annotate);
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page/annotate' }, { frameId: 0 });
  });

  it('the site item turns the site off, and on again', async () => {
    await click(MENU.site);
    expect((await loadSettings()).disabledSites).toEqual(['news.example.cn']);
    await click(MENU.site);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('the global item switches highlighting everywhere', async () => {
    expect((await loadSettings()).enabled).toBe(true);
    await click(MENU.global);
    expect((await loadSettings()).enabled).toBe(false);
    await click(MENU.global);
    expect((await loadSettings()).enabled).toBe(true);
  });
});

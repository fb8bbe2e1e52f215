/**
 * The part of the content script injected into EVERY http(s) page. It must cost next
 * to nothing there: a cheap first test (prefilter.ts) and a message listener. Only when
 * the page may be a report, or a message asks about it, does it load the engine
 * (article reading, zod, Preact, painting) from the extension with a dynamic import.
 * Keep imports here to the bare minimum: every byte is paid on every page.
 */
import { browser } from 'wxt/browser';
import type { HighlightRequest } from '../messages/content';
import { looksLikeReport, mayBeChinese, pageMayBeReport } from './prefilter';

/** Built from entrypoints/highlight-engine.ts; listed in web_accessible_resources. */
export const ENGINE_FILE = '/highlight-engine.js';
const ENGINE_GLOBAL = '__dispatchLensEngine';
const LATE_CONTENT_MS = 500;
const MAX_CHECK_CHARS = 50_000;

interface EngineApi {
  start(): Promise<void>;
  handle(message: unknown): Promise<unknown>;
}
type EngineFactory = (signal: AbortSignal) => EngineApi;

export function boot(signal: AbortSignal): void {
  const t0 = performance.now();
  let engine: Promise<EngineApi> | null = null;
  const load = () =>
    (engine ??= warm() && import(/* @vite-ignore */ (browser.runtime.getURL as (path: string) => string)(ENGINE_FILE)).then(() => {
      const factory = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as EngineFactory | undefined;
      if (!factory) throw new Error('engine did not register');
      return factory(signal);
    }));

  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith('page/')) return undefined;
    load()
      .then((e) => e.handle(message))
      .then(sendResponse, (err: unknown) => sendResponse({ error: String(err) }));
    return true; // the reply is asynchronous
  });

  if (pageMayBeReport(document)) void load().then((e) => e.start());
  else if (mayBeChinese(document)) watchForLateReport(signal, () => void load().then((e) => e.start()));
  // Our synchronous cost on this page, on its performance timeline (see bench/).
  performance.measure('dispatch-lens:boot', { start: t0 });
}

/** Asks the background to ready the extractor while the engine loads (type-only import: no zod here). */
function warm(): true {
  const msg: HighlightRequest = { type: 'hl/warm' };
  browser.runtime.sendMessage(msg).catch(() => undefined);
  return true;
}

/**
 * A Chinese page that is not (yet) a report: the article may arrive later (SPA, late
 * body). Look at added text only, in a debounced batch; stop once the engine takes over.
 */
function watchForLateReport(signal: AbortSignal, found: () => void): void {
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) added.push(n);
    if (!timer && added.length) timer = setTimeout(check, LATE_CONTENT_MS);
  });
  const check = () => {
    timer = undefined;
    // Bounded: a page that keeps re-adding big subtrees must not make every check expensive.
    let text = '';
    for (const n of added) {
      if (n.isConnected) text += `${n.textContent ?? ''}\n`;
      if (text.length > MAX_CHECK_CHARS) break;
    }
    added = [];
    if (looksLikeReport(text)) {
      mo.disconnect();
      found();
    }
  };
  mo.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    mo.disconnect();
    clearTimeout(timer);
  });
}

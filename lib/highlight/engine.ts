/**
 * The engine: everything the content script needs on a page that may be a report
 * (article reading, zod-checked messages, painting, the card). Loaded lazily by the
 * small always-injected script (see boot.ts), which talks to it through `EngineApi`.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { HighlightController } from './controller';
import { requestExtraction } from './extraction-client';
import { loadSettings, watchSettings } from '../settings';
import type { HighlightRequest, PlaceCountsRequest } from '../messages/content';

export interface EngineApi {
  /** Scans the page and paints it if it is a report (the first test passed). */
  start(): Promise<void>;
  /** Answers a `page/…` message. */
  handle(message: unknown): Promise<unknown>;
}

/** Where the engine module leaves its API for the boot script (they share the isolated world). */
export const ENGINE_GLOBAL = '__dispatchLensEngine';

export function createEngine(outer: AbortSignal): EngineApi {
  // Pages' CSP and ours forbid eval: without this zod would try it (and fail) on first use.
  z.config({ jitless: true });
  // Stops everything when the boot script says so, or when the extension was reloaded
  // or updated under this page (its APIs are gone; a fresh copy of us takes over).
  const lifetime = new AbortController();
  outer.addEventListener('abort', () => lifetime.abort(), { once: true });
  const signal = lifetime.signal;
  const alive = () => {
    if (browser.runtime?.id) return;
    lifetime.abort();
    throw new Error('extension reloaded');
  };
  const controller = new HighlightController(
    {
      extract: (text) => {
        alive();
        return requestExtraction(text);
      },
      placeCounts: (codes) => browser.runtime.sendMessage({ type: 'xref/place-counts', codes } satisfies PlaceCountsRequest),
      reportFound: (headcounts, annotated) => {
        const msg: HighlightRequest = { type: 'hl/found', headcounts, annotated };
        browser.runtime.sendMessage(msg).catch(() => {}); // the badge is best-effort
      },
      loadSettings: () => loadSettings(),
      watchSettings,
    },
    signal,
  );
  let started: Promise<void> | null = null;
  return {
    start: () => (started ??= controller.start()),
    handle: async (message) => {
      await (started ??= controller.start());
      return controller.handle(message);
    },
  };
}

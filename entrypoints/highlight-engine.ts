import { createEngine, ENGINE_GLOBAL } from '../lib/highlight/engine';

/**
 * The highlight engine, loaded by the content script with a dynamic import on pages
 * that may be reports (it runs in the content script's isolated world). It only
 * registers its factory; the content script decides when to start it.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = createEngine;
});

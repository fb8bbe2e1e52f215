import { boot } from '../lib/highlight/boot';

/**
 * The content script injected into every http(s) page (top frame only; same-origin
 * frames are read from the top: one article, one set of facts per tab). Declared in
 * wxt.config.ts `content_scripts` instead of as a WXT content-script entrypoint: WXT's
 * content-script context (events to stop older copies, an async wrapper) measured
 * about 1.5 ms on every page, most of the 2 ms budget (bench/highlights.bench.ts).
 * The engine stops itself when the extension is reloaded (see engine.ts).
 */
export default defineUnlistedScript(() => {
  boot(new AbortController().signal);
});

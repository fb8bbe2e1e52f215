import { boot } from '../../lib/highlight/boot';

/**
 * Injected into every http(s) page, top frame only: same-origin frames are read from
 * the top (one article, one set of facts per tab). Deliberately tiny; see boot.ts.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    boot(ctx.signal);
  },
});

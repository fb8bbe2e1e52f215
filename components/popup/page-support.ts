/**
 * Where the extension cannot run: browser pages, extension galleries (browsers block
 * content scripts there on purpose) and local files unless the user allowed them.
 */
export type PageSupport = 'ok' | 'browser-page' | 'web-store' | 'local-file';

const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

export function pageSupport(url: string | undefined): PageSupport {
  if (!url) return 'browser-page';
  if (STORES.some((re) => re.test(url))) return 'web-store';
  if (url.startsWith('file:')) return 'local-file';
  if (/^https?:\/\//.test(url)) return 'ok';
  return 'browser-page';
}

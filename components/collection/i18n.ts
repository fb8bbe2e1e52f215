/**
 * `t('coll_…')`: the collection's UI strings from `_locales`. Outside the extension
 * (unit tests in Node or happy-dom) there is no `i18n` API, and the key itself is shown,
 * which keeps tests independent of wording.
 */
import { browser } from 'wxt/browser';

// WXT types getMessage with the keys known at its last `prepare`; ours are added as we go.
type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function t(key: string, substitutions?: string | string[]): string {
  const getMessage = (browser as typeof browser | undefined)?.i18n?.getMessage as GetMessage | undefined;
  return getMessage?.(key, substitutions) || key;
}

/**
 * `t('hl_…')`: the highlight feature's UI strings from `_locales`, in the browser's
 * language. Outside the extension (unit tests in Node or happy-dom) there is no `i18n`
 * API and the key itself is returned, which keeps tests independent of wording.
 */
import { browser } from 'wxt/browser';

export type Translate = (key: string, substitutions?: string | string[]) => string;

// WXT types getMessage with the keys known at its last `prepare`; ours are added as we go.
type GetMessage = (key: string, substitutions?: string | string[]) => string;

export const t: Translate = (key, substitutions) => {
  const getMessage = (browser as typeof browser | undefined)?.i18n?.getMessage as GetMessage | undefined;
  return getMessage?.(key, substitutions) || key;
};

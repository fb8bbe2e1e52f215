/**
 * `popup_…`/`reader_…` strings from `_locales`, through a context so tests can render
 * with real English or Chinese messages (`translatorFrom`) instead of a browser.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';

export type Translate = (key: string, substitutions?: string | string[]) => string;

// WXT types getMessage with the keys known at its last `prepare`; ours are added as we go.
type GetMessage = (key: string, substitutions?: string | string[]) => string;

export const browserTranslate: Translate = (key, substitutions) => {
  const getMessage = (browser as typeof browser | undefined)?.i18n?.getMessage as GetMessage | undefined;
  return getMessage?.(key, substitutions) || key;
};

/** A translator over a messages.json object, with `$1`-style substitutions as the browser does them. */
export function translatorFrom(messages: Record<string, { message: string }>): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

export const I18n = createContext<Translate>(browserTranslate);

export function useT(): Translate {
  return useContext(I18n);
}

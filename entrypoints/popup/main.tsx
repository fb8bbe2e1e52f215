/**
 * Popup start-up: ask the tab for its facts first, paint the popup's frame with plain
 * DOM, then load the UI (zod, Preact and the components are most of the start-up time)
 * while the answer travels. The frame is what the Preact loading state renders, so the
 * hand-over is invisible.
 */
import { browser } from 'wxt/browser';
import { askEarly } from '../../components/popup/early';
import '../../components/popup/ui.css';
import './style.css';

const early = askEarly(location.search);
// WXT types getMessage with the keys known at its last `prepare`.
const message = browser.i18n.getMessage as (key: string) => string;
// The UI language decides `lang` (screen readers, CJK font choice); Chinese text inside is marked lang="zh".
// '@@ui_locale' is the locale the messages come from, read without getUILanguage's slower call.
document.documentElement.lang = message('@@ui_locale').replace('_', '-');

const root = document.getElementById('app')!;
const frame = (tag: string, className: string, text?: string) => {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};
const main = frame('main', 'dl-popup');
main.setAttribute('aria-busy', 'true');
const header = frame('header', 'dl-header');
header.append(frame('h1', 'dl-header__name', message('popup_title')));
const status = frame('p', 'dl-muted', message('popup_loading'));
status.setAttribute('role', 'status');
main.append(header, status);
root.append(main);

import('./app').then(({ mount }) => {
  // The bench compares this with first content: module loading vs. the popup's own work.
  performance.mark('dl-popup-script');
  root.textContent = '';
  mount(root, early);
});

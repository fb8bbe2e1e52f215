/**
 * Popup start-up: ask the tab for its facts first, then load the UI (zod, Preact and the
 * components are most of the start-up time) while the answer travels.
 */
import { browser } from 'wxt/browser';
import { askEarly } from '../../components/popup/early';
import '../../components/popup/ui.css';
import './style.css';

const early = askEarly(location.search);
// The UI language decides `lang` (screen readers, CJK font choice); Chinese text inside is marked lang="zh".
document.documentElement.lang = browser.i18n.getUILanguage();

import('./app').then(({ mount }) => {
  // The bench compares this with first content: module loading vs. the popup's own work.
  performance.mark('dl-popup-script');
  mount(document.getElementById('app')!, early);
});

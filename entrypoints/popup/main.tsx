import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { browserPopupApi } from '../../components/popup/api';
import { SavePanel } from '../../components/SavePanel';
import '../../components/popup/ui.css';
import './style.css';

// The UI language decides `lang` (screen readers, CJK font choice); Chinese text inside is marked lang="zh".
document.documentElement.lang = browser.i18n.getUILanguage();
render(<Popup api={browserPopupApi()} SavePanel={SavePanel} />, document.getElementById('app')!);

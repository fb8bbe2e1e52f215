import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { browserReaderApi } from '../../components/reader/api';
import '../../components/popup/ui.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<ReaderApp api={browserReaderApi()} search={location.search} />, document.getElementById('app')!);

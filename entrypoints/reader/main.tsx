import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { browserReaderApi } from '../../components/reader/api';
import '../../components/popup/ui.css';
import './style.css';

document.documentElement.lang = (browser.i18n.getMessage as (key: string) => string)('@@ui_locale').replace('_', '-');
render(<ReaderApp api={browserReaderApi()} search={location.search} />, document.getElementById('app')!);

import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { browserPopupApi } from '../../components/popup/api';
import type { EarlyAnswers } from '../../components/popup/early';
import { SavePanel } from '../../components/SavePanel';

export function mount(root: HTMLElement, early: EarlyAnswers): void {
  render(<Popup api={browserPopupApi(location.search, early)} SavePanel={SavePanel} />, root);
}

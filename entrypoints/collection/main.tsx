import { render } from 'preact';
import { CollectionApp } from '../../components/collection/CollectionApp';
import { t } from '../../components/collection/i18n';

document.title = t('coll_page_title');
document.documentElement.lang = navigator.language;
render(<CollectionApp />, document.getElementById('app')!);

/** The reader page: the archive index, or one report, by the address. */
import { useEffect, useState } from 'preact/hooks';
import type { GetReportReply } from '../../lib/messages/xref';
import type { RelatedResult } from '../../lib/related/result';
import { I18n, browserTranslate, useT, type Translate } from '../popup/i18n';
import { ArchiveIndex } from './ArchiveIndex';
import { ReportView } from './ReportView';
import { parseRoute, readerHref } from './route';
import type { ReaderApi } from './api';

export interface ReaderAppProps {
  api: ReaderApi;
  search: string;
  t?: Translate;
  /** Where a related report opens: saved pages at their address, the rest in this reader. */
  navigate?: (href: string, external: boolean) => void;
}

const defaultNavigate = (href: string, external: boolean) => {
  if (external) window.open(href, '_blank', 'noopener');
  else window.location.assign(href);
};

export function ReaderApp({ api, search, t = browserTranslate, navigate = defaultNavigate }: ReaderAppProps) {
  return (
    <I18n.Provider value={t}>
      <Route api={api} search={search} navigate={navigate} />
    </I18n.Provider>
  );
}

function Route({ api, search, navigate }: { api: ReaderApi; search: string; navigate: NonNullable<ReaderAppProps['navigate']> }) {
  const t = useT();
  const route = parseRoute(search);
  const [reply, setReply] = useState<GetReportReply | null>(null);
  useEffect(() => {
    if (route.kind === 'report') api.get(route.id, route.origin).then(setReply);
  }, [search]);
  useEffect(() => {
    document.title = `${reply?.ok ? `${reply.report.title} – ` : ''}${t('reader_page_title')}`;
  }, [reply]);

  if (route.kind === 'index') return <ArchiveIndex api={api} />;
  if (!reply) return <p class="dl-muted dl-reader" role="status">{t('popup_loading')}</p>;
  if (!reply.ok)
    return (
      <div class="dl-reader" role="alert">
        <p class="dl-error">{reply.error}</p>
        <a href="?">{t('reader_archive')}</a>
      </div>
    );
  const open = (r: RelatedResult) =>
    r.origin === 'collection' && r.url ? navigate(r.url, true) : navigate(readerHref(r.id, r.origin), false);
  return <ReportView report={reply.report} origin={reply.origin} api={api} onOpenRelated={open} />;
}

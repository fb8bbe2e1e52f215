/**
 * The archive's front page: its reports (bundled and imported) and the pack import. A
 * refused pack shows why and the list stays as it was.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ListArchiveReply, ImportReply } from '../../lib/messages/xref';
import { useT } from '../popup/i18n';
import type { ReaderApi } from './api';
import { readerHref } from './route';

export function ArchiveIndex({ api }: { api: ReaderApi }) {
  const t = useT();
  const [list, setList] = useState<ListArchiveReply | null>(null);
  const [outcome, setOutcome] = useState<ImportReply | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = () => api.list().then(setList);
  useEffect(() => {
    refresh();
  }, [api]);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const reply = await api.importPack(await file.text());
      setOutcome(reply);
      if (reply.ok) await refresh();
    } finally {
      setBusy(false);
      input.value = ''; // choosing the same file again must trigger another import
    }
  };

  return (
    <div class="dl-reader dl-reader--index">
      <header class="dl-reader__header">
        <h1>{t('reader_archive_title')}</h1>
        <p class="dl-muted">{t('reader_archive_intro')}</p>
      </header>
      <section class="dl-import" aria-labelledby="dl-import-h">
        <h2 id="dl-import-h" class="dl-section-title">{t('reader_import_heading')}</h2>
        <label class="dl-button">
          {t('reader_import_choose')}
          <input type="file" accept=".json,application/json" class="dl-sr-only" disabled={busy} onChange={onFile} data-testid="import-input" />
        </label>
        {busy && <span class="dl-muted" role="status">{t('reader_importing')}</span>}
        {outcome &&
          (outcome.ok ? (
            <p class="dl-ok" role="status" data-testid="import-outcome">
              {t('reader_import_done', [String(outcome.added), String(outcome.replaced), String(outcome.skipped)])}
            </p>
          ) : (
            <p class="dl-error" role="alert" data-testid="import-outcome">
              {outcome.error}
            </p>
          ))}
      </section>
      <section aria-labelledby="dl-list-h">
        <h2 id="dl-list-h" class="dl-section-title">{t('reader_reports_heading')}</h2>
        {!list && <p class="dl-muted" role="status">{t('popup_loading')}</p>}
        {list && !list.ok && <p class="dl-error" role="alert">{list.error}</p>}
        {list?.ok && list.problems.map((p) => <p class="dl-error" key={p}>{p}</p>)}
        {list?.ok && (
          <table class="dl-table" data-testid="archive-list">
            <thead>
              <tr>
                <th scope="col">{t('reader_col_title')}</th>
                <th scope="col">{t('reader_col_places')}</th>
                <th scope="col">{t('reader_col_date')}</th>
                <th scope="col" class="dl-num">{t('popup_headcounts_heading')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={`${item.origin}:${item.id}`} data-id={item.id}>
                  <td>
                    <a href={readerHref(item.id, item.origin)} lang="zh">
                      {item.title}
                    </a>
                    <div class="dl-muted dl-small">
                      <span class={`dl-badge dl-badge--${item.origin}`}>{t(`popup_origin_${item.origin}`)}</span> {item.id}
                      {item.source && <span lang="zh"> · {item.source}</span>}
                    </div>
                  </td>
                  <td lang="zh">{item.places.join('、') || '–'}</td>
                  <td>{item.published ?? '–'}</td>
                  <td class="dl-num">{item.headcounts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

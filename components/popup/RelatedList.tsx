/**
 * Related reports, best first, each saying why: which places relate how, which figures
 * agree or disagree, and excerpts with the shared place or figure marked. Opening one
 * is a button (keyboard reachable); the caller decides where it opens.
 */
import type { RelatedReply } from '../../lib/messages/xref';
import type { FigureReason, PlaceReason, RelatedResult } from '../../lib/related/result';
import { Snippet } from './Snippet';
import { useT, type Translate } from './i18n';

export type RelatedState = { kind: 'loading' } | { kind: 'done'; reply: RelatedReply };

export function RelatedList({ state, onOpen }: { state: RelatedState; onOpen: (r: RelatedResult) => void }) {
  const t = useT();
  if (state.kind === 'loading') return <p class="dl-muted" role="status">{t('popup_related_loading')}</p>;
  const reply = state.reply;
  if (!reply.ok) return <p class="dl-error" role="alert">{t('popup_related_error', reply.error)}</p>;
  if (reply.results.length === 0)
    return (
      <p class="dl-empty" data-testid="related-none">
        {t('popup_related_none', [String(reply.searched.archive), String(reply.searched.collection)])}
      </p>
    );
  return (
    <ol class="dl-related" data-testid="related-list">
      {reply.results.map((r) => (
        <li key={`${r.origin}:${r.id}`} class="dl-related__item" data-id={r.id}>
          <button type="button" class="dl-related__title" lang="zh" onClick={() => onOpen(r)}>
            {r.title}
          </button>
          <div class="dl-related__meta">
            <span class={`dl-badge dl-badge--${r.origin}`}>{t(`popup_origin_${r.origin}`)}</span>
            {r.source && <span lang="zh">{r.source}</span>}
            {r.published && <span>{r.published}</span>}
            {r.reprint && <span class="dl-badge dl-badge--reprint">{t('popup_reprint')}</span>}
          </div>
          <ul class="dl-related__why">
            {r.places.slice(0, 3).map((p, i) => (
              <li key={`p${i}`} lang="zh">
                {placeReason(t, p)}
              </li>
            ))}
            {r.figures.slice(0, 3).map((f, i) => (
              <li key={`f${i}`} class={`dl-why--${f.status}`} lang="zh">
                {figureReason(t, f)}
              </li>
            ))}
          </ul>
          {r.snippets.map((s, i) => (
            <Snippet key={i} snippet={s} />
          ))}
        </li>
      ))}
    </ol>
  );
}

export function placeReason(t: Translate, p: PlaceReason): string {
  switch (p.relation) {
    case 'same':
      return t('popup_rel_same', p.other);
    case 'inside':
      return t('popup_rel_inside', [p.other, p.page]);
    case 'contains':
      return t('popup_rel_contains', [p.other, p.page]);
    case 'same-area':
      return t('popup_rel_same_area', [p.other, p.via, p.page]);
  }
}

export function figureReason(t: Translate, f: FigureReason): string {
  const what = [f.page.role, f.page.place].filter(Boolean).join(' @ ');
  const value = (s: FigureReason['page']) => `${s.value.toLocaleString('en-US')}${s.approx ? '+' : ''}`;
  if (f.status === 'conflict') return t('popup_fig_conflict', [what, value(f.page), value(f.other)]);
  if (f.status === 'corroborated') return t('popup_fig_corroborated', [f.page.text.replace(/\s+/g, ''), what]);
  return t('popup_fig_shared', f.page.text.replace(/\s+/g, ''));
}

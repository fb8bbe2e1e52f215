/**
 * One archive (or saved) report in the reader: its text with the same highlights and
 * cards as on the web, the summary and place tree of the popup, and related reports.
 * The text is rendered as Preact text and <mark> elements, never as HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Report } from '../../lib/schema/report';
import type { ReportOrigin } from '../../lib/archive/schema';
import type { RelatedResult } from '../../lib/related/result';
import type { Headcount, PlaceMention } from '../../lib/schema/extraction';
import { MentionCard, mentionCardCss } from '../MentionCard';
import { HeadcountTable } from '../popup/HeadcountTable';
import { PlaceTree } from '../popup/PlaceTree';
import { RelatedList, type RelatedState } from '../popup/RelatedList';
import { crossChecks } from '../popup/summarize';
import { useT } from '../popup/i18n';
import { mentionsOf, segments } from './segments';
import type { ReaderApi } from './api';

export interface ReportViewProps {
  report: Report;
  origin: ReportOrigin;
  api: ReaderApi;
  onOpenRelated: (r: RelatedResult) => void;
}

export function ReportView({ report, origin, api, onOpenRelated }: ReportViewProps) {
  const t = useT();
  const ex = report.extraction;
  const mentions = useMemo(() => mentionsOf(ex.headcounts, ex.places), [report]);
  const parts = useMemo(() => segments(report.text, mentions), [report, mentions]);
  const [selected, setSelected] = useState<number | null>(null);
  const [counts, setCounts] = useState<Record<string, { archive: number; collection: number }>>({});
  const [related, setRelated] = useState<RelatedState>({ kind: 'loading' });
  const textRef = useRef<HTMLElement>(null);

  useEffect(() => {
    setRelated({ kind: 'loading' });
    api.related(report).then((reply) => setRelated({ kind: 'done', reply }));
    const codes = [...new Set(ex.places.flatMap((p) => (p.code ? [p.code] : [])))];
    if (codes.length) api.placeCounts(codes).then((reply) => reply && setCounts(reply.counts));
  }, [report]);

  const checks = useMemo(() => crossChecks(related.kind === 'done' && related.reply.ok ? related.reply.results : []), [related]);

  /** Selects the mark of a mention and brings it into view (the reader's "reveal"). */
  const reveal = (m: Headcount | PlaceMention) => {
    const index = mentions.findIndex((x) => x.start <= m.start && x.end >= m.end);
    if (index < 0) return;
    setSelected(index);
    const el = textRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    el?.focus({ preventScroll: true });
  };

  const current = selected === null ? null : mentions[selected];
  return (
    <div class="dl-reader">
      <style>{mentionCardCss}</style>
      <header class="dl-reader__header">
        <p class="dl-reader__crumbs">
          <a href="?">{t('reader_archive')}</a>
        </p>
        <h1 lang="zh">{report.title}</h1>
        <p class="dl-reader__meta">
          <span class={`dl-badge dl-badge--${origin}`}>{t(`popup_origin_${origin}`)}</span>
          {report.source && <span lang="zh">{report.source}</span>}
          <span>{report.published ?? t('reader_no_date')}</span>
          <span>{t('reader_counts', [String(ex.headcounts.length), String(ex.places.length)])}</span>
          {report.url && (
            <a href={report.url} rel="noreferrer noopener" target="_blank">
              {t('reader_original')}
            </a>
          )}
        </p>
      </header>
      <div class="dl-reader__body">
        <article class="dl-reader__text" lang="zh" ref={textRef} aria-label={t('reader_text_label')}>
          {parts.map((s, i) =>
            s.mention ? (
              <mark
                key={i}
                class={`dl-m dl-m--${s.mention.kind}${selected === s.index ? ' is-selected' : ''}`}
                data-index={s.index}
                data-kind={s.mention.kind}
                tabIndex={0}
                aria-current={selected === s.index ? 'true' : undefined}
                onClick={() => setSelected(s.index)}
                onFocus={() => setSelected(s.index)}
              >
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
        </article>
        <aside class="dl-reader__side">
          <div class="dl-reader__card" role="status" aria-live="polite" data-testid="reader-card">
            {current ? (
              current.kind === 'headcount' ? (
                <MentionCard mention={{ kind: 'headcount', headcount: current.headcount }} />
              ) : (
                <MentionCard mention={{ kind: 'place', place: current.place }} reportCount={current.place.code ? counts[current.place.code] : undefined} />
              )
            ) : (
              <p class="dl-muted">{t('reader_card_hint')}</p>
            )}
          </div>
          <h2 class="dl-section-title">{t('popup_headcounts_heading')}</h2>
          <HeadcountTable headcounts={ex.headcounts} checks={checks} onReveal={reveal} />
          <h2 class="dl-section-title">{t('popup_places_heading')}</h2>
          <PlaceTree places={ex.places} onReveal={reveal} />
        </aside>
      </div>
      <section class="dl-reader__related" aria-labelledby="dl-reader-related">
        <h2 id="dl-reader-related" class="dl-section-title">
          {t('popup_related_heading')}
        </h2>
        <RelatedList state={related} onOpen={onOpenRelated} />
      </section>
    </div>
  );
}

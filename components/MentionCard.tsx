/**
 * The card shown for one mention: a headcount (value, exact or approximate, role, kind,
 * the place it is about) or a place (full path, code, how many reports mention it).
 * Pure: everything comes from props, so the in-page hover card and the archive reader
 * render the same thing. Page text only ever reaches the DOM as Preact text children.
 */
import type { Headcount, PlaceMention } from '../lib/schema/extraction';
import { t as defaultT, type Translate } from './highlight/i18n';

export type CardMention = { kind: 'headcount'; headcount: Headcount } | { kind: 'place'; place: PlaceMention };

export interface MentionCardProps {
  mention: CardMention;
  /** Reports in the archive and the collection that mention the place; absent = unknown. */
  reportCount?: { archive: number; collection: number };
  /** Translation function; defaults to `browser.i18n` (a seam for tests). */
  t?: Translate;
}

/** Shown where a value is unknown or there was no answer. */
export const MISSING = '–';

const KIND_KEYS = {
  mobilized: 'hl_kind_mobilized',
  population: 'hl_kind_population',
  'person-times': 'hl_kind_person_times',
} as const;

export function MentionCard({ mention, reportCount, t = defaultT }: MentionCardProps) {
  return mention.kind === 'headcount' ? (
    <HeadcountCard headcount={mention.headcount} t={t} />
  ) : (
    <PlaceCard place={mention.place} reportCount={reportCount} t={t} />
  );
}

function HeadcountCard({ headcount: h, t }: { headcount: Headcount; t: Translate }) {
  return (
    <div class="dl-card dl-card--headcount" data-kind="headcount">
      <div class="dl-card__title">{t('hl_card_headcount')}</div>
      <div class="dl-card__quote" lang="zh">{h.text}</div>
      <dl class="dl-card__fields">
        <dt>{t('hl_field_value')}</dt>
        <dd data-field="value">
          {formatNumber(h.value)} <span class="dl-card__tag">{t(h.approx ? 'hl_value_approx' : 'hl_value_exact')}</span>
        </dd>
        <dt>{t('hl_field_role')}</dt>
        <dd data-field="role" lang="zh">{h.role ?? MISSING}</dd>
        <dt>{t('hl_field_kind')}</dt>
        <dd data-field="kind">{t(KIND_KEYS[h.kind])}</dd>
        <dt>{t('hl_field_place')}</dt>
        <dd data-field="place" lang="zh">{h.place ?? MISSING}</dd>
      </dl>
    </div>
  );
}

function PlaceCard({ place: p, reportCount, t }: { place: PlaceMention; reportCount?: MentionCardProps['reportCount']; t: Translate }) {
  return (
    <div class="dl-card dl-card--place" data-kind="place">
      <div class="dl-card__title">{t('hl_card_place')}</div>
      <div class="dl-card__quote" lang="zh">{p.text}</div>
      <dl class="dl-card__fields">
        <dt>{t('hl_field_path')}</dt>
        <dd data-field="path" lang="zh">{(p.path.length > 0 ? p.path : [p.name]).join(' › ')}</dd>
        <dt>{t('hl_field_level')}</dt>
        <dd data-field="level">{t(`hl_level_${p.level}`)}</dd>
        <dt>{t('hl_field_code')}</dt>
        <dd data-field="code">{p.code ?? MISSING}</dd>
        {p.current && (
          <>
            <dt>{t('hl_field_current')}</dt>
            <dd data-field="current" lang="zh">{`${p.current.name} (${p.current.code})`}</dd>
          </>
        )}
        <dt>{t('hl_field_reports')}</dt>
        <dd data-field="reports">
          {reportCount
            ? `${t('hl_reports_archive')} ${reportCount.archive} · ${t('hl_reports_collection')} ${reportCount.collection}`
            : MISSING}
        </dd>
      </dl>
      {p.note && <div class="dl-card__note" lang="zh" data-field="note">{p.note}</div>}
    </div>
  );
}

function formatNumber(n: number): string {
  // Grouping only; the digits stay Western so 3301 reads the same in both UIs.
  return n.toLocaleString('en-US');
}

/** Styles for the card, for whichever document or shadow root renders it. */
export const mentionCardCss = `
.dl-card { font: 13px/1.45 system-ui, "Noto Sans CJK SC", sans-serif; color: #1d232b; background: #fff;
  border: 1px solid #c9d1db; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: 8px 10px;
  max-width: 340px; min-width: 200px; }
.dl-card--headcount { border-top: 3px solid #d9822b; }
.dl-card--place { border-top: 3px solid #2b7bd9; }
.dl-card__title { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #5c6773; }
.dl-card__quote { font-weight: 600; margin: 2px 0 6px; }
.dl-card__fields { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
.dl-card__fields dt { color: #5c6773; }
.dl-card__fields dd { margin: 0; }
.dl-card__tag { font-size: 11px; color: #5c6773; }
.dl-card__note { margin-top: 6px; font-size: 12px; color: #5c6773; }
`;

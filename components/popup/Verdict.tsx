/** The verdict: is this a report on dispatched cadres, how sure, and why. */
import type { Detection } from '../../lib/schema/extraction';
import { useT, type Translate } from './i18n';

type Evidence = NonNullable<Detection['evidence']>;

/** The verdict's reasons in the UI's language, from the counts behind them (the extractor's own are English). */
function localizedReasons(e: Evidence, t: Translate): string[] {
  if (e.cjkShare < 0.3) return [t('popup_reason_not_chinese', String(Math.round(e.cjkShare * 100)))];
  const n = (x: number) => (x >= 50 ? '50+' : String(x));
  return [
    e.epidemicTerms ? t('popup_reason_epidemic', n(e.epidemicTerms)) : t('popup_reason_no_epidemic'),
    e.mobilisationTerms ? t('popup_reason_mobilisation', n(e.mobilisationTerms)) : t('popup_reason_no_mobilisation'),
    e.mobilizedHeadcounts ? t('popup_reason_headcounts', String(e.mobilizedHeadcounts)) : t('popup_reason_no_headcounts'),
    e.namedPlaces ? t('popup_reason_places', String(e.namedPlaces)) : t('popup_reason_no_places'),
  ];
}

export function Verdict({ detection, annotated, counts }: { detection: Detection; annotated: boolean; counts: { headcounts: number; places: number } }) {
  const t = useT();
  const yes = detection.detected;
  const reasons = detection.evidence ? localizedReasons(detection.evidence, t) : detection.reasons;
  return (
    <section class={`dl-verdict ${yes ? 'is-report' : 'is-not-report'}`} aria-labelledby="dl-verdict-title" data-testid="verdict">
      <h2 id="dl-verdict-title" class="dl-verdict__title">
        <span class="dl-verdict__icon" aria-hidden="true">{yes ? '●' : '○'}</span>
        {t(yes ? 'popup_verdict_report' : 'popup_verdict_not_report')}
        <span class="dl-verdict__score">{t('popup_verdict_score', String(Math.round(detection.score * 100)))}</span>
      </h2>
      <p class="dl-verdict__counts">
        {t('popup_verdict_counts', [String(counts.headcounts), String(counts.places)])}
        {!yes && annotated && <> · {t('popup_verdict_annotated')}</>}
      </p>
      {reasons.length > 0 && (
        <ul class="dl-verdict__reasons" aria-label={t('popup_verdict_reasons')}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

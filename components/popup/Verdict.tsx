/** The verdict: is this a report on dispatched cadres, how sure, and why. */
import type { Detection } from '../../lib/schema/extraction';
import { useT } from './i18n';

export function Verdict({ detection, annotated, counts }: { detection: Detection; annotated: boolean; counts: { headcounts: number; places: number } }) {
  const t = useT();
  const yes = detection.detected;
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
      {detection.reasons.length > 0 && (
        <ul class="dl-verdict__reasons" aria-label={t('popup_verdict_reasons')}>
          {detection.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

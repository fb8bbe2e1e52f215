/**
 * Per place, the headcounts the reports give, by role and kind, with date and source;
 * groups where reports disagree are marked. Above it, the chart of mobilised figures.
 */
import { useMemo, useState } from 'preact/hooks';
import { aggregateByPlace, mobilisedTimeline, type ReportFacts } from '../../lib/collection/aggregate';
import { TimelineChart } from './TimelineChart';
import { t } from './i18n';

const PAGE = 100;

export interface AggregateViewProps {
  reports: readonly ReportFacts[];
  /** Records whose details are not loaded yet (the view fills in as they load). */
  pending: number;
  onOpen: (id: string) => void;
}

export function AggregateView({ reports, pending, onOpen }: AggregateViewProps) {
  const places = useMemo(() => aggregateByPlace(reports), [reports]);
  const { points, undated } = useMemo(() => mobilisedTimeline(reports), [reports]);
  const [shown, setShown] = useState(PAGE);
  return (
    <section class="dl-aggregate" data-testid="aggregate-view">
      {pending > 0 && <p class="dl-hint">{t('coll_loading_details', String(pending))}</p>}
      <h2>{t('coll_chart_title')}</h2>
      <TimelineChart points={points} />
      {undated > 0 && <p class="dl-hint">{t('coll_chart_undated', String(undated))}</p>}
      <h2>{t('coll_by_place')}</h2>
      {places.slice(0, shown).map((place) => (
        <div class="dl-place" key={place.placeKey} data-testid="aggregate-place">
          <h3>
            {place.placeKey ? place.placeName : t('coll_place_unstated')}
            {place.placePath.length > 0 && <small> {place.placePath.join(' › ')}</small>}
            {place.conflicts > 0 && <span class="dl-conflict"> ⚠ {t('coll_conflicts', String(place.conflicts))}</span>}
          </h3>
          <table>
            <tbody>
              {place.groups.map((group) => (
                <tr key={`${group.role}|${group.kind}`} class={group.conflict ? 'dl-conflict-row' : ''} data-conflict={group.conflict}>
                  <th scope="row">
                    {group.role ?? '—'} <small>{t(`coll_kind_${group.kind.replace('-', '_')}`)}</small>
                    {group.conflict && <span class="dl-conflict" title={t('coll_conflict_help')}> ⚠</span>}
                  </th>
                  <td>
                    {group.reports.map((r, i) => (
                      <button type="button" class="dl-figure" key={i} onClick={() => onOpen(r.recordId)} title={r.title}>
                        {r.value.toLocaleString('zh-CN')}
                        {r.approx ? '+' : ''} <small>{r.date || t('coll_no_date')} · {r.site}</small>
                      </button>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {places.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('coll_show_more', String(places.length - shown))}
        </button>
      )}
    </section>
  );
}

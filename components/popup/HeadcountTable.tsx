/**
 * Headcounts grouped by the place they are about: value, exact or approximate, role,
 * kind, and what related reports say about the figure. Each mention is a button that
 * scrolls the page to it and flashes it.
 */
import type { Headcount } from '../../lib/schema/extraction';
import { groupByPlace, figureId, type CrossCheck } from './summarize';
import { useT } from './i18n';

const KIND_KEY: Record<Headcount['kind'], string> = {
  mobilized: 'popup_kind_mobilized',
  population: 'popup_kind_population',
  'person-times': 'popup_kind_person_times',
};

export interface HeadcountTableProps {
  headcounts: Headcount[];
  checks: Map<string, CrossCheck[]>;
  onReveal: (h: Headcount) => void;
}

export function HeadcountTable({ headcounts, checks, onReveal }: HeadcountTableProps) {
  const t = useT();
  if (headcounts.length === 0) return <p class="dl-empty">{t('popup_no_headcounts')}</p>;
  return (
    <table class="dl-table" data-testid="headcount-table">
      <caption class="dl-sr-only">{t('popup_headcounts_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('popup_col_mention')}</th>
          <th scope="col" class="dl-num">{t('popup_col_value')}</th>
          <th scope="col">{t('popup_col_role')}</th>
          <th scope="col">{t('popup_col_kind')}</th>
          <th scope="col">{t('popup_col_check')}</th>
        </tr>
      </thead>
      {groupByPlace(headcounts).map((g) => (
        <tbody key={g.place ?? ''}>
          <tr class="dl-table__group">
            <th scope="rowgroup" colSpan={5} lang="zh">
              {g.place ?? t('popup_place_unstated')}
            </th>
          </tr>
          {g.headcounts.map((h) => (
            <tr key={h.start} data-testid="headcount-row">
              <td>
                <button type="button" class="dl-link" lang="zh" onClick={() => onReveal(h)} title={t('popup_reveal_hint')}>
                  {h.text.replace(/\s+/g, '')}
                </button>
              </td>
              <td class="dl-num" data-field="value">
                {h.value.toLocaleString('en-US')}
                <span class={`dl-tag ${h.approx ? 'dl-tag--approx' : ''}`}>{t(h.approx ? 'popup_approx' : 'popup_exact')}</span>
              </td>
              <td lang="zh" data-field="role">{h.role ?? '–'}</td>
              <td data-field="kind">{t(KIND_KEY[h.kind])}</td>
              <td data-field="check">
                <CheckCell checks={checks.get(figureId(h)) ?? []} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function CheckCell({ checks }: { checks: CrossCheck[] }) {
  const t = useT();
  const conflicts = checks.filter((c) => c.status === 'conflict');
  const agree = checks.filter((c) => c.status === 'corroborated');
  if (!conflicts.length && !agree.length) return <span class="dl-muted">–</span>;
  return (
    <span class="dl-checks">
      {conflicts.length > 0 && (
        <span class="dl-check dl-check--conflict" title={conflicts.map((c) => `${c.title}: ${c.otherText}`).join('\n')}>
          {t('popup_check_conflict', [String(conflicts.length), conflicts.map((c) => c.otherValue.toLocaleString('en-US')).join(', ')])}
        </span>
      )}
      {agree.length > 0 && (
        <span class="dl-check dl-check--agree" title={agree.map((c) => c.title).join('\n')}>
          {t('popup_check_corroborated', String(agree.length))}
        </span>
      )}
    </span>
  );
}

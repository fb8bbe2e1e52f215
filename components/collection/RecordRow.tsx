/** One row of the collection list: title, date, site, places, tags, headcount figures. */
import type { RecordSummary } from '../../lib/collection/record';
import { t } from './i18n';

export interface RecordRowProps {
  row: RecordSummary;
  selected: boolean;
  onSelect: (id: string) => void;
}

export function RecordRow({ row, selected, onSelect }: RecordRowProps) {
  return (
    <button
      type="button"
      class={`dl-row${selected ? ' dl-row-selected' : ''}`}
      data-testid="record-row"
      data-id={row.id}
      aria-pressed={selected}
      onClick={() => onSelect(row.id)}
    >
      <span class="dl-row-title">{row.title}</span>
      <span class="dl-row-meta">
        {row.published || t('coll_no_date')} · {row.site}
        {row.headcountCount > 0 && ` · ${t('coll_row_headcounts', String(row.headcountCount))}`}
        {row.maxMobilized > 0 && ` · ${t('coll_row_max', row.maxMobilized.toLocaleString('zh-CN'))}`}
      </span>
      <span class="dl-row-places">
        {row.places.slice(0, 6).join(' ')}
        {row.tags.map((tag) => (
          <span class="dl-tag" key={tag}>
            {tag}
          </span>
        ))}
      </span>
    </button>
  );
}

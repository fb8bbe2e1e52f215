/**
 * Search box, place menus (province → prefecture → county, each narrowing the next),
 * date range, site, tag and sorting.
 */
import type { CollectionFilter, Facets, Sort, SortKey } from '../../lib/collection/query';
import { SORT_KEYS } from '../../lib/collection/query';
import { t } from './i18n';

export interface FiltersProps {
  filter: CollectionFilter;
  sort: Sort;
  facets: Facets;
  onFilter: (filter: CollectionFilter) => void;
  onSort: (sort: Sort) => void;
}

function PlaceSelect(props: { id: string; label: string; options: [string, string, number][]; value: string; onPick: (code: string) => void }) {
  return (
    <label>
      {props.label}
      <select data-testid={props.id} value={props.value} disabled={props.options.length === 0} onChange={(e) => props.onPick(e.currentTarget.value)}>
        <option value="">{t('coll_filter_any')}</option>
        {props.options.map(([code, name, count]) => (
          <option key={code} value={code}>
            {name} ({count})
          </option>
        ))}
      </select>
    </label>
  );
}

export function Filters({ filter, sort, facets, onFilter, onSort }: FiltersProps) {
  const set = (patch: Partial<CollectionFilter>) => onFilter({ ...filter, ...patch });
  const code = filter.placeCode;
  // Picking a level keeps the levels above it; clearing it falls back to the level above.
  const pick = (length: number) => (picked: string) => set({ placeCode: picked || code.slice(0, length - 2 > 0 ? length - 2 : 0) });
  return (
    <div class="dl-filters">
      <input
        type="search"
        data-testid="search"
        placeholder={t('coll_search_placeholder')}
        aria-label={t('coll_search_placeholder')}
        value={filter.query}
        onInput={(e) => set({ query: e.currentTarget.value })}
      />
      <PlaceSelect id="filter-province" label={t('coll_filter_province')} options={facets.provinces} value={code.slice(0, 2)} onPick={pick(2)} />
      <PlaceSelect id="filter-prefecture" label={t('coll_filter_prefecture')} options={facets.prefectures} value={code.length >= 4 ? code.slice(0, 4) : ''} onPick={pick(4)} />
      <PlaceSelect id="filter-county" label={t('coll_filter_county')} options={facets.counties} value={code.length >= 6 ? code.slice(0, 6) : ''} onPick={pick(6)} />
      <label>
        {t('coll_filter_from')}
        <input type="date" data-testid="filter-from" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        {t('coll_filter_to')}
        <input type="date" data-testid="filter-to" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
      </label>
      <label>
        {t('coll_filter_site')}
        <select data-testid="filter-site" value={filter.site} onChange={(e) => set({ site: e.currentTarget.value })}>
          <option value="">{t('coll_filter_any')}</option>
          {facets.sites.map(([site, count]) => (
            <option key={site} value={site}>
              {site || '—'} ({count})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('coll_filter_tag')}
        <select data-testid="filter-tag" value={filter.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
          <option value="">{t('coll_filter_any')}</option>
          {facets.tags.map(([tag, count]) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('coll_sort')}
        <select data-testid="sort" value={sort.key} onChange={(e) => onSort({ ...sort, key: e.currentTarget.value as SortKey })}>
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`coll_sort_${key}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="sort-direction" aria-label={t('coll_sort_direction')} onClick={() => onSort({ ...sort, descending: !sort.descending })}>
        {sort.descending ? '↓' : '↑'}
      </button>
    </div>
  );
}

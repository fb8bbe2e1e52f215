import { describe, expect, it } from 'vitest';
import { recordFromFacts } from './build';
import { summarize } from './summary';
import { goldFacts } from './testdata/fixtures';
import { EMPTY_FILTER, facets, filterRows, searchableText, sortRows } from './query';

const rows = [0, 1, 2, 3, 4].map((i) => summarize(recordFromFacts({ ...goldFacts(i), published: `2020-0${i + 1}-15` }, { tags: i % 2 ? ['odd'] : [] }, new Date(Date.UTC(2026, 0, i + 1)))));

describe('filters', () => {
  it('filters by province, prefecture and county code at every level', () => {
    const ids = (code: string) => filterRows(rows, { ...EMPTY_FILTER, placeCode: code }).map((r) => r.title);
    expect(ids('4211')).toEqual([rows[2].title]); // 黄冈市
    expect(ids('421088')).toEqual([rows[0].title]); // 监利市
    // Hubei is mentioned by four of the five reports (as the subject or as 湖北 in passing).
    expect(ids('42')).toHaveLength(rows.filter((r) => r.placeCodes.includes('42')).length);
    expect(ids('42').length).toBeGreaterThan(2);
  });

  it('filters by date range, site and tag', () => {
    expect(filterRows(rows, { ...EMPTY_FILTER, from: '2020-02-01', to: '2020-03-31' })).toHaveLength(2);
    expect(filterRows(rows, { ...EMPTY_FILTER, tag: 'odd' })).toHaveLength(2);
    expect(filterRows(rows, { ...EMPTY_FILTER, site: 'news.example.cn' })).toHaveLength(5);
    expect(filterRows(rows, { ...EMPTY_FILTER, site: 'other.cn' })).toHaveLength(0);
  });

  it('searches places and roles in the rows, and the full text once loaded (spaces ignored)', () => {
    expect(filterRows(rows, { ...EMPTY_FILTER, query: '网格员' }).length).toBeGreaterThan(0);
    expect(filterRows(rows, { ...EMPTY_FILTER, query: '容城镇' })).toHaveLength(1);
    // What the text scan finds: the term in the (whitespace-free) texts.
    const term = '国庆一路'; // written 国 庆 一 路 on the page
    const hits = new Map([[term, new Set(rows.filter((_, i) => searchableText(goldFacts(i).articleText).includes(term)).map((r) => r.id))]]);
    expect(hits.get(term)!.size).toBe(1);
    expect(filterRows(rows, { ...EMPTY_FILTER, query: term })).toHaveLength(0);
    expect(filterRows(rows, { ...EMPTY_FILTER, query: term }, hits)).toHaveLength(1);
    // Every term must match, in the row or the text.
    expect(filterRows(rows, { ...EMPTY_FILTER, query: `${term} 黄冈` }, hits)).toHaveLength(0);
    expect(filterRows(rows, { ...EMPTY_FILTER, query: `${term} 监利` }, hits)).toHaveLength(1);
  });

  it('sorts by each key with ties broken by save time', () => {
    expect(sortRows([...rows], { key: 'maxMobilized', descending: true })[0].maxMobilized).toBe(58000);
    expect(sortRows([...rows], { key: 'published', descending: false }).map((r) => r.published)).toEqual(['2020-01-15', '2020-02-15', '2020-03-15', '2020-04-15', '2020-05-15']);
  });

  it('offers prefectures inside the chosen province only', () => {
    const f = facets(rows, '42');
    expect(f.provinces.map(([code]) => code)).toContain('51');
    expect(f.prefectures.every(([code]) => code.startsWith('42'))).toBe(true);
    expect(f.prefectures.map(([, name]) => name)).toEqual(expect.arrayContaining(['黄冈市', '荆州市']));
    expect(facets(rows, '4211').counties.map(([, name]) => name)).toEqual(expect.arrayContaining(['红安县', '罗田县']));
  });
});

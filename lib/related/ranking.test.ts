/** One test per ranking rule (see relation.ts and score.ts for the rules themselves). */
import { describe, expect, it, beforeAll } from 'vitest';
import { RelatedIndex, pageFromReport } from './index';
import { buildReport, definePlace, type Part } from './__fixtures__/reports';
import type { Report } from '../schema/report';

beforeAll(() => {
  definePlace('沙市区', 'county', '荆州市', '421002');
  definePlace('程集镇', 'township', '监利市', '421088104');
  definePlace('黄州区', 'county', '黄冈市', '421102');
});

const page = (...parts: Part[]) => buildReport('page', ['本地报道：', ...parts]);
const ranked = (pageReport: Report, others: Report[]) =>
  new RelatedIndex(others.map((report) => ({ report, origin: 'archive' as const }))).query(pageFromReport(pageReport), { limit: 20 });
const ids = (results: { id: string }[]) => results.map((r) => r.id);

describe('ranking rules', () => {
  it('same place ranks above a place inside it and above a place containing it', () => {
    const results = ranked(page({ place: '容城镇' }), [
      buildReport('inside', [{ place: '前锋村' }, '的党员']),
      buildReport('contains', [{ place: '监利市' }, '的党员']),
      buildReport('same', [{ place: '容城镇' }, '的党员']),
    ]);
    expect(ids(results)[0]).toBe('same');
    expect(results.find((r) => r.id === 'same')!.places[0]).toMatchObject({ relation: 'same', other: '容城镇' });
    expect(results.find((r) => r.id === 'inside')!.places[0]).toMatchObject({ relation: 'inside', other: '前锋村', via: '容城镇' });
    expect(results.find((r) => r.id === 'contains')!.places[0]).toMatchObject({ relation: 'contains', other: '监利市' });
  });

  it('a place inside or containing it ranks above another place in the same prefecture', () => {
    const results = ranked(page({ place: '容城镇' }), [
      buildReport('prefecture', [{ place: '沙市区' }]),
      buildReport('inside', [{ place: '前锋村' }]),
      buildReport('contains', [{ place: '监利市' }]),
    ]);
    expect(ids(results).indexOf('prefecture')).toBe(2);
    expect(results[2].places[0]).toMatchObject({ relation: 'same-area', via: '荆州市', viaLevel: 'prefecture', tier: 2 });
  });

  it('same prefecture ranks above same province', () => {
    const results = ranked(page({ place: '容城镇' }), [
      buildReport('province', [{ place: '武汉市' }]),
      buildReport('prefecture', [{ place: '沙市区' }]),
    ]);
    expect(ids(results)).toEqual(['prefecture', 'province']);
    expect(results[1].places[0]).toMatchObject({ via: '湖北省', viaLevel: 'province', tier: 1 });
  });

  it('containing places rank by nearness: township, then county, then prefecture, then province', () => {
    const results = ranked(page({ place: '前锋村' }), [
      buildReport('province', [{ place: '湖北省' }]),
      buildReport('county', [{ place: '监利市' }]),
      buildReport('prefecture', [{ place: '荆州市' }]),
      buildReport('township', [{ place: '容城镇' }]),
    ]);
    expect(ids(results)).toEqual(['township', 'county', 'prefecture', 'province']);
  });

  it('another place in the same county ranks above one only in the same prefecture', () => {
    const results = ranked(page({ place: '容城镇' }), [
      buildReport('prefecture', [{ place: '沙市区' }]),
      buildReport('county', [{ place: '程集镇' }]),
    ]);
    expect(ids(results)).toEqual(['county', 'prefecture']);
    expect(results[0].places[0]).toMatchObject({ relation: 'same-area', via: '监利市' });
  });

  it('a province or prefecture both reports name is only "same province/prefecture"', () => {
    // Nearly every report names 湖北 or 武汉 in passing; that must not outrank a real neighbour.
    const results = ranked(page({ place: '容城镇' }, '，湖北省，', { place: '武汉市' }), [
      buildReport('passing', ['返乡人员来自', { place: '湖北省' }, { place: '武汉市' }]),
      buildReport('neighbour', [{ place: '程集镇' }]),
    ]);
    expect(ids(results)).toEqual(['neighbour', 'passing']);
    expect(results[1].places.map((p) => p.tier)).toEqual([2, 1]);
  });

  it('shared figures weigh in within a tier, and say which figures', () => {
    const fig = { hc: { text: '3301名党员干部', value: 3301, role: '党员干部', place: '监利市' } };
    const results = ranked(page({ place: '监利市' }, fig), [
      buildReport('plain', [{ place: '监利市' }, '有党员']),
      buildReport('shares', [{ place: '监利市' }, fig]),
    ]);
    expect(ids(results)).toEqual(['shares', 'plain']);
    expect(results[0].figures).toEqual([expect.objectContaining({ status: 'corroborated', page: expect.objectContaining({ value: 3301 }) })]);
    expect(results[0].score - results[1].score).toBe(15);
  });

  it('shared figures never lift a report over a stronger place relation', () => {
    const figs: Part[] = [
      { hc: { text: '3301名党员干部', value: 3301, role: '党员干部' } },
      { hc: { text: '280名党员', value: 280, role: '党员' } },
      { hc: { text: '194名下沉党员', value: 194, role: '下沉党员' } },
    ];
    const results = ranked(page({ place: '容城镇' }, ...figs), [
      buildReport('figures', [{ place: '沙市区' }, ...figs]),
      buildReport('inside', [{ place: '前锋村' }]),
    ]);
    expect(ids(results)).toEqual(['inside', 'figures']);
  });

  it('more of the page places related at the best tier rank higher', () => {
    const results = ranked(page({ place: '容城镇' }, '、', { place: '红城乡' }), [
      buildReport('one', [{ place: '容城镇' }]),
      buildReport('two', [{ place: '容城镇' }, '、', { place: '红城乡' }]),
    ]);
    expect(ids(results)).toEqual(['two', 'one']);
  });

  it('figures alone do not make a report related, and a page is not related to itself', () => {
    const fig = { hc: { text: '3301名党员干部', value: 3301, role: '党员干部' } };
    const pageReport = page({ place: '容城镇' }, fig);
    const results = ranked(pageReport, [buildReport('elsewhere', [{ place: '离石区' }, fig]), { ...pageReport }]);
    expect(results).toEqual([]);
  });
});

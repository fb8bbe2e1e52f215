import { describe, expect, it } from 'vitest';
import { agree, aggregateByPlace, mobilisedTimeline, reportFacts, type ReportFacts } from './aggregate';
import { recordFromFacts } from './build';
import { goldFacts } from './testdata/fixtures';
import { openTestDb } from './test-helpers';
import { addCorrection, putRecord } from './store';
import { countReportsByPlaceCode, listReportsForXref, reportIdsByPlaceCode } from './xref';

const report = (id: string, date: string, figures: [number, boolean, string | null][]): ReportFacts => ({
  id, title: id, url: `https://x/${id}`, site: 'x', date,
  headcounts: figures.map(([value, approx, role]) => ({ value, approx, role, kind: 'mobilized', placeKey: '4211', placeName: '黄冈市', placePath: ['湖北省'], text: String(value) })),
});

describe('aggregate by place', () => {
  it('groups by role and kind, orders by date, and marks reports that disagree', () => {
    const places = aggregateByPlace([
      report('a', '2021-08-02', [[58000, false, '党员'], [58000, false, '党员'], [9780, false, '干部']]),
      report('b', '2021-08-01', [[5.8e4, true, '党员'], [9000, false, '干部']]),
    ]);
    expect(places).toHaveLength(1);
    const [party, cadres] = places[0].groups;
    expect(party.reports.map((r) => r.recordId)).toEqual(['b', 'a']); // repeated figure counted once, by date
    expect(party.conflict).toBe(false);
    expect(cadres.conflict).toBe(true);
    expect(places[0].conflicts).toBe(1);
  });

  it('treats approximate figures within 20 % as agreeing', () => {
    expect(agree({ value: 300, approx: true }, { value: 320, approx: false })).toBe(true);
    expect(agree({ value: 300, approx: true }, { value: 3301, approx: false })).toBe(false);
    expect(agree({ value: 300, approx: false }, { value: 301, approx: false })).toBe(false);
  });

  it('takes headcounts from real records with corrections, and charts distinct mobilised figures', () => {
    const record = recordFromFacts({ ...goldFacts(2), published: '2021-08-05' }, {}, new Date());
    const facts = reportFacts(record);
    // A headcount about a prefecture that is only mentioned inside a county's path.
    const county = record.extraction.places.find((p) => p.name === '红安县')!;
    const onlyCounty = { ...record, extraction: { ...record.extraction, places: [county], headcounts: [{ ...record.extraction.headcounts[0], place: '黄冈市', placeCode: '4211' }] } };
    expect(reportFacts(onlyCounty).headcounts[0]).toMatchObject({ placeKey: '4211', placePath: ['湖北省'] });
    expect(facts.headcounts.find((h) => h.value === 58000)).toMatchObject({ placeKey: '4211', placeName: '黄冈市', placePath: ['湖北省'] });
    const { points, undated } = mobilisedTimeline([facts, { ...facts, id: 'undated', date: '' }]);
    expect(points.length).toBeGreaterThan(3);
    expect(undated).toBe(points.length);
    expect(points.every((p) => p.date === '2021-08-05')).toBe(true);
    expect(points.filter((p) => p.value === 58000 && p.role === '党员')).toHaveLength(1);
    expect(points.some((p) => p.value === 4192)).toBe(false); // population, not mobilised
  });
});

describe('cross-reference access', () => {
  it('lists reports with corrections applied, and counts reports per place code at any level', async () => {
    const db = await openTestDb();
    const { record } = await putRecord(db, recordFromFacts(goldFacts(2), {}, new Date()));
    await putRecord(db, recordFromFacts(goldFacts(0), {}, new Date()));
    const h = record.extraction.headcounts[0];
    await addCorrection(db, record.id, { op: 'edit-headcount', at: new Date().toISOString(), start: h.start, end: h.end, text: h.text, kind: 'population' });
    const reports = await listReportsForXref(db);
    expect(reports).toHaveLength(2);
    const corrected = reports.find((r) => r.id === record.id)!;
    expect(corrected.extraction.headcounts[0].kind).toBe('population');
    expect(corrected.source).toBe('news.example.cn');
    expect(await countReportsByPlaceCode('42', db)).toBe(2);
    expect(await countReportsByPlaceCode('4211', db)).toBe(1);
    expect(await reportIdsByPlaceCode('421088', db)).not.toContain(record.id);
    expect(await countReportsByPlaceCode('11', db)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { openTestDb } from './test-helpers';
import { goldFacts } from './testdata/fixtures';
import { recordFromFacts } from './build';
import { addCorrection, allRecords, allSummaries, putRecord } from './store';
import { CSV_COLUMNS, exportCsv, exportJson } from './export';
import { importJson, parseExport } from './import';
import { CollectionError } from './errors';

async function seeded() {
  const db = await openTestDb();
  const a = await putRecord(db, recordFromFacts({ ...goldFacts(0), title: '监利, "3301" 名\n党员', published: '2022-08-15' }, { tags: ['湖北'] }, new Date()));
  const b = await putRecord(db, recordFromFacts(goldFacts(2), { note: '=SUM(A1)' }, new Date()));
  return { db, a: a.record, b: b.record };
}

describe('CSV export', () => {
  it('writes one row per headcount with place columns, quoted by papaparse, and corrections applied', async () => {
    const { db, a } = await seeded();
    const first = a.extraction.headcounts[0];
    await addCorrection(db, a.id, { op: 'edit-headcount', at: new Date().toISOString(), start: first.start, end: first.end, text: first.text, kind: 'population', role: '居民' });
    const removed = a.extraction.headcounts[1];
    await addCorrection(db, a.id, { op: 'remove-headcount', at: new Date().toISOString(), start: removed.start, end: removed.end, text: removed.text });
    const records = (await allRecords(db)).items;
    const csv = exportCsv(records);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const total = records.reduce((n, r) => n + r.extraction.headcounts.length, 0);
    expect(parsed.data).toHaveLength(total - 1);
    const row = parsed.data.find((r) => r.value === '3301' && r.title.startsWith('监利'))!;
    // The title with a comma, quotes and a line break survives the round trip.
    expect(row.title).toBe('监利, "3301" 名\n党员');
    expect(row).toMatchObject({ date: '2022-08-15', site: 'news.example.cn', kind: 'population', role: '居民', approx: 'false', province: '湖北省', prefecture: '荆州市', county: '监利市' });
    expect(row.sentence).toContain('3301名党员干部');
    const hg = parsed.data.find((r) => r.value === '58000')!;
    expect(hg).toMatchObject({ province: '湖北省', prefecture: '黄冈市', role: '党员', kind: 'mobilized', place_code: '4211' });
    // Uncoded lower levels take their level from the mention: a township, and a village
    // whose township the page does not name.
    expect(parsed.data.find((r) => r.value === '194')).toMatchObject({ county: '监利市', township: '', village: '前锋村', place_code: '' });
    expect(parsed.data.find((r) => r.value === '100' && r.title.startsWith('监利'))).toMatchObject({ county: '监利市', township: '尺八镇', village: '' });
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const record = recordFromFacts({ ...goldFacts(2), title: '=HYPERLINK("x")' }, {}, new Date());
    const parsed = Papa.parse<Record<string, string>>(exportCsv([record]).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0].title).toBe(`'=HYPERLINK("x")`);
  });
});

describe('JSON export and import', () => {
  it('round-trips: importing an export into an empty collection restores every record exactly', async () => {
    const { db } = await seeded();
    const records = (await allRecords(db)).items;
    const file = exportJson(records);
    const target = await openTestDb();
    expect(await importJson(target, file)).toEqual({ added: 2, merged: 0, unchanged: 0 });
    const byId = (xs: typeof records) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId((await allRecords(target)).items)).toEqual(byId(records));
    expect((await allSummaries(target)).items).toHaveLength(2);
    // Importing the same file again changes nothing and duplicates nothing.
    expect(await importJson(target, file)).toEqual({ added: 0, merged: 0, unchanged: 2 });
    expect((await allRecords(target)).items).toHaveLength(2);
  });

  it('merges a record saved in both collections (same address, different id), keeping both notes and tags', async () => {
    const { db, a } = await seeded();
    const elsewhere = recordFromFacts(goldFacts(0), { note: 'from a colleague', tags: ['shared'] }, new Date(Date.now() + 1000));
    const result = await importJson(db, exportJson([elsewhere]));
    expect(result).toEqual({ added: 0, merged: 1, unchanged: 0 });
    const { items } = await allRecords(db);
    expect(items).toHaveLength(2);
    const merged = items.find((r) => r.id === a.id)!;
    expect(merged.tags).toEqual(['湖北', 'shared']);
    expect(merged.note).toContain('from a colleague');
  });

  const valid = () => JSON.parse(exportJson([recordFromFacts(goldFacts(1), {}, new Date())]));
  const malformed: [string, () => string, RegExp][] = [
    ['an empty file', () => '', /empty/],
    ['whitespace only', () => ' \n\t', /empty/],
    ['text that is not JSON', () => 'hello, world', /not JSON/],
    ['truncated JSON', () => exportJson([]).slice(0, -5), /not JSON/],
    ['our CSV export', () => exportCsv([recordFromFacts(goldFacts(1), {}, new Date())]), /CSV export/],
    ['a JSON list', () => '[1,2]', /holds a list/],
    ['a JSON number', () => '42', /holds a number/],
    ['a foreign JSON object', () => JSON.stringify({ name: 'package', version: '1.0.0' }), /no "format"/],
    ['another format tag', () => JSON.stringify({ ...valid(), format: 'zotero' }), /format is "zotero"/],
    ['a newer schema', () => JSON.stringify({ ...valid(), schemaVersion: 3 }), /newer Dispatch Lens.*Update/],
    ['a missing schema version', () => JSON.stringify({ ...valid(), schemaVersion: undefined }), /schemaVersion/],
    ['an older schema', () => JSON.stringify({ ...valid(), schemaVersion: 1 }), /schema 1 is not an export format/],
    ['records not a list', () => JSON.stringify({ ...valid(), records: {} }), /"records" should be a list/],
    ['a record missing its text', () => { const f = valid(); delete f.records[0].text; return JSON.stringify(f); }, /record 1 \(https:.*\): text/],
    ['a headcount value as a string', () => { const f = valid(); f.records[0].extraction.headcounts[0].value = '30'; return JSON.stringify(f); }, /extraction\.headcounts\.0\.value/],
    ['offsets outside the text', () => { const f = valid(); f.records[0].extraction.places[0].end = 10 ** 7; return JSON.stringify(f); }, /outside the text/],
    ['a mention that does not match the text', () => { const f = valid(); f.records[0].extraction.places[0].text = '北京'; return JSON.stringify(f); }, /is not "北京"/],
    ['an unknown headcount kind', () => { const f = valid(); f.records[0].extraction.headcounts[0].kind = 'cadres'; return JSON.stringify(f); }, /kind/],
    ['a bad date', () => { const f = valid(); f.records[0].published = '3 Feb 2020'; return JSON.stringify(f); }, /published/],
    ['two pages under one id', () => { const f = valid(); const other = JSON.parse(exportJson([recordFromFacts(goldFacts(2), {}, new Date())])).records[0]; f.records.push({ ...other, id: f.records[0].id }); return JSON.stringify(f); }, /share the id/],
  ];

  it.each(malformed)('refuses %s with a message saying what is wrong, and changes nothing', async (_label, make, message) => {
    const { db } = await seeded();
    const before = (await allRecords(db)).items;
    const error = await importJson(db, make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CollectionError);
    expect((error as CollectionError).code).toBe('invalid');
    expect((error as CollectionError).message).toMatch(/^Import refused, nothing was changed: /);
    expect((error as CollectionError).message).toMatch(message);
    expect((await allRecords(db)).items).toEqual(before);
  });

  it('lists at most five invalid records and counts the rest', () => {
    const f = valid();
    const bad = { ...f.records[0], title: 7 };
    f.records = Array.from({ length: 8 }, () => bad);
    expect(() => parseExport(JSON.stringify(f))).toThrowError(/8 of 8 records are invalid[\s\S]*and 3 more/);
  });
});

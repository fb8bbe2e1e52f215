import { describe, expect, it, vi, afterEach } from 'vitest';
import { openTestDb } from './test-helpers';
import { goldFacts, goldReports } from './testdata/fixtures';
import { recordFromFacts } from './build';
import { allRecords, allSummaries, deleteRecords, getRecord, putRecord, restoreRecords, addCorrection } from './store';
import { collectionRecordSchema } from './record';
import { CollectionError } from './errors';
import type { PageFacts } from '../messages/page';

const save = async (db: Awaited<ReturnType<typeof openTestDb>>, facts: PageFacts, user = {}) =>
  putRecord(db, recordFromFacts(facts, user, new Date()));

afterEach(() => vi.restoreAllMocks());

describe('saving', () => {
  it('stores a validated record and its list row', async () => {
    const db = await openTestDb();
    const result = await save(db, goldFacts(0), { note: '监利', tags: ['湖北', ' 湖北 ', '2022'] });
    expect(result.outcome).toBe('created');
    const stored = await getRecord(db, result.record.id);
    expect(collectionRecordSchema.parse(stored)).toEqual(stored);
    expect(stored!.site).toBe('news.example.cn');
    expect(stored!.tags).toEqual(['湖北', '2022']);
    expect(stored!.text).toBe(goldReports()[0].text);
    const { items } = await allSummaries(db);
    expect(items).toHaveLength(1);
    expect(items[0].placeCodes).toEqual(expect.arrayContaining(['42', '4210', '421088', '421088100']));
    expect(items[0].maxMobilized).toBe(3301);
  });

  it('takes the publication date from the text when the page gives none', async () => {
    const db = await openTestDb();
    const { record } = await save(db, goldFacts(1));
    expect(record.published).toBe('2020-02-03');
  });

  it('updates instead of duplicating when the same URL is saved again, keeping note, tags and corrections', async () => {
    const db = await openTestDb();
    const first = await save(db, goldFacts(0), { note: 'first visit', tags: ['a'] });
    const hc = first.record.extraction.headcounts[0];
    await addCorrection(db, first.record.id, { op: 'remove-headcount', at: new Date().toISOString(), start: hc.start, end: hc.end, text: hc.text });
    const again = await save(db, { ...goldFacts(0), url: goldFacts(0).url + '#comments', title: 'New title' }, { note: 'second', tags: ['b'] });
    expect(again).toMatchObject({ outcome: 'updated', matchedBy: 'url' });
    expect(again.record.id).toBe(first.record.id);
    expect(again.record.title).toBe('New title');
    expect(again.record.note).toBe('first visit\n\nsecond');
    expect(again.record.tags).toEqual(['a', 'b']);
    expect(again.record.corrections).toHaveLength(1);
    expect((await allRecords(db)).items).toHaveLength(1);
  });

  it('updates when the same text is saved from another address, remembering that address', async () => {
    const db = await openTestDb();
    const facts = goldFacts(2);
    const first = await save(db, facts);
    // The same article from a mirror, with its lines broken differently.
    const mirror = { ...facts, url: 'https://mirror.example.org/a.html', articleText: facts.articleText.replace(/\n/g, ' \n') };
    const shifted = { ...mirror, extraction: { ...facts.extraction, headcounts: [], places: [] } };
    const again = await save(db, shifted);
    expect(again).toMatchObject({ outcome: 'updated', matchedBy: 'text' });
    expect(again.record.id).toBe(first.record.id);
    expect(again.record.altUrls).toEqual(['https://mirror.example.org/a.html']);
    expect((await allRecords(db)).items).toHaveLength(1);
  });

  it('refuses an extraction whose offsets do not match the text, and writes nothing', async () => {
    const db = await openTestDb();
    const facts = goldFacts(0);
    const bad = { ...facts, extraction: { ...facts.extraction, headcounts: [{ ...facts.extraction.headcounts[0], start: 0 }] } };
    expect(() => recordFromFacts(bad, {}, new Date())).toThrowError(/is not "3301名党员干部"/);
    expect(() => recordFromFacts({ ...facts, articleText: '  ' , extraction: { ...facts.extraction, headcounts: [], places: [] } }, {}, new Date())).toThrowError(CollectionError);
    expect((await allRecords(db)).items).toHaveLength(0);
  });
});

describe('concurrent saves', () => {
  it('lands every save from many tabs at once', async () => {
    const db = await openTestDb();
    const pages = Array.from({ length: 40 }, (_, i) => ({
      ...goldFacts(i % 5, `https://t${i}.example.cn/p.html`),
      articleText: goldFacts(i % 5).articleText + `\n${i}`,
    }));
    const results = await Promise.all(pages.map((p) => save(db, p)));
    expect(results.every((r) => r.outcome === 'created')).toBe(true);
    expect((await allRecords(db)).items).toHaveLength(40);
    expect((await allSummaries(db)).items).toHaveLength(40);
  });

  it('never duplicates when the same page is saved from several tabs at once', async () => {
    const db = await openTestDb();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => save(db, goldFacts(3), { tags: [`t${i}`] })));
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    const { items } = await allRecords(db);
    expect(items).toHaveLength(1);
    expect(items[0].tags).toHaveLength(10);
  });
});

describe('atomicity', () => {
  it('leaves no half record when the second write of a save fails', async () => {
    const db = await openTestDb();
    await save(db, goldFacts(0));
    const proto = Object.getPrototypeOf(db.transaction('summaries', 'readwrite').store);
    const realPut = proto.put;
    // Injected failure: the record write succeeds, the summary write throws.
    vi.spyOn(proto, 'put').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'summaries') throw new DOMException('injected failure', 'UnknownError');
      return realPut.apply(this, args);
    });
    await expect(save(db, goldFacts(1))).rejects.toMatchObject({ code: 'storage' });
    vi.restoreAllMocks();
    expect((await allRecords(db)).items).toHaveLength(1);
    expect((await allSummaries(db)).items).toHaveLength(1);
    // The store still works afterwards.
    await save(db, goldFacts(1));
    expect((await allRecords(db)).items).toHaveLength(2);
  });

  it('reports a full disk plainly and loses nothing', async () => {
    const db = await openTestDb();
    const first = await save(db, goldFacts(0), { note: 'keep me' });
    const proto = Object.getPrototypeOf(db.transaction('records', 'readwrite').store);
    vi.spyOn(proto, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await save(db, goldFacts(0), { note: 'changed' }).catch((e) => e);
    expect(error).toBeInstanceOf(CollectionError);
    expect(error.code).toBe('quota');
    expect(error.message).toMatch(/storage is full/);
    expect(error.message).toMatch(/unchanged/);
    vi.restoreAllMocks();
    const kept = await getRecord(db, first.record.id);
    expect(kept!.note).toBe('keep me');
  });
});

describe('delete and undo', () => {
  it('restores exactly what was deleted', async () => {
    const db = await openTestDb();
    const a = await save(db, goldFacts(0), { note: 'n' });
    const b = await save(db, goldFacts(1));
    const deleted = await deleteRecords(db, [a.record.id]);
    expect(deleted.map((r) => r.id)).toEqual([a.record.id]);
    expect((await allRecords(db)).items.map((r) => r.id)).toEqual([b.record.id]);
    await restoreRecords(db, deleted);
    expect(await getRecord(db, a.record.id)).toEqual(a.record);
    expect((await allSummaries(db)).items).toHaveLength(2);
  });
});

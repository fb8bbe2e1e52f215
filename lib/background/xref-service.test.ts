import { describe, expect, it } from 'vitest';
import { createXrefService } from './xref-service';
import { memoryImportedStore } from '../archive/store';
import { toArchiveRecord } from '../archive/schema';
import { buildReport, seedReport, seedReports } from '../related/__fixtures__/reports';
import { relatedReplySchema, placeCountsReplySchema, importReplySchema, getReportReplySchema, listArchiveReplySchema } from '../messages/xref';
import type { Report } from '../schema/report';

const bundled = seedReports().map((r) => toArchiveRecord(r, `${r.id}.txt`));
const service = (collection: Report[] = [], store = memoryImportedStore()) =>
  createXrefService({ loadBundled: async () => ({ records: bundled, problem: null }), imported: store, collection: async () => collection });

const pageOf = (r: Report) => ({ id: r.id, url: r.url, places: r.extraction.places, headcounts: r.extraction.headcounts });

describe('xref service', () => {
  it('relates a page to archive and collection reports in one ranking', async () => {
    const saved = buildReport('saved-1', [{ place: '容城镇' }, '，', { hc: { text: '3301名党员干部', value: 3301, role: '党员干部', place: '监利市' } }], { url: 'https://example.cn/a' });
    const reply = relatedReplySchema.parse(await service([saved]).handle({ type: 'xref/related', page: pageOf(seedReport('000_7d9928301217a0d3')) }));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.searched).toEqual({ archive: 5, collection: 1 });
    expect(reply.results[0]).toMatchObject({ id: 'saved-1', origin: 'collection' });
    expect(reply.results[0].figures[0]).toMatchObject({ status: 'corroborated' });
    expect(reply.results.map((r) => r.id)).not.toContain('000_7d9928301217a0d3');
  });

  it('leaves out the collection copy of the page itself (same URL)', async () => {
    const page = { ...seedReport('002_3b87ff4c7a31394c'), id: 'c1', url: 'https://news.example/hg' };
    const reply = relatedReplySchema.parse(await service([page]).handle({ type: 'xref/related', page: { ...pageOf(page), id: null } }));
    expect(reply.ok && reply.results.map((r) => r.id)).not.toContain('c1');
  });

  it('counts reports per place code for the hover card', async () => {
    const reply = placeCountsReplySchema.parse(await service([seedReport('000_7d9928301217a0d3')]).handle({ type: 'xref/place-counts', codes: ['421088', '42', '999999'] }));
    expect(reply.counts['421088']).toEqual({ archive: 1, collection: 1 });
    expect(reply.counts['42'].archive).toBeGreaterThanOrEqual(3);
    expect(reply.counts['999999']).toEqual({ archive: 0, collection: 0 });
  });

  it('imports a pack, and the next query sees it; a bad pack changes nothing', async () => {
    const store = memoryImportedStore();
    const s = service([], store);
    const extra = toArchiveRecord({ ...seedReport('000_7d9928301217a0d3'), id: 'imported-jianli' }, null);
    const bad = importReplySchema.parse(await s.handle({ type: 'xref/import-pack', json: '[{"id":"x"}]' }));
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect((await store.list()).records).toEqual([]);
    expect(importReplySchema.parse(await s.handle({ type: 'xref/import-pack', json: JSON.stringify([extra]) }))).toEqual({ ok: true, added: 1, replaced: 0, skipped: 0 });
    const reply = relatedReplySchema.parse(await s.handle({ type: 'xref/related', page: pageOf(seedReport('000_7d9928301217a0d3')) }));
    expect(reply.ok && reply.results[0]).toMatchObject({ id: 'imported-jianli', origin: 'imported', reprint: true });
    const list = listArchiveReplySchema.parse(await s.handle({ type: 'xref/list-archive' }));
    expect(list.ok && list.items.map((i) => i.origin)).toEqual(['archive', 'archive', 'archive', 'archive', 'archive', 'imported']);
  });

  it('returns one report for the reader, or says it does not exist', async () => {
    const s = service([buildReport('saved-9', [{ place: '监利市' }])]);
    expect(getReportReplySchema.parse(await s.handle({ type: 'xref/get-report', id: '003_337bf66f5a191e40' }))).toMatchObject({ ok: true, origin: 'archive' });
    expect(getReportReplySchema.parse(await s.handle({ type: 'xref/get-report', id: 'saved-9', origin: 'collection' }))).toMatchObject({ ok: true, origin: 'collection' });
    expect(getReportReplySchema.parse(await s.handle({ type: 'xref/get-report', id: 'nope' }))).toMatchObject({ ok: false, error: expect.stringMatching(/No report "nope"/) });
  });

  it('answers from the previous collection index while a changed collection is re-indexed', async () => {
    let saved: Report[] = [];
    let release: () => void = () => undefined;
    const gate = () => new Promise<void>((ok) => (release = ok));
    let wait = Promise.resolve();
    const s = createXrefService({
      loadBundled: async () => ({ records: [], problem: null }),
      imported: memoryImportedStore(),
      collection: async () => {
        await wait;
        return saved;
      },
    });
    const counts = async () => placeCountsReplySchema.parse(await s.handle({ type: 'xref/place-counts', codes: ['421088'] })).counts['421088'].collection;
    expect(await counts()).toBe(0);
    saved = [seedReport('000_7d9928301217a0d3')];
    wait = gate();
    s.invalidateCollection();
    expect(await counts()).toBe(0); // the old index answers; the new one is being built
    release();
    await new Promise((ok) => setTimeout(ok, 0));
    expect(await counts()).toBe(1);
  });

  it('reports a missing bundled archive instead of failing', async () => {
    const s = createXrefService({ loadBundled: async () => ({ records: [], problem: 'bundled archive not found (404)' }), imported: memoryImportedStore() });
    const list = listArchiveReplySchema.parse(await s.handle({ type: 'xref/list-archive' }));
    expect(list).toEqual({ ok: true, items: [], problems: ['bundled archive not found (404)'] });
  });
});

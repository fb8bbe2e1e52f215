import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importPack } from './import';
import { idbImportedStore, memoryImportedStore } from './store';
import { toArchiveRecord } from './schema';
import { seedReport } from '../related/__fixtures__/reports';

const rec = (id: string, from = '003_337bf66f5a191e40') => toArchiveRecord({ ...seedReport(from), id }, null);
const bundled = [rec('003_337bf66f5a191e40')];

describe('importPack', () => {
  it('stores a good pack in IndexedDB, counting additions and replacements', async () => {
    const store = idbImportedStore();
    expect(await importPack(JSON.stringify([rec('p1'), rec('p2')]), bundled, store)).toEqual({ ok: true, added: 2, replaced: 0, skipped: 0 });
    expect(await importPack(JSON.stringify([rec('p2', '000_7d9928301217a0d3'), rec('p3')]), bundled, store)).toEqual({ ok: true, added: 1, replaced: 1, skipped: 0 });
    const { records, invalid } = await store.list();
    expect(records.map((r) => r.id).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(records.find((r) => r.id === 'p2')!.text).toBe(seedReport('000_7d9928301217a0d3').text);
    expect(invalid).toBe(0);
  });

  it('a bad pack changes nothing', async () => {
    const store = memoryImportedStore([rec('kept')]);
    const bad = JSON.stringify([rec('new1'), { ...rec('new2'), published: '3 Feb 2020' }]);
    const out = await importPack(bad, bundled, store);
    expect(out).toMatchObject({ ok: false, error: expect.stringMatching(/record 2 \("new2"\) at published/) });
    expect((await store.list()).records.map((r) => r.id)).toEqual(['kept']);
  });

  it('refuses ids of different bundled reports, and skips copies of bundled ones', async () => {
    const store = memoryImportedStore();
    const clash = await importPack(JSON.stringify([rec('003_337bf66f5a191e40', '002_3b87ff4c7a31394c'), rec('n1')]), bundled, store);
    expect(clash).toMatchObject({ ok: false, error: expect.stringMatching(/"003_337bf66f5a191e40" already name different reports/) });
    expect((await store.list()).records).toEqual([]);
    expect(await importPack(JSON.stringify([rec('003_337bf66f5a191e40'), rec('n1')]), bundled, store)).toEqual({ ok: true, added: 1, replaced: 0, skipped: 1 });
  });

  it('reports a storage failure as refusal, not success', async () => {
    const failing = { ...memoryImportedStore(), putAll: async () => Promise.reject(new Error('QuotaExceededError')) };
    expect(await importPack(JSON.stringify([rec('z')]), bundled, failing)).toMatchObject({ ok: false, error: expect.stringMatching(/nothing was imported.*Quota/) });
  });
});

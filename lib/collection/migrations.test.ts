import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { uniqueName } from './test-helpers';
import { openCollection, DB_VERSION } from './db';
import { goldReports } from './testdata/fixtures';
import { allRecords, allSummaries } from './store';
import type { PageV1 } from './migrations';

/** Writes a database exactly as version 1 of the extension stored it. */
async function storeVersion1(name: string, pages: unknown[]) {
  const db = await openDB(name, 1, {
    upgrade(database) {
      const store = database.createObjectStore('pages', { keyPath: 'url' });
      store.createIndex('savedAt', 'savedAt');
    },
  });
  for (const page of pages) await db.put('pages', page);
  db.close();
}

function pageV1(i: number, url: string, savedAt: number, extra: Partial<PageV1> = {}): PageV1 {
  const r = goldReports()[i];
  return { url, title: `report ${i}`, published: '2020年2月3日', text: r.text, extraction: r.extraction, savedAt, note: `note ${i}`, tags: ['v1'], ...extra };
}

describe('migration from version 1', () => {
  it('moves every page into records and summaries, merging addresses that differ only by fragment', async () => {
    const name = uniqueName('v1');
    await storeVersion1(name, [
      pageV1(0, 'https://a.example.cn/1.html', 1_600_000_000_000),
      pageV1(0, 'https://a.example.cn/1.html#top', 1_600_000_500_000, { note: 'later note', tags: ['v1', 'second'] }),
      pageV1(2, 'https://b.example.cn/2.html', 1_600_000_100_000),
    ]);
    const db = await openCollection({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).not.toContain('pages');
    const { items, invalid } = await allRecords(db);
    expect(invalid).toBe(0);
    expect(items).toHaveLength(2);
    const merged = items.find((r) => r.url === 'https://a.example.cn/1.html')!;
    expect(merged.note).toBe('note 0\n\nlater note');
    expect(merged.tags).toEqual(['v1', 'second']);
    expect(merged.savedAt).toBe(new Date(1_600_000_000_000).toISOString());
    expect(merged.published).toBe('2020-02-03');
    expect(merged.site).toBe('a.example.cn');
    expect(merged.corrections).toEqual([]);
    const summaries = (await allSummaries(db)).items;
    expect(summaries.map((s) => s.id).sort()).toEqual(items.map((r) => r.id).sort());
    expect(summaries.find((s) => s.url === 'https://b.example.cn/2.html')!.placeCodes).toContain('4211');
    db.close();
  });

  it('keeps pages that fail validation in quarantine instead of dropping them', async () => {
    const name = uniqueName('v1');
    await storeVersion1(name, [pageV1(1, 'https://c.example.cn/', 1), { url: 'https://broken.example.cn/', title: 5 }]);
    const db = await openCollection({ name });
    expect((await allRecords(db)).items).toHaveLength(1);
    const quarantined = await db.getAll('quarantine');
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0].raw).toEqual({ url: 'https://broken.example.cn/', title: 5 });
    expect(quarantined[0].reason).toMatch(/title|text/);
    db.close();
  });

  it('is all or nothing: a failure during migration leaves version 1 intact', async () => {
    const name = uniqueName('v1');
    await storeVersion1(name, [pageV1(0, 'https://a.example.cn/1.html', 1)]);
    await expect(
      openCollection({
        name,
        beforeMigrate: () => {
          throw new Error('injected');
        },
      }),
    ).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/injected.*Nothing in it was changed/) });
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames]).toEqual(['pages']);
    expect(await raw.count('pages')).toBe(1);
    raw.close();
    // And a later open (the bug fixed) migrates normally.
    const db = await openCollection({ name });
    expect((await allRecords(db)).items).toHaveLength(1);
    db.close();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { openTestDb } from './test-helpers';
import { goldFacts } from './testdata/fixtures';
import { handleCollectionRequest, isCollectionRequest, type HandlerDeps } from './handler';
import { allRecords } from './store';
import { saveReplySchema } from '../messages/collection';

async function deps(getFacts: HandlerDeps['getFacts'] = async () => goldFacts(0)) {
  const db = await openTestDb();
  const changed = vi.fn();
  return { db, changed, deps: { db: async () => db, getFacts, changed } satisfies HandlerDeps };
}

describe('background save handler', () => {
  it('saves facts sent by the popup and says when a second save updated the record', async () => {
    const { db, deps: d, changed } = await deps();
    const first = await handleCollectionRequest({ type: 'collection/save', facts: goldFacts(0), note: 'n', tags: ['a', 'a', ' '] }, d);
    expect(saveReplySchema.parse(first)).toMatchObject({ ok: true, outcome: 'created', matchedBy: null });
    const second = await handleCollectionRequest({ type: 'collection/save', facts: goldFacts(0) }, d);
    expect(second).toMatchObject({ ok: true, outcome: 'updated', matchedBy: 'url' });
    expect(changed).toHaveBeenCalledTimes(2);
    const { items } = await allRecords(db);
    expect(items).toHaveLength(1);
    expect(items[0].tags).toEqual(['a']);
  });

  it('asks the tab for its facts for the context menu and the shortcut', async () => {
    const getFacts = vi.fn(async () => goldFacts(3));
    const { db, deps: d } = await deps(getFacts);
    const reply = await handleCollectionRequest({ type: 'collection/save-tab', tabId: 7 }, d);
    expect(getFacts).toHaveBeenCalledWith(7);
    expect(reply).toMatchObject({ ok: true, outcome: 'created' });
    expect((await allRecords(db)).items[0].text).toBe(goldFacts(3).articleText);
  });

  it('answers plainly when the tab cannot be read or answers nonsense, and saves nothing', async () => {
    for (const getFacts of [async () => Promise.reject(new Error('Receiving end does not exist')), async () => undefined]) {
      const { db, deps: d } = await deps(getFacts);
      const reply = await handleCollectionRequest({ type: 'collection/save-tab', tabId: 1 }, d);
      expect(reply).toMatchObject({ ok: false, error: { code: 'no-page', message: expect.stringMatching(/cannot read this page/) } });
      expect((await allRecords(db)).items).toHaveLength(0);
    }
    const { deps: d } = await deps(async () => ({ url: 'x' }));
    expect(await handleCollectionRequest({ type: 'collection/save-tab', tabId: 1 }, d)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await handleCollectionRequest({ type: 'collection/save', facts: { nope: 1 } }, d)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/Malformed request/) } });
  });

  it('recognises only its own messages', () => {
    expect(isCollectionRequest({ type: 'collection/save' })).toBe(true);
    expect(isCollectionRequest({ type: 'page/get-facts' })).toBe(false);
    expect(isCollectionRequest(null)).toBe(false);
  });
});

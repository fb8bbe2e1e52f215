/** The message wiring: who may ask what, and that bad requests get an answer, not silence. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (r: unknown) => void) => boolean | undefined;
const listeners: Listener[] = [];

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'dispatch-lens',
      getURL: (path: string) => `chrome-extension://dispatch-lens${path}`,
      onMessage: { addListener: (l: Listener) => listeners.push(l) },
    },
  },
}));

const { registerXrefHandlers } = await import('./xref');
const { toArchiveRecord } = await import('../archive/schema');
const { seedReport } = await import('../related/__fixtures__/reports');

const PAGE = { id: 'dispatch-lens', url: 'chrome-extension://dispatch-lens/reader.html' };
const CONTENT = { id: 'dispatch-lens', url: 'https://news.example.cn/a.html' };

function ask(message: unknown, sender: { id?: string; url?: string }): Promise<{ handled: boolean; reply: unknown }> {
  return new Promise((resolve) => {
    let handled = false;
    const result = listeners[0](message, sender, (reply) => resolve({ handled: true, reply }));
    handled = result === true;
    if (!handled) setTimeout(() => resolve({ handled: false, reply: undefined }), 20);
  });
}

beforeEach(() => {
  listeners.length = 0;
  // No bundled archive in unit tests: fetch fails and the archive is reported as empty.
  vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
  registerXrefHandlers({ collection: async () => [seedReport('000_7d9928301217a0d3')] });
});

describe('registerXrefHandlers', () => {
  it('leaves other features’ messages alone', async () => {
    expect(await ask({ type: 'collection/save-tab', tabId: 1 }, PAGE)).toEqual({ handled: false, reply: undefined });
    expect(await ask('hello', PAGE)).toEqual({ handled: false, reply: undefined });
  });

  it('answers place counts for the hover card, from a content script too', async () => {
    const { reply } = await ask({ type: 'xref/place-counts', codes: ['421088'] }, CONTENT);
    expect(reply).toEqual({ counts: { '421088': { archive: 0, collection: 1 } } });
  });

  it('answers a malformed request with an error instead of silence', async () => {
    const { reply } = await ask({ type: 'xref/related', page: { places: 'none' } }, PAGE);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/invalid xref\/related request/) });
  });

  it('takes pack imports only from the extension’s own pages', async () => {
    const pack = JSON.stringify([toArchiveRecord({ ...seedReport('002_3b87ff4c7a31394c'), id: 'p1' }, null)]);
    expect((await ask({ type: 'xref/import-pack', json: pack }, CONTENT)).reply).toMatchObject({ ok: false, error: expect.stringMatching(/only be imported from the extension/) });
    expect((await ask({ type: 'xref/import-pack', json: pack }, PAGE)).reply).toEqual({ ok: true, added: 1, replaced: 0, skipped: 0 });
  });

  it('ignores messages from other extensions', async () => {
    expect(await ask({ type: 'xref/list-archive' }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' })).toEqual({ handled: false, reply: undefined });
  });
});

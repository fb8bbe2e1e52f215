// @vitest-environment happy-dom
/**
 * The popup with realistic data: the 监利 report's facts (seed 000, gold headcounts and
 * places with their division paths), related reports computed by the real index over
 * the other seeds plus saved reports, and the real English and Chinese messages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Popup, VERDICT_MARK } from './Popup';
import { translatorFrom } from './i18n';
import type { PopupApi } from './api';
import type { PageFacts } from '../../lib/messages/page';
import type { RelatedReply } from '../../lib/messages/xref';
import { RelatedIndex } from '../../lib/related/index';
import { buildReport, seedFacts, seedReports } from '../../lib/related/__fixtures__/reports';

afterEach(cleanup);

const locale = (lang: string) =>
  translatorFrom(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')));
const en = locale('en');
const zh = locale('zh_CN');

const PAGE = '000_7d9928301217a0d3';
const facts = seedFacts(PAGE, 'https://www.jianli.gov.cn/news/3301.html');

/** A saved report on 监利 with a different count of cadres: a possible conflict. */
const conflicting = buildReport(
  'saved-jianli',
  ['监利市', { place: '容城镇' }, '组织', { hc: { text: '3500名党员干部', value: 3500, role: '党员干部', place: '监利市' } }, '下沉社区。'],
  { title: '监利市干部下沉社区（另一说法）', url: 'https://example.cn/jianli-2', published: '2022-03-02' },
);

function relatedFor(f: PageFacts): RelatedReply {
  const index = new RelatedIndex([
    ...seedReports().map((report) => ({ report, origin: 'archive' as const })),
    { report: conflicting, origin: 'collection' as const },
  ]);
  const results = index.query({ id: PAGE, url: f.url, places: f.extraction.places, headcounts: f.extraction.headcounts });
  return { ok: true, results, searched: { archive: 5, collection: 1 } };
}

function fakeApi(over: Partial<PopupApi> = {}): PopupApi & { [K in keyof PopupApi]: ReturnType<typeof vi.fn> } {
  return {
    activeTab: vi.fn(async () => ({ id: 7, url: facts.url })),
    facts: vi.fn(async () => facts),
    annotate: vi.fn(async () => facts),
    reveal: vi.fn(async () => undefined),
    related: vi.fn(async (f: PageFacts) => relatedFor(f)),
    openRelated: vi.fn(async () => undefined),
    openArchive: vi.fn(async () => undefined),
    reload: vi.fn(async () => undefined),
    ...over,
  } as never;
}

describe('Popup on a detected report', () => {
  it('shows the verdict with its reasons', async () => {
    render(<Popup api={fakeApi()} t={en} />);
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.textContent).toContain('Report on dispatched cadres');
    expect(verdict.textContent).toContain('confidence 92%');
    expect(verdict.textContent).toContain('22 headcounts, 9 place mentions');
    expect(within(verdict).getByRole('list', { name: 'Why' }).textContent).toContain('epidemic-prevention vocabulary');
    expect(performance.getEntriesByName(VERDICT_MARK)).toHaveLength(1);
  });

  it('groups headcounts by place with value, exactness, role and kind', async () => {
    render(<Popup api={fakeApi()} t={en} />);
    const table = await screen.findByTestId('headcount-table');
    expect(within(table).getByText('Headcounts on this page, grouped by the place they are about')).toBeTruthy();
    const groups = [...table.querySelectorAll('tbody')].map((b) => b.querySelector('th')!.textContent);
    expect(groups[0]).toBe('监利市');
    expect(groups[groups.length - 1]).toBe('Place not stated');
    const first = table.querySelector('tbody tr[data-testid="headcount-row"]')!;
    expect(first.querySelector('button')!.textContent).toBe('3301名党员干部');
    expect(first.querySelector('[data-field="value"]')!.textContent).toBe('3,301exact');
    expect(first.querySelector('[data-field="role"]')!.textContent).toBe('党员干部');
    expect(first.querySelector('[data-field="kind"]')!.textContent).toBe('mobilized');
    const approx = [...table.querySelectorAll('tr')].find((r) => r.textContent!.includes('100余人'))!;
    expect(approx.querySelector('[data-field="value"]')!.textContent).toBe('100approx.');
    expect(table.querySelectorAll('[data-testid="headcount-row"]')).toHaveLength(22);
  });

  it('scrolls the page to a headcount when it is clicked', async () => {
    const api = fakeApi();
    render(<Popup api={api} t={en} />);
    fireEvent.click((await screen.findAllByRole('button', { name: '3301名党员干部' }))[0]);
    const h = facts.extraction.headcounts[0];
    await waitFor(() => expect(api.reveal).toHaveBeenCalledWith(7, h.start, h.end));
    expect(facts.articleText.slice(h.start, h.end)).toBe('3301名党员干部');
  });

  it('shows the places as a tree from the province down', async () => {
    render(<Popup api={fakeApi()} t={en} />);
    const tree = await screen.findByTestId('place-tree');
    const village = tree.querySelector('li[data-place="前锋村"]')!;
    const ancestors: string[] = [];
    for (let li = village.parentElement!.closest('li'); li; li = li.parentElement!.closest('li')) ancestors.unshift(li.getAttribute('data-place')!);
    expect(ancestors).toEqual(['湖北省', '荆州市', '监利市', '容城镇']);
    // 荆州市 is only implied by the paths: shown, but not a button.
    expect(within(tree.querySelector('li[data-place="荆州市"]')!).queryAllByRole('button')[0].textContent).not.toBe('荆州市');
    expect(tree.querySelector('li[data-place="七根檀社区"]')!.textContent).toContain('no code');
  });

  it('lists related reports with reasons and marked snippets, and opens one on click', async () => {
    const api = fakeApi();
    render(<Popup api={api} t={en} />);
    const list = await screen.findByTestId('related-list');
    const items = list.querySelectorAll('li.dl-related__item');
    expect(items[0].getAttribute('data-id')).toBe('saved-jianli');
    expect(items[0].textContent).toContain('Same place: 容城镇');
    expect(items[0].textContent).toContain('saved');
    expect(items[0].textContent).toContain('Possible conflict, 党员干部 @ 监利市: 3,301 here, 3,500 there');
    const marks = [...items[0].querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('容城镇');
    // Seeds elsewhere in Hubei relate through the province only.
    expect([...items].map((i) => i.getAttribute('data-id'))).toContain('002_3b87ff4c7a31394c');
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: '监利市干部下沉社区（另一说法）' }));
    await waitFor(() => expect(api.openRelated).toHaveBeenCalledWith(expect.objectContaining({ id: 'saved-jianli', origin: 'collection' })));
  });

  it('flags the conflicting figure in the summary table', async () => {
    render(<Popup api={fakeApi()} t={en} />);
    await screen.findByTestId('related-list');
    const row = screen.getAllByRole('button', { name: '3301名党员干部' })[0].closest('tr')!;
    expect(row.querySelector('[data-field="check"]')!.textContent).toBe('differs in 1 (3,500)');
  });

  it('says how many reports were searched when none is related', async () => {
    const api = fakeApi({ related: vi.fn(async () => ({ ok: true as const, results: [], searched: { archive: 5, collection: 12 } })) });
    render(<Popup api={api} t={en} />);
    expect((await screen.findByTestId('related-none')).textContent).toBe('No related reports among 5 archive and 12 saved reports.');
  });

  it('renders in Chinese', async () => {
    render(<Popup api={fakeApi()} t={zh} />);
    expect((await screen.findByTestId('verdict')).textContent).toContain('下沉干部报道');
    expect(screen.getByRole('heading', { name: /相关报道/ })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '角色' })).toBeTruthy();
  });

  it('renders the save control for the tab and its facts', async () => {
    const SavePanel = vi.fn(({ tabId }: { tabId: number }) => <p data-testid="save">save {tabId}</p>);
    render(<Popup api={fakeApi()} t={en} SavePanel={SavePanel} />);
    expect((await screen.findByTestId('save')).textContent).toBe('save 7');
    expect(SavePanel.mock.calls[0][0]).toMatchObject({ facts: { url: facts.url } });
  });
});

describe('Popup elsewhere', () => {
  it('offers to annotate a page that was not detected, then shows what it found', async () => {
    const notDetected: PageFacts = { ...facts, annotated: false, extraction: { ...facts.extraction, detected: false, score: 0.2, reasons: ['few headcounts'] } };
    const api = fakeApi({ facts: vi.fn(async () => notDetected) });
    render(<Popup api={api} t={en} />);
    expect((await screen.findByTestId('verdict')).textContent).toContain('Not detected as such a report');
    expect(screen.queryByTestId('headcount-table')).toBeNull();
    expect(api.related).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page' }));
    await waitFor(() => expect(api.annotate).toHaveBeenCalledWith(7));
    expect(await screen.findByTestId('headcount-table')).toBeTruthy();
    expect(await screen.findByTestId('related-list')).toBeTruthy();
  });

  it('explains browser pages and the web store plainly, without asking the tab', async () => {
    for (const [url, text] of [
      ['chrome://settings/', 'page of the browser itself'],
      ['https://chromewebstore.google.com/detail/x', 'extension store'],
    ]) {
      const api = fakeApi({ activeTab: vi.fn(async () => ({ id: 3, url })) });
      const { unmount } = render(<Popup api={api} t={en} />);
      expect((await screen.findByTestId('unsupported')).textContent).toContain(text);
      expect(api.facts).not.toHaveBeenCalled();
      unmount();
    }
  });

  it('offers a reload when the page has no content script yet', async () => {
    const api = fakeApi({ facts: vi.fn(async () => Promise.reject(new Error('Could not establish connection'))) });
    render(<Popup api={api} t={en} />);
    expect((await screen.findByTestId('unreachable')).textContent).toContain('Reload it');
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    await waitFor(() => expect(api.reload).toHaveBeenCalledWith(7));
  });
});

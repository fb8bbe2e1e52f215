// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ReaderApp } from './ReaderApp';
import { translatorFrom } from '../popup/i18n';
import { mentionsOf, segments } from './segments';
import type { ReaderApi } from './api';
import { RelatedIndex, pageFromReport } from '../../lib/related/index';
import { buildReport, seedReport, seedReports } from '../../lib/related/__fixtures__/reports';
import type { Report } from '../../lib/schema/report';

afterEach(cleanup);
const en = translatorFrom(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')));

function fakeApi(reports: Report[], over: Partial<ReaderApi> = {}): ReaderApi {
  const index = new RelatedIndex(reports.map((report) => ({ report, origin: 'archive' as const })));
  return {
    list: vi.fn(async () => ({
      ok: true as const,
      problems: [],
      items: index.entries().map(({ report, origin }) => ({ id: report.id, origin, title: report.title, source: report.source, published: report.published, headcounts: report.extraction.headcounts.length, places: [] })),
    })),
    get: vi.fn(async (id: string) => {
      const doc = index.find(id);
      return doc ? { ok: true as const, origin: doc.origin, report: doc.report } : { ok: false as const, error: `No report "${id}" in the archive or the collection.` };
    }),
    related: vi.fn(async (r: Report) => ({ ok: true as const, results: index.query(pageFromReport(r)), searched: { archive: reports.length, collection: 0 } })),
    placeCounts: vi.fn(async (codes: string[]) => ({ counts: index.placeCounts(codes) })),
    importPack: vi.fn(async () => ({ ok: false as const, error: 'The pack was refused and nothing was imported. record 1 at title: expected string.' })),
    ...over,
  };
}

describe('reader: one report', () => {
  it('shows the text with headcounts and places marked, and a card for the selected one', async () => {
    const api = fakeApi(seedReports());
    render(<ReaderApp api={api} search="?id=002_3b87ff4c7a31394c&origin=archive" t={en} />);
    const article = await screen.findByRole('article', { name: 'Report text' });
    const marks = [...article.querySelectorAll('mark')];
    expect(marks.filter((m) => m.dataset.kind === 'headcount').map((m) => m.textContent)).toContain('5.8万党员');
    expect(marks.filter((m) => m.dataset.kind === 'place').map((m) => m.textContent)).toContain('永佳河镇');
    // The whole text is there, unchanged.
    expect(article.textContent).toBe(seedReport('002_3b87ff4c7a31394c').text);

    fireEvent.click(marks.find((m) => m.textContent === '红安县')!);
    const card = screen.getByTestId('reader-card');
    expect(card.querySelector('[data-field="path"]')!.textContent).toBe('湖北省 › 黄冈市 › 红安县');
    await waitFor(() => expect(card.querySelector('[data-field="reports"]')!.textContent).toMatch(/1 .* 0/));

    fireEvent.focus(marks.find((m) => m.textContent === '5.8万党员')!);
    expect(screen.getByTestId('reader-card').querySelector('[data-field="value"]')!.textContent).toMatch(/^58,000/);
  });

  it('reveals a headcount from the summary table in the text', async () => {
    render(<ReaderApp api={fakeApi(seedReports())} search="?id=000_7d9928301217a0d3" t={en} />);
    const table = await screen.findByTestId('headcount-table');
    fireEvent.click(within(table).getAllByRole('button', { name: '194人' })[0]);
    const selected = document.querySelector('mark.is-selected')!;
    expect(selected.textContent).toBe('194人');
    expect(selected.getAttribute('aria-current')).toBe('true');
  });

  it('lists related reports and opens an archive one in the reader', async () => {
    const navigate = vi.fn();
    render(<ReaderApp api={fakeApi(seedReports())} search="?id=000_7d9928301217a0d3" t={en} navigate={navigate} />);
    const list = await screen.findByTestId('related-list');
    expect(list.querySelectorAll('li.dl-related__item').length).toBeGreaterThan(0);
    fireEvent.click(within(list).getByRole('button', { name: '黄冈5.8万党员下沉疫情防控第一线' }));
    expect(navigate).toHaveBeenCalledWith('?id=002_3b87ff4c7a31394c&origin=archive', false);
  });

  it('never turns report text into HTML', async () => {
    const hostile = buildReport('hostile', ['<img src=x onerror="alert(1)">', { place: '监利市' }, '<b>粗体</b>']);
    render(<ReaderApp api={fakeApi([hostile])} search="?id=hostile" t={en} />);
    const article = await screen.findByRole('article');
    expect(article.querySelector('img, b')).toBeNull();
    expect(article.textContent).toBe(hostile.text);
  });

  it('says when a report does not exist', async () => {
    render(<ReaderApp api={fakeApi([])} search="?id=missing" t={en} />);
    expect((await screen.findByRole('alert')).textContent).toContain('No report "missing"');
  });
});

describe('reader: archive index and pack import', () => {
  it('lists the archive with links to each report', async () => {
    render(<ReaderApp api={fakeApi(seedReports())} search="" t={en} />);
    const list = await screen.findByTestId('archive-list');
    const link = within(list).getByRole('link', { name: '黄冈5.8万党员下沉疫情防控第一线' });
    expect(link.getAttribute('href')).toBe('?id=002_3b87ff4c7a31394c&origin=archive');
    expect(list.querySelectorAll('tbody tr')).toHaveLength(5);
  });

  it('shows why a pack was refused, and reloads the list after a good one', async () => {
    const api = fakeApi(seedReports());
    render(<ReaderApp api={api} search="" t={en} />);
    await screen.findByTestId('archive-list');
    const input = screen.getByTestId('import-input') as HTMLInputElement;
    const choose = (name: string) => {
      Object.defineProperty(input, 'files', { value: [new File(['[]'], name, { type: 'application/json' })], configurable: true });
      fireEvent.change(input);
    };
    choose('bad.json');
    expect((await screen.findByTestId('import-outcome')).textContent).toContain('refused and nothing was imported');
    expect(api.list).toHaveBeenCalledTimes(1);

    api.importPack = vi.fn(async () => ({ ok: true as const, added: 3, replaced: 1, skipped: 0 }));
    choose('good.json');
    await waitFor(() => expect(screen.getByTestId('import-outcome').textContent).toBe('Imported: 3 new, 1 replaced, 0 already in the bundled archive.'));
    expect(api.importPack).toHaveBeenCalledWith('[]');
    await waitFor(() => expect(api.list).toHaveBeenCalledTimes(2));
  });
});

describe('segments', () => {
  it('never nests marks: the earlier, longer mention wins an overlap', () => {
    const r = buildReport('s', [{ hc: { text: '1名武汉返乡人员', value: 1, role: '武汉返乡人员', kind: 'population' } }]);
    const place = { ...seedReport('003_337bf66f5a191e40').extraction.places.find((p) => p.name === '武汉市')!, start: 2, end: 4, text: '武汉' };
    const segs = segments(r.text, mentionsOf(r.extraction.headcounts, [place]));
    expect(segs.map((s) => [s.text, s.mention?.kind])).toEqual([['1名武汉返乡人员', 'headcount']]);
  });
});

/**
 * The collection end to end, in Chromium with the built extension: two report pages
 * served from 127.0.0.1 are saved from the popup (`popup.html?tabId=N`, which renders
 * SavePanel), then the collection page lists them, filters by a prefecture, and exports
 * CSV whose rows are checked.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';

/** The extension API as seen inside `page.evaluate` on an extension page. */
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<any> };
};

const ARCHIVE = resolve(import.meta.dirname, '../../archive');
let session: ExtensionSession;
let server: StaticServer;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function reportPage(title: string, date: string, text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="${date}T08:00:00+08:00"></head>
<body><article><h1>${escapeHtml(title)}</h1>${paragraphs}</article></body></html>`;
}

beforeAll(async () => {
  session = await launchWithExtension();
  server = await serveStatic();
  server.route('/jianli.html', reportPage('监利市3301名党员干部下沉村社', '2022-08-15', readFileSync(resolve(ARCHIVE, '000_7d9928301217a0d3.txt'), 'utf8')));
  server.route('/huanggang.html', reportPage('黄冈5.8万党员下沉疫情防控第一线', '2021-08-02', readFileSync(resolve(ARCHIVE, '002_3b87ff4c7a31394c.txt'), 'utf8')));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const extensionUrl = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function tabIdOf(page: Page, url: string): Promise<number> {
  const id = await page.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the report in a tab, then the popup for that tab, and saves from SavePanel. */
async function saveFromPopup(path: string, note: string): Promise<string> {
  const url = server.origin + path;
  const tab = await session.context.newPage();
  await tab.goto(url);
  const popup = await session.context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  const tabId = await tabIdOf(popup, url);
  await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
  const saveButton = popup.getByTestId('save-page');
  await saveButton.waitFor({ timeout: 20_000 });
  await popup.locator('.dl-save-panel textarea').fill(note);
  await saveButton.click();
  const outcome = popup.getByTestId('save-outcome');
  await outcome.waitFor({ timeout: 10_000 });
  const result = (await outcome.getAttribute('data-outcome')) ?? '';
  await popup.close();
  await tab.close();
  return result;
}

describe('collection', () => {
  it('saves two pages from the popup, filters by prefecture, and exports the CSV rows', async () => {
    expect(await saveFromPopup('/jianli.html', '监利')).toBe('created');
    expect(await saveFromPopup('/huanggang.html', '黄冈')).toBe('created');
    // Saving the same address again updates instead of duplicating, and says so.
    expect(await saveFromPopup('/huanggang.html', '')).toBe('updated');

    const page = await session.context.newPage();
    await page.goto(extensionUrl('collection.html'));
    const count = page.getByTestId('result-count');
    await expect.poll(() => count.getAttribute('data-count'), { timeout: 10_000 }).toBe('2');
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(2);

    await page.getByTestId('filter-province').selectOption('42');
    await page.getByTestId('filter-prefecture').selectOption('4211'); // 黄冈市
    await expect.poll(() => count.getAttribute('data-count')).toBe('1');
    await expect(page.getByTestId('record-row').first().innerText()).resolves.toContain('黄冈');

    // The record view shows the saved text with its highlights.
    await page.getByTestId('record-row').first().click();
    await page.getByTestId('record-text').waitFor();
    expect(await page.locator('[data-testid="record-text"] mark[data-type="headcount"]').count()).toBeGreaterThan(5);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const { data, errors, meta } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual(['url', 'title', 'date', 'site', 'province', 'prefecture', 'county', 'township', 'village', 'place_code', 'value', 'approx', 'role', 'kind', 'sentence']);
    expect(data.length).toBeGreaterThan(5);
    // Only the filtered record is exported.
    expect(new Set(data.map((r) => r.url))).toEqual(new Set([`${server.origin}/huanggang.html`]));
    expect(data.every((r) => r.site === '127.0.0.1' && r.date === '2021-08-02')).toBe(true);
    const headline = data.find((r) => r.value === '58000' && r.role === '党员');
    expect(headline).toMatchObject({ kind: 'mobilized', approx: 'false' });
    expect(headline!.sentence).toContain('5.8万党员');
    expect(data.filter((r) => r.prefecture === '黄冈市').length).toBeGreaterThan(0);
    expect(data.some((r) => r.kind === 'population')).toBe(true);
    await page.close();
  });

  // Uses the two records saved by the test above.
  it('keeps a correction made in the record view and uses it in the export; delete can be undone', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl('collection.html'));
    const count = page.getByTestId('result-count');
    await expect.poll(() => count.getAttribute('data-count'), { timeout: 10_000 }).toBe('2');
    await page.getByTestId('search').fill('5.8万党员');
    await expect.poll(() => count.getAttribute('data-count')).toBe('1');
    await page.getByTestId('record-row').first().click();
    await page.locator('[data-testid="record-text"] mark[data-type="headcount"]', { hasText: '5.8万党员' }).first().click();
    await page.getByTestId('correct-kind').selectOption('population');
    await page.getByTestId('correct-save').click();
    await page.locator('.dl-corrections li').first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const { data } = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const corrected = data.filter((r) => r.value === '58000' && r.role === '党员');
    expect(corrected.map((r) => r.kind)).toContain('population');

    await page.getByTestId('delete-record').click();
    await expect.poll(() => count.getAttribute('data-count')).toBe('0');
    await page.getByTestId('undo').click();
    await expect.poll(() => count.getAttribute('data-count')).toBe('1');
    // The restored record still has its correction.
    await page.getByTestId('record-row').first().click();
    await page.locator('.dl-corrections li').first().waitFor();
    await page.close();
  });
});

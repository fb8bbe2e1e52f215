/**
 * The popup and the reader end to end, in Chromium with the built extension: a seed
 * report served from 127.0.0.1 is opened in a tab, then the popup page for that tab
 * (`popup.html?tabId=N`) is checked for its verdict, headcount summary, place tree and
 * related reports from the bundled archive; clicking a headcount reveals it on the page,
 * clicking a related report opens it in the reader.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import type { WxtBrowser } from 'wxt/browser';

/** In extension pages, where the evaluated callbacks run. */
declare const chrome: WxtBrowser;

const ROOT = resolve(import.meta.dirname, '../..');
let session: ExtensionSession;
let server: StaticServer;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function reportPage(title: string, text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><article><h1>${escapeHtml(title)}</h1>${paragraphs}</article></body></html>`;
}

beforeAll(async () => {
  // `npx wxt build` alone does not run `prebuild`; the archive is generated build input.
  if (!existsSync(resolve(EXTENSION_DIR, 'archive.json'))) {
    if (!existsSync(resolve(ROOT, 'public/archive.json'))) execSync('npm run -s archive', { cwd: ROOT, stdio: 'inherit' });
    copyFileSync(resolve(ROOT, 'public/archive.json'), resolve(EXTENSION_DIR, 'archive.json'));
  }
  session = await launchWithExtension();
  server = await serveStatic();
  server.route('/jianli.html', reportPage('监利市3301名党员干部下沉村社', readFileSync(resolve(ROOT, 'archive/000_7d9928301217a0d3.txt'), 'utf8')));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const extensionUrl = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function popupFor(url: string): Promise<{ tab: Page; popup: Page }> {
  const tab = await session.context.newPage();
  await tab.goto(url);
  const popup = await session.context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  const tabId = await popup.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (typeof tabId !== 'number') throw new Error(`no tab for ${url}`);
  await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
  return { tab, popup };
}

describe('popup', () => {
  it('summarises a served report and relates it to the archive', async () => {
    const { tab, popup } = await popupFor(`${server.origin}/jianli.html`);
    const verdict = popup.getByTestId('verdict');
    await verdict.waitFor({ timeout: 20_000 });
    expect(await verdict.getAttribute('class')).toContain('is-report');

    // Summary: 3301名党员干部 under 监利市, exact, mobilized.
    const table = popup.getByTestId('headcount-table');
    await table.waitFor();
    const row = table.locator('tr[data-testid="headcount-row"]', { hasText: '3301名党员干部' }).first();
    expect(await row.locator('[data-field="value"]').textContent()).toMatch(/^3,301/);
    expect(await row.locator('[data-field="role"]').textContent()).toBe('党员干部');
    expect(await row.locator('xpath=ancestor::tbody').locator('th').first().textContent()).toBe('监利市');
    expect(await table.locator('tr[data-testid="headcount-row"]').count()).toBeGreaterThanOrEqual(15);

    // Place tree: 容城镇 sits under 湖北省 › 荆州市 › 监利市.
    const rongcheng = popup.locator('[data-testid="place-tree"] li[data-place="湖北省"] li[data-place="荆州市"] li[data-place="监利市"] > ul > li[data-place="容城镇"]');
    expect(await rongcheng.count()).toBe(1);

    // Related: the archive's copy of this very report comes first, as a likely reprint
    // with corroborated figures; other Hubei reports follow.
    const list = popup.getByTestId('related-list');
    await list.waitFor({ timeout: 15_000 });
    const items = list.locator('li.dl-related__item');
    expect(await items.first().getAttribute('data-id')).toBe('000_7d9928301217a0d3');
    expect(await items.first().locator('.dl-badge--reprint').count()).toBe(1);
    expect(await items.first().locator('.dl-why--corroborated').count()).toBeGreaterThan(0);
    expect(await items.first().locator('mark').count()).toBeGreaterThan(0);
    const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).toContain('002_3b87ff4c7a31394c');

    // Clicking a headcount scrolls the report page to it.
    await tab.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('tr[data-testid="headcount-row"] button', { hasText: '20名环卫工人' }).first().click();
    await expect.poll(() => tab.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(200);

    // Clicking a related report opens it in the reader, with its text marked.
    const [reader] = await Promise.all([
      session.context.waitForEvent('page'),
      list.locator('li[data-id="002_3b87ff4c7a31394c"] button.dl-related__title').click(),
    ]);
    await reader.waitForLoadState();
    expect(reader.url()).toContain('reader.html?id=002_3b87ff4c7a31394c');
    const marks = reader.locator('article mark[data-kind="headcount"]');
    await marks.first().waitFor({ timeout: 10_000 });
    expect(await marks.allTextContents()).toContain('5.8万党员');
    await marks.first().click();
    expect(await reader.getByTestId('reader-card').locator('[data-field="value"]').textContent()).toMatch(/^58,000/);
    await Promise.all([tab.close(), popup.close(), reader.close()]);
  });

  it('annotates a page that was not detected, on request', async () => {
    server.route(
      '/notice.html',
      reportPage('社区通知', '社区通知\n\n本周六上午九点在社区广场举办健康讲座，欢迎居民参加。\n\n讲座邀请市医院专家讲解冬季养生知识，现场设有200个座位，先到先得。'),
    );
    const { tab, popup } = await popupFor(`${server.origin}/notice.html`);
    const verdict = popup.getByTestId('verdict');
    await verdict.waitFor({ timeout: 20_000 });
    expect(await verdict.getAttribute('class')).toContain('is-not-report');
    expect(await popup.getByTestId('headcount-table').count()).toBe(0);
    await popup.getByTestId('annotate').click();
    // Annotated on request: the summary is shown (empty here: seats are not people).
    await popup.getByRole('heading', { level: 2 }).filter({ hasText: /Headcounts|人数/ }).waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('annotate').count()).toBe(0);
    await Promise.all([tab.close(), popup.close()]);
  });

  it('explains plainly where the extension cannot run', async () => {
    const { tab, popup } = await popupFor('chrome://version/');
    const notice = popup.getByTestId('unsupported');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/browser itself|浏览器自身/);
    await Promise.all([tab.close(), popup.close()]);
  });

  it('imports a pack in the reader, and refuses a bad one without changing the archive', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl('reader.html'));
    const rows = page.getByTestId('archive-list').locator('tbody tr');
    await rows.first().waitFor({ timeout: 10_000 });
    expect(await rows.count()).toBe(5);

    await page.getByTestId('import-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[{"id":"x"}]') });
    await expect.poll(() => page.getByTestId('import-outcome').textContent()).toMatch(/refused and nothing was imported/);
    expect(await rows.count()).toBe(5);

    const archive = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'archive.json'), 'utf8'));
    const pack = [{ ...archive.records[2], id: 'pack-huanggang-copy', file: null }];
    await page.getByTestId('import-input').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(6);
    expect(await page.locator('tr[data-id="pack-huanggang-copy"]').count()).toBe(1);
    await page.close();
  });
});

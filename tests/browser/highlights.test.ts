/**
 * In-page highlights, driven in Debian's Chromium with the real built extension on
 * pages served from 127.0.0.1 (fixtures/pages.ts). For every layout we read the ranges
 * back from `CSS.highlights` and require that each covers exactly the page characters
 * of a mention the content script reports (`page/get-facts`), that known mentions are
 * among them, that nothing in the site furniture is painted, and that the page's DOM
 * outside our host is what the page itself built.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import * as pages from './fixtures/pages';
import {
  NAMES, readHighlights, waitForHighlights, recordDomAtLoad, domNowAndAtLoad, getFacts, sendToTab, badgeText,
  readCard, centreOf, storeSettings, engineLoaded, type Painted,
} from './fixtures/extension';
import type { PageFacts } from '../../lib/messages/page';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const SEED = '000_7d9928301217a0d3.txt';

let session: ExtensionSession;
let server: StaticServer;

beforeAll(async () => {
  session = await launchWithExtension();
  server = await serveStatic();
  await recordDomAtLoad(session.context);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(path: string, html: string): Promise<{ page: Page; url: string }> {
  server.route(path, html);
  const url = server.origin + path;
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, url };
}

/** The page string each reported mention must highlight: its article text minus the line breaks <br> and blocks add. */
function expectedStrings(facts: PageFacts): { headcount: string[]; place: string[] } {
  const dom = (s: string) => s.replace(/\n/g, '');
  return {
    headcount: facts.extraction.headcounts.map((h) => dom(h.text)),
    place: facts.extraction.places.map((p) => dom(p.text)),
  };
}

function sorted(a: string[]): string[] {
  return [...a].sort();
}

/** Every highlight is exactly a reported mention and every reported mention is highlighted. */
function expectExactlyTheMentions(painted: Painted, facts: PageFacts): void {
  const want = expectedStrings(facts);
  expect(painted.headcount.length).toBeGreaterThan(0);
  expect(sorted(painted.headcount)).toEqual(sorted(want.headcount));
  expect(sorted(painted.place)).toEqual(sorted(want.place));
  for (const junk of pages.FURNITURE_TEXTS) {
    expect([...painted.headcount, ...painted.place].join('|')).not.toContain(junk);
    expect(facts.articleText).not.toContain(junk);
  }
}

describe.each(pages.seedNames())('seed %s', (seed) => {
  const text = pages.readSeed(seed);

  it('as a plain article page: highlights exactly the mentions, DOM untouched, badge = headcounts', async () => {
    const { page, url } = await open(`/plain/${seed}.html`, pages.plainPage(text));
    const painted = await waitForHighlights(page);
    const facts = await getFacts(session.context, url);
    expect(facts.annotated).toBe(true);
    expect(facts.extraction.detected).toBe(true);
    expectExactlyTheMentions(painted, facts);
    const dom = await domNowAndAtLoad(page);
    expect(dom.now).toBe(dom.atLoad);
    expect(await badgeText(session.context, url)).toBe(String(facts.extraction.headcounts.length));
    expect(await engineLoaded(session.context, page)).toBe(true);
    await page.close();
  });

  it('as an e-paper layout (spaces between characters, <br> in mentions)', async () => {
    const { page, url } = await open(`/epaper/${seed}.html`, pages.epaperPage(text));
    const painted = await waitForHighlights(page);
    const facts = await getFacts(session.context, url);
    expectExactlyTheMentions(painted, facts);
    const dom = await domNowAndAtLoad(page);
    expect(dom.now).toBe(dom.atLoad);
    await page.close();
  });
});

describe('seed 000 in other layouts', () => {
  const text = pages.readSeed(SEED);

  it('plain: mentions over inline tags are one range; the known headcounts are there', async () => {
    const { page } = await open('/known/plain.html', pages.plainPage(text));
    const painted = await waitForHighlights(page);
    // `<span>3301</span>名党员干部`, and the spaced repeat of it in the text itself.
    expect(painted.headcount).toContain('3301名党员干部');
    expect(painted.headcount).toContain('280名党员');
    expect(painted.headcount).toContain('186名党员干部');
    expect(painted.place).toContain('监利市');
    const spansInside = await page.evaluate((name) => {
      const r = [...(CSS.highlights.get(name) as unknown as Set<Range>)].find((x) => x.toString() === '3301名党员干部')!;
      return r.startContainer !== r.endContainer && r.cloneContents().querySelectorAll('span').length;
    }, NAMES.headcount);
    expect(spansInside).toBe(1);
    await page.close();
  });

  it('e-paper: a mention broken by <br> is one range over exactly its characters', async () => {
    const { page } = await open('/known/epaper.html', pages.epaperPage(text));
    const painted = await waitForHighlights(page);
    expect(painted.headcount).toContain('3301 名 党 员 干 部');
    expect(painted.headcount).toContain('186名 党 员 干 部');
    const brInside = await page.evaluate((name) => {
      const r = [...(CSS.highlights.get(name) as unknown as Set<Range>)].find((x) => x.toString() === '186名 党 员 干 部')!;
      return r.cloneContents().querySelectorAll('br').length;
    }, NAMES.headcount);
    expect(brInside).toBe(1);
    await page.close();
  });

  it('in traditional characters', async () => {
    const { page, url } = await open('/known/traditional.html', pages.traditionalPage(text));
    const painted = await waitForHighlights(page);
    const facts = await getFacts(session.context, url);
    expectExactlyTheMentions(painted, facts);
    expect(painted.headcount).toContain('3301名黨員幹部');
    expect(facts.extraction.headcounts.find((h) => h.text === '3301名黨員幹部')?.role).toBe('党员干部');
    await page.close();
  });

  it('inside a same-origin iframe: painted in the frame, DOMs untouched', async () => {
    server.route('/frame/article.html', pages.framePage(text));
    const { page, url } = await open('/known/iframe.html', pages.iframeShell('/frame/article.html'));
    const frame = page.frames().find((f) => f.url().endsWith('/frame/article.html'))!;
    const painted = await waitForHighlights(frame);
    const facts = await getFacts(session.context, url);
    expectExactlyTheMentions(painted, facts);
    expect(painted.headcount).toContain('3301名党员干部');
    expect((await readHighlights(page)).headcount).toEqual([]); // nothing in the shell itself
    for (const f of [page, frame]) {
      const dom = await domNowAndAtLoad(f);
      expect(dom.now).toBe(dom.atLoad);
    }
    // Hovering a highlight inside the frame shows the card in the top page, next to it.
    const inFrame = await frame.evaluate((name) => {
      const r = [...(CSS.highlights.get(name) as unknown as Set<Range>)].find((x) => x.toString() === '3301名党员干部')!;
      const b = r.getClientRects()[0];
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }, NAMES.headcount);
    const box = (await (await frame.frameElement()).boundingBox())!;
    await page.mouse.move(box.x + 1 + inFrame.x, box.y + 1 + inFrame.y);
    await page.waitForFunction(() => !!document.querySelector('dispatch-lens-ui')?.shadowRoot?.querySelector('[data-kind]'));
    expect((await readCard(page)).quote).toBe('3301名党员干部');
    const cardTop = await page.evaluate(() => document.querySelector('dispatch-lens-ui')!.shadowRoot!.querySelector('.dl-layer')!.getBoundingClientRect().top);
    expect(cardTop).toBeGreaterThan(box.y + inFrame.y);
    await page.close();
  });

  it('appended after load: re-scanned and painted, DOM as the page built it', async () => {
    const { page, url } = await open('/known/late.html', pages.latePage(text, 800));
    await page.waitForSelector('#app p.loading', { state: 'detached' });
    const painted = await waitForHighlights(page);
    const facts = await getFacts(session.context, url);
    expectExactlyTheMentions(painted, facts);
    expect(painted.headcount).toContain('3301名党员干部');
    const dom = await page.evaluate(() => document.querySelectorAll('dispatch-lens-ui').length);
    expect(dom).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('infinite scroll: a second report appended later is painted too, incrementally', async () => {
    const second = pages.readSeed('004_79f478bc8f99c2d1.txt');
    const { page, url } = await open('/known/scroll.html', pages.scrollingPage(text, second, 800));
    const before = await waitForHighlights(page);
    expect(before.headcount).toContain('3301名党员干部');
    expect(before.headcount).not.toContain('32名网格员');
    await page.waitForFunction(() => performance.getEntriesByName('dispatch-lens:rescan-appended').length > 0, null, { timeout: 10_000 });
    const after = await readHighlights(page);
    expect(after.headcount).toContain('32名网格员');
    const facts = await getFacts(session.context, url);
    expectExactlyTheMentions(after, facts);
    expect(await badgeText(session.context, url)).toBe(String(facts.extraction.headcounts.length));
    await page.close();
  });

  it('hover shows the card for a headcount and for a place; keyboard moves through highlights', async () => {
    const { page } = await open('/known/hover.html', pages.plainPage(text));
    await waitForHighlights(page);
    const at = await centreOf(page, NAMES.headcount, '3301名党员干部');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.waitForFunction(() => !!document.querySelector('dispatch-lens-ui')?.shadowRoot?.querySelector('[data-kind]'));
    let card = await readCard(page);
    expect(card.quote).toBe('3301名党员干部');
    expect(card.value).toMatch(/^3,301 /);
    expect(card.value).toContain('exact');
    expect(card.role).toBe('党员干部');
    expect(card.kind).toContain('mobilized');
    expect(card.place).toBe('监利市');

    const placeAt = await centreOf(page, NAMES.place, '监利市');
    await page.mouse.move(placeAt!.x, placeAt!.y);
    await page.waitForFunction(() => !!document.querySelector('dispatch-lens-ui')?.shadowRoot?.querySelector('[data-kind="place"]'));
    card = await readCard(page);
    expect(card.path).toBe('湖北省 › 荆州市 › 监利市');
    expect(card.code).toBe('421088');
    // The bundled archive holds this very report, so at least one archive report names 监利市.
    await page.waitForFunction(() => /archive/.test(document.querySelector('dispatch-lens-ui')?.shadowRoot?.querySelector('[data-field="reports"]')?.textContent ?? ''), null, { timeout: 5000 });
    card = await readCard(page);
    expect(card.reports).toMatch(/^archive [1-9]\d* · collection 0$/);

    // Away from any highlight the card goes.
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => !document.querySelector('dispatch-lens-ui')?.shadowRoot?.querySelector('[data-kind]'));

    await page.keyboard.press('Alt+Shift+N');
    await page.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) === 1, NAMES.focus);
    const first = (await readHighlights(page)).focus[0];
    card = await readCard(page);
    expect(card.quote).toBe(first);
    expect(card.position).toMatch(/^1 of \d+$/);
    await page.keyboard.press('Alt+Shift+N');
    await page.waitForFunction(() => /^2 of/.test(document.querySelector('dispatch-lens-ui')?.shadowRoot?.querySelector('[data-field="position"]')?.textContent ?? ''));
    await page.keyboard.press('Alt+Shift+P');
    await page.keyboard.press('Alt+Shift+P');
    await page.waitForFunction(() => /^(\d+) of \1$/.test(document.querySelector('dispatch-lens-ui')?.shadowRoot?.querySelector('[data-field="position"]')?.textContent ?? ''));

    // Our card and our host never made the page re-scan itself.
    const scans = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('dispatch-lens:') && m.name !== 'dispatch-lens:boot').map((m) => m.name));
    expect(scans).toEqual(['dispatch-lens:scan']);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.keyboard.press('Escape');
    const hc = await centreOf(page, NAMES.headcount, '3301名党员干部');
    await page.mouse.move(hc!.x, hc!.y);
    await page.waitForFunction(() => !!document.querySelector('dispatch-lens-ui')?.shadowRoot?.querySelector('[data-kind]'));
    await page.screenshot({ path: resolve(ARTIFACTS, 'highlighted-report.png') });
    await page.close();
  });

  it('page/reveal focuses the mention at the given offsets', async () => {
    const { page, url } = await open('/known/reveal.html', pages.plainPage(text));
    await waitForHighlights(page);
    const facts = await getFacts(session.context, url);
    const h = facts.extraction.headcounts[facts.extraction.headcounts.length - 1];
    const reply = await sendToTab<{ ok: boolean }>(session.context, url, { type: 'page/reveal', start: h.start, end: h.end });
    expect(reply).toEqual({ ok: true });
    expect((await readHighlights(page)).focus).toEqual([h.text.replace(/\n/g, '')]);
    await page.close();
  });
});

describe('pages that are not reports', () => {
  async function expectNothing(path: string, html: string) {
    const { page, url } = await open(path, html);
    await page.waitForTimeout(2500);
    const painted = await readHighlights(page);
    expect(painted).toEqual({ headcount: [], place: [], focus: [] });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('dispatch-lens-ui').length)).toBe(0);
    expect(await badgeText(session.context, url)).toBe('');
    // Only the small boot script ran: no engine, no gazetteer, no extractor here.
    expect(await engineLoaded(session.context, page)).toBe(false);
    return { page, url };
  }

  it('an English page gets no highlights', async () => {
    const { page } = await expectNothing('/english.html', pages.englishPage());
    await page.close();
  });

  it('an unrelated Chinese page gets none, until the user asks to annotate it', async () => {
    const { page, url } = await expectNothing('/unrelated.html', pages.unrelatedChinesePage());
    const facts = await getFacts(session.context, url);
    expect(facts.extraction.detected).toBe(false);
    expect(facts.annotated).toBe(false);
    expect(facts.articleText).toContain('秋天气候干燥');
    const annotated = await sendToTab<PageFacts>(session.context, url, { type: 'page/annotate' });
    expect(annotated.annotated).toBe(true);
    await page.close();
  });
});

describe('settings', () => {
  it('highlighting turned off for a site stays off there, and "annotate this page" still works', async () => {
    const text = pages.readSeed(SEED);
    await storeSettings(session.context, { enabled: true, disabledSites: ['127.0.0.1'] });
    try {
      const { page, url } = await open('/settings/off.html', pages.plainPage(text));
      const facts = await getFacts(session.context, url);
      expect(facts.extraction.detected).toBe(true);
      expect(facts.annotated).toBe(false);
      expect((await readHighlights(page)).headcount).toEqual([]);
      const annotated = await sendToTab<PageFacts>(session.context, url, { type: 'page/annotate' });
      expect(annotated.annotated).toBe(true);
      expect((await readHighlights(page)).headcount).toContain('3301名党员干部');
      await page.close();

      // Turned back on: a page already open repaints without a reload.
      const second = await open('/settings/on.html', pages.plainPage(text));
      await getFacts(session.context, second.url);
      expect((await readHighlights(second.page)).headcount).toEqual([]);
      await storeSettings(session.context, { enabled: true, disabledSites: [] });
      await waitForHighlights(second.page);
      await second.page.close();
    } finally {
      await storeSettings(session.context, undefined);
    }
  });
});

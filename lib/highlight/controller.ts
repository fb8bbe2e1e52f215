/**
 * Highlights on one page: reads the article, has it extracted, paints the mentions,
 * keeps them current as the page changes, and answers the page messages
 * (`page/get-facts`, `page/annotate`, `page/reveal`). Runs in the lazily loaded engine,
 * only on pages that passed the cheap first test or that the user asked about.
 */
import { articleFromDocumentAsync, runSliced, type Article } from '../article';
import type { Extraction } from '../schema/extraction';
import { pageFactsSchema, pageRequestSchema, type PageFacts } from '../messages/page';
import { placeCountsReplySchema } from '../messages/content';
import { DEFAULT_SETTINGS, highlightsAllowed, type HighlightSettings } from '../settings';
import { parseExtractionSteps } from './extraction-client';
import { mentionSteps, rangeFor, type PageMention } from './mentions';
import { Painter } from './paint';
import { HitIndex } from './hit-test';
import { CardHost } from './card-host';
import { navigationKey, step } from './navigation';
import { ChangeWatcher } from './change-watcher';
import { mergeAppended } from './incremental';

export interface ControllerDeps {
  /** Raw `hl/extract` reply for a text (parsed here). */
  extract(text: string): Promise<unknown>;
  /** Raw `xref/place-counts` reply (parsed here); may reject when nobody answers. */
  placeCounts(codes: string[]): Promise<unknown>;
  /** Tells the background what the badge should show. */
  reportFound(headcounts: number, annotated: boolean): void;
  loadSettings(): Promise<HighlightSettings>;
  watchSettings(listener: (s: HighlightSettings) => void): () => void;
}

type ReportCount = { archive: number; collection: number };

const REVEAL_FLASH_MS = 2000;
const COUNTS_TIMEOUT_MS = 1500;

export class HighlightController {
  private article: Article | null = null;
  private extraction: Extraction | null = null;
  private mentions: PageMention[] = [];
  private painted = false;
  /** The user asked for highlights here ("annotate this page"): detection and settings do not apply. */
  private forced = false;
  private settings: HighlightSettings = DEFAULT_SETTINGS;
  private readonly painter = new Painter();
  private readonly card: CardHost;
  private readonly watcher: ChangeWatcher;
  private hit: HitIndex | null = null;
  private current = -1;
  private hovered = -1;
  private flashTimer = 0;
  private scanning: Promise<void> | null = null;
  private rescan = false;
  private firstScan: Promise<void> | null = null;
  private readonly counts = new Map<string, ReportCount | null>();
  private readonly listening = new WeakSet<Document>();
  private timing: Record<string, number> = {};

  constructor(
    private readonly deps: ControllerDeps,
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    this.card = new CardHost(doc);
    this.watcher = new ChangeWatcher(() => this.scan(), (n) => this.card.owns(n), () => this.article?.parts.flatMap((p) => p.roots) ?? []);
    signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** Starts on a page that passed the first test: scan, paint if it is a report, keep watching. */
  async start(): Promise<void> {
    this.settings = await this.deps.loadSettings();
    const unwatch = this.deps.watchSettings((s) => {
      this.settings = s;
      void this.repaint();
    });
    this.signal.addEventListener('abort', unwatch, { once: true });
    await this.ready();
  }

  /** Answers a page message (already known to be `page/…`); validated here. */
  async handle(raw: unknown): Promise<unknown> {
    const req = pageRequestSchema.parse(raw);
    switch (req.type) {
      case 'page/get-facts':
        await this.ready();
        return this.facts();
      case 'page/annotate':
        this.forced = true;
        await this.ready();
        if (!this.painted) await this.repaint();
        return this.facts();
      case 'page/reveal':
        await this.ready();
        return { ok: this.reveal(req.start, req.end) };
    }
  }

  /** Resolves once the page has been scanned at least once. */
  private ready(): Promise<void> {
    this.firstScan ??= this.scan();
    return this.firstScan;
  }

  /** Scans now, or once more after the scan in progress (changes during a scan are not lost). */
  scan(): Promise<void> {
    if (this.scanning) {
      this.rescan = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      try {
        do {
          this.rescan = false;
          await this.scanOnce();
        } while (this.rescan && !this.signal.aborted);
      } catch (e) {
        if (!this.signal.aborted) console.warn('[dispatch-lens] highlight scan failed:', e);
      } finally {
        this.scanning = null;
      }
    })();
    return this.scanning;
  }

  private async scanOnce(): Promise<void> {
    const t0 = performance.now();
    const article = await articleFromDocumentAsync(this.doc, { isRendered, signal: this.signal });
    this.timing = { start: t0, article: performance.now() - t0, chars: article.text.length };
    const prev = this.article;
    const prevExtraction = this.extraction;
    this.watcher.watch(article.parts.map((p) => p.doc), this.doc);

    if (prev && prevExtraction && article.text === prev.text) {
      // Same words: keep the extraction; re-anchor only if the page replaced nodes under our ranges.
      this.article = article;
      if (this.painted && this.mentions.some((m) => m.range.collapsed || !m.range.startContainer.isConnected)) {
        await this.paintAll(article, prevExtraction);
      }
      measure('rescan-unchanged', t0, this.timing);
      return;
    }

    if (prev && prevExtraction && this.painted && article.text.startsWith(prev.text) && prev.text.length > 0) {
      // Content appended (infinite scroll, a late article body): extract only the new part.
      const cut = article.text.lastIndexOf('\n', prev.text.length - 2) + 1;
      const tail = await runSliced(parseExtractionSteps(await this.deps.extract(article.text.slice(cut))), { signal: this.signal });
      const extraction = mergeAppended(prevExtraction, tail, cut);
      const stale = this.mentions.filter((m) => m.end > cut);
      this.painter.remove(stale);
      const added = await runSliced(mentionSteps(article, { ...extraction, ...onlyFrom(extraction, cut) }), { signal: this.signal });
      this.article = article;
      this.extraction = extraction;
      this.mentions = [...this.mentions.filter((m) => m.end <= cut), ...added];
      this.painter.add(added);
      this.afterPaint();
      measure('rescan-appended', t0, { ...this.timing, mentions: added.length });
      return;
    }

    const t1 = performance.now();
    const raw = await this.deps.extract(article.text);
    const tReply = performance.now();
    const extraction = await runSliced(parseExtractionSteps(raw), { signal: this.signal });
    const t2 = performance.now();
    this.article = article;
    this.extraction = extraction;
    if (this.shouldPaint()) await this.paintAll(article, extraction);
    else this.unpaint();
    measure('scan', t0, { ...this.timing, extract: t2 - t1, roundTrip: tReply - t1, paint: performance.now() - t2, mentions: this.mentions.length });
  }

  private shouldPaint(): boolean {
    if (!this.extraction) return false;
    return this.forced || (this.extraction.detected && highlightsAllowed(this.settings, this.doc.URL));
  }

  /** Applies a settings change or an "annotate" request to what is already extracted. */
  private async repaint(): Promise<void> {
    if (!this.article || !this.extraction) return;
    if (this.shouldPaint()) {
      if (!this.painted) await this.paintAll(this.article, this.extraction);
    } else this.unpaint();
  }

  private async paintAll(article: Article, extraction: Extraction): Promise<void> {
    const mentions = await runSliced(mentionSteps(article, extraction), { signal: this.signal });
    this.painter.clear();
    this.mentions = mentions;
    // Registering ranges is cheap per range but not for ten thousand at once: slice it too.
    await runSliced(addSteps(this.painter, mentions), { signal: this.signal });
    this.painted = true;
    this.afterPaint();
  }

  private afterPaint(): void {
    this.painted = true;
    this.hit = null;
    this.current = -1;
    this.listen(this.mentions);
    this.deps.reportFound(this.mentions.filter((m) => m.kind === 'headcount').length, true);
  }

  private unpaint(): void {
    const wasPainted = this.painted;
    this.painter.clear();
    this.card.hide();
    this.mentions = [];
    this.hit = null;
    this.painted = false;
    if (wasPainted || this.firstScan) this.deps.reportFound(0, false);
  }

  private facts(): PageFacts {
    const empty: Extraction = { detected: false, score: 0, reasons: [], headcounts: [], places: [] };
    return pageFactsSchema.parse({
      url: this.doc.URL,
      title: this.article?.title || this.doc.title,
      published: this.article?.published ?? null,
      articleText: this.article?.text ?? '',
      extraction: this.extraction ?? empty,
      annotated: this.painted,
    });
  }

  // ---- focus, hover, keyboard -------------------------------------------------------

  private reveal(start: number, end: number): boolean {
    const i = this.mentions.findIndex((m) => m.start === start && m.end === end);
    if (i >= 0) {
      this.focusMention(i);
    } else {
      const range = this.article && rangeFor(this.article, start, end);
      if (!range) return false;
      scrollToRange(range);
      this.painter.focus(range);
    }
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => {
      this.painter.focus(null);
      if (this.current >= 0) this.card.hide();
      this.current = -1;
    }, REVEAL_FLASH_MS);
    return true;
  }

  private focusMention(i: number): void {
    const m = this.mentions[i];
    if (!m) return;
    this.current = i;
    clearTimeout(this.flashTimer);
    scrollToRange(m.range);
    this.painter.focus(m.range);
    this.showCard(i);
  }

  private showCard(i: number): void {
    const m = this.mentions[i];
    const code = m.kind === 'place' ? m.place.code : null;
    const render = () => {
      const reportCount = code ? this.counts.get(code) ?? undefined : undefined;
      this.card.show(m, { reportCount, position: { index: i + 1, count: this.mentions.length } });
    };
    render();
    if (code && !this.counts.has(code)) {
      this.counts.set(code, null); // asked once; "–" until (unless) an answer comes
      void this.fetchCount(code).then((c) => {
        this.counts.set(code, c);
        if (c && (this.current === i || this.hovered === i)) render();
      });
    }
  }

  private async fetchCount(code: string): Promise<ReportCount | null> {
    try {
      const raw = await Promise.race([
        this.deps.placeCounts([code]),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), COUNTS_TIMEOUT_MS)),
      ]);
      return placeCountsReplySchema.parse(raw).counts[code] ?? null;
    } catch {
      return null; // nobody answers yet, or a malformed answer: the card shows "–"
    }
  }

  /** Hover and keyboard listeners on each document that has highlights (the page and its frames). */
  private listen(mentions: PageMention[]): void {
    const docs = new Set(mentions.map((m) => m.range.startContainer.ownerDocument!));
    docs.add(this.doc);
    for (const doc of docs) {
      if (this.listening.has(doc)) continue;
      this.listening.add(doc);
      const win = doc.defaultView!;
      let frame = 0;
      const onMove = (e: PointerEvent) => {
        if (frame) return;
        const { clientX, clientY } = e;
        frame = win.requestAnimationFrame(() => {
          frame = 0;
          this.onHover(doc, clientX, clientY);
        });
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape' && this.current >= 0) {
          this.current = -1;
          this.painter.focus(null);
          this.card.hide();
          return;
        }
        const dir = navigationKey(e);
        if (!dir || !this.painted) return;
        e.preventDefault();
        e.stopPropagation();
        this.focusMention(step(this.mentions.length, this.current, dir));
      };
      const opts = { passive: true, signal: this.signal } as const;
      doc.addEventListener('pointermove', onMove, opts);
      win.addEventListener('keydown', onKey, { capture: true, signal: this.signal });
      win.addEventListener('scroll', () => this.hovered >= 0 && this.hideHover(), opts);
    }
  }

  private onHover(doc: Document, x: number, y: number): void {
    if (!this.painted) return;
    this.hit ??= new HitIndex(this.mentions);
    const i = this.hit.at(doc, x, y);
    if (i === this.hovered) return;
    this.hovered = i;
    if (i >= 0) this.showCard(i);
    else if (this.current >= 0) this.showCard(this.current);
    else this.card.hide();
  }

  private hideHover(): void {
    this.hovered = -1;
    if (this.current < 0) this.card.hide();
  }

  private dispose(): void {
    clearTimeout(this.flashTimer);
    this.watcher.stop();
    this.painter.clear();
    this.card.destroy();
  }
}

/**
 * A `dispatch-lens:…` entry on the page's performance timeline (not its DOM): how long
 * a scan took and where the time went, for `npm run bench` and for anyone profiling.
 */
function measure(name: string, start: number, detail: Record<string, number>): void {
  try {
    performance.measure(`dispatch-lens:${name}`, { start, end: performance.now(), detail });
  } catch {
    // A page that replaced `performance` loses our timings, nothing else.
  }
}

function* addSteps(painter: Painter, mentions: PageMention[]): Generator<void, void> {
  for (let i = 0; i < mentions.length; i += 500) {
    painter.add(mentions.slice(i, i + 500));
    yield;
  }
}

/** The mentions of an extraction that start at or after `cut`. */
function onlyFrom(e: Extraction, cut: number): Pick<Extraction, 'headcounts' | 'places'> {
  return { headcounts: e.headcounts.filter((h) => h.start >= cut), places: e.places.filter((p) => p.start >= cut) };
}

function scrollToRange(range: Range): void {
  const win = range.startContainer.ownerDocument?.defaultView;
  if (!win) return;
  // Bring the frame, then the nearest scrolling box, into view; then centre the text itself in
  // the window (an e-paper page can be one element taller than the screen).
  (win.frameElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = range.getBoundingClientRect();
  if (r.top < 0 || r.bottom > win.innerHeight) win.scrollBy(0, r.top - win.innerHeight / 2 + r.height / 2);
}

/** Real visibility in the browser; `display: contents` has no box but its children are shown. */
function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (!check || check.call(el)) return true;
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

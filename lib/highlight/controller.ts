/**
 * Highlights on one page: reads the article, has it extracted, paints the mentions,
 * keeps them current as the page changes, and answers the page messages
 * (`page/get-facts`, `page/annotate`, `page/reveal`). Runs in the lazily loaded engine,
 * only on pages that passed the cheap first test or that the user asked about.
 */
import { articleFromDocumentAsync, runSliced, type Article } from '../article';
import type { Extraction } from '../schema/extraction';
import { pageFactsSchema, pageRequestSchema, type PageFacts } from '../messages/page';
import { DEFAULT_SETTINGS, highlightsAllowed, type HighlightSettings } from '../settings';
import { parseExtractionSteps, warmUpParser } from './extraction-client';
import { mentionSteps, type PageMention } from './mentions';
import { Painter } from './paint';
import { CardHost } from './card-host';
import { Interaction } from './interaction';
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

const MAX_RETRIES = 2;
const RETRY_MS = 700;

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
  private readonly ui: Interaction;
  private readonly watcher: ChangeWatcher;
  private scanning: Promise<void> | null = null;
  private rescan = false;
  private firstScan: Promise<void> | null = null;
  private timing: Record<string, number> = {};
  private failures = 0;

  constructor(
    private readonly deps: ControllerDeps,
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    this.card = new CardHost(doc);
    this.ui = new Interaction(
      { mentions: () => this.mentions, painted: () => this.painted, article: () => this.article },
      this.painter,
      this.card,
      deps.placeCounts,
      signal,
      doc,
    );
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
        return { ok: this.ui.reveal(req.start, req.end) };
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
        this.failures = 0;
      } catch (e) {
        if (this.signal.aborted) return;
        console.warn('[dispatch-lens] highlight scan failed:', e);
        // Usually the service worker restarting mid-request: try again a little later, twice.
        if (this.failures++ < MAX_RETRIES) setTimeout(() => void this.scan(), RETRY_MS * this.failures);
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
    this.watcher.watch(this.doc);

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
    const pending = this.deps.extract(article.text);
    warmUpParser();
    const raw = await pending;
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
    this.ui.reset();
    this.ui.listen(this.mentions);
    this.deps.reportFound(this.mentions.filter((m) => m.kind === 'headcount').length, true);
  }

  private unpaint(): void {
    this.painter.clear();
    this.card.hide();
    this.mentions = [];
    this.ui.reset();
    this.painted = false;
    this.deps.reportFound(0, false);
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

  private dispose(): void {
    this.ui.dispose();
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

/** Real visibility in the browser; `display: contents` has no box but its children are shown. */
function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (!check || check.call(el)) return true;
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/**
 * What the user does with the highlights: hover (hit-tested, since highlights are not
 * elements), keyboard navigation (Alt+Shift+N / P, Esc), and reveal requests from the
 * popup. Shows the card, with the place's report counts when someone answers for them.
 */
import type { Article } from '../article';
import { placeCountsReplySchema } from '../messages/content';
import { rangeFor, type PageMention } from './mentions';
import type { Painter } from './paint';
import type { CardHost } from './card-host';
import { HitIndex } from './hit-test';
import { navigationKey, step } from './navigation';

type ReportCount = { archive: number; collection: number };

const REVEAL_FLASH_MS = 2000;
const COUNTS_TIMEOUT_MS = 1500;

/** What the interaction reads from the controller (always the current state). */
export interface HighlightView {
  mentions(): PageMention[];
  painted(): boolean;
  article(): Article | null;
}

export class Interaction {
  private hit: HitIndex | null = null;
  private current = -1;
  private hovered = -1;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly counts = new Map<string, ReportCount | null>();
  private readonly listening = new WeakSet<Document>();

  constructor(
    private readonly view: HighlightView,
    private readonly painter: Painter,
    private readonly card: CardHost,
    private readonly placeCounts: (codes: string[]) => Promise<unknown>,
    private readonly signal: AbortSignal,
    private readonly doc: Document,
  ) {}

  /** The mentions changed: forget positions into the old list. */
  reset(): void {
    this.hit = null;
    this.current = -1;
    this.hovered = -1;
  }

  dispose(): void {
    clearTimeout(this.flashTimer);
  }

  /** Scrolls to text[start, end) of the article and flashes it (the card too, if it is a mention). */
  reveal(start: number, end: number): boolean {
    const i = this.view.mentions().findIndex((m) => m.start === start && m.end === end);
    if (i >= 0) {
      this.focusMention(i);
    } else {
      const article = this.view.article();
      const range = article && rangeFor(article, start, end);
      if (!range) return false;
      scrollToRange(range);
      this.painter.focus(range);
    }
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.painter.focus(null);
      if (this.current >= 0) this.card.hide();
      this.current = -1;
    }, REVEAL_FLASH_MS);
    return true;
  }

  private focusMention(i: number): void {
    const m = this.view.mentions()[i];
    if (!m) return;
    this.current = i;
    clearTimeout(this.flashTimer);
    scrollToRange(m.range);
    this.painter.focus(m.range);
    this.showCard(i);
  }

  private showCard(i: number): void {
    const m = this.view.mentions()[i];
    const code = m.kind === 'place' ? m.place.code : null;
    const render = () => {
      const reportCount = code ? this.counts.get(code) ?? undefined : undefined;
      this.card.show(m, { reportCount, position: { index: i + 1, count: this.view.mentions().length } });
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
        this.placeCounts([code]),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), COUNTS_TIMEOUT_MS)),
      ]);
      return placeCountsReplySchema.parse(raw).counts[code] ?? null;
    } catch {
      return null; // nobody answers yet, or a malformed answer: the card shows "–"
    }
  }

  /** Hover and keyboard listeners on each document that has highlights (the page and its frames). */
  listen(mentions: PageMention[]): void {
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
        if (!dir || !this.view.painted()) return;
        e.preventDefault();
        e.stopPropagation();
        this.focusMention(step(this.view.mentions().length, this.current, dir));
      };
      const opts = { passive: true, signal: this.signal } as const;
      doc.addEventListener('pointermove', onMove, opts);
      win.addEventListener('keydown', onKey, { capture: true, signal: this.signal });
      win.addEventListener('scroll', () => this.hovered >= 0 && this.hideHover(), opts);
    }
  }

  private onHover(doc: Document, x: number, y: number): void {
    if (!this.view.painted()) return;
    this.hit ??= new HitIndex(this.view.mentions());
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

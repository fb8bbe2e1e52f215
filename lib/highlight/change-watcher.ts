/**
 * Notices when a page changes after load (infinite scroll, SPA navigation, an article
 * body or an iframe arriving late) and asks for a re-scan, debounced. Changes inside
 * our own UI never count, and neither do small changes outside the article (a ticking
 * clock, a rotating ad), so highlighting never loops on itself or churns on busy pages.
 */
import { documentsOf } from '../article';

const QUIET_MS = 300;
const MAX_WAIT_MS = 1500;
/** Added text shorter than this outside the article is furniture, not new content. */
const MIN_NEW_TEXT = 20;

export class ChangeWatcher {
  private observers = new Map<Document, MutationObserver>();
  private frames = new WeakSet<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince = 0;
  private stopped = false;

  constructor(
    private readonly onChange: () => void,
    private readonly ours: (n: Node) => boolean,
    private readonly articleRoots: () => Element[],
  ) {}

  /** Observes the page and its same-origin frames (idempotent; call after every scan). */
  watch(top: Document): void {
    if (this.stopped) return;
    for (const doc of documentsOf(top, true)) {
      if (!this.observers.has(doc) && doc.documentElement) {
        const mo = new MutationObserver((records) => {
          if (records.some((r) => this.significant(r))) this.schedule();
        });
        mo.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
        this.observers.set(doc, mo);
      }
      for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) this.watchFrame(frame);
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const mo of this.observers.values()) mo.disconnect();
    this.observers.clear();
  }

  private watchFrame(frame: Element): void {
    if (this.frames.has(frame)) return;
    this.frames.add(frame);
    // A frame's document arrives with its load event, after the mutation that added the frame.
    frame.addEventListener('load', () => this.schedule());
  }

  private significant(r: MutationRecord): boolean {
    if (this.ours(r.target)) return false;
    const roots = this.articleRoots();
    const inArticle = roots.some((root) => root.contains(r.target));
    if (r.type === 'characterData') return inArticle;
    let added = 0;
    for (const n of Array.from(r.addedNodes)) {
      if (this.ours(n)) continue;
      if (n.nodeName === 'IFRAME' || n.nodeName === 'FRAME') {
        this.watchFrame(n as Element);
        return true;
      }
      added += n.textContent?.length ?? 0;
      if (inArticle || added >= MIN_NEW_TEXT) return true;
    }
    for (const n of Array.from(r.removedNodes)) {
      if (this.ours(n)) continue;
      // The article itself went away (SPA navigation) or lost a part.
      if (inArticle || roots.some((root) => n === root || n.contains(root))) return true;
    }
    return false;
  }

  private schedule(): void {
    if (this.stopped) return;
    const now = Date.now();
    if (!this.timer) this.pendingSince = now;
    clearTimeout(this.timer);
    // Debounced, but a page that never stops changing is still re-scanned now and then.
    const wait = Math.max(0, Math.min(QUIET_MS, this.pendingSince + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onChange();
    }, wait);
  }
}

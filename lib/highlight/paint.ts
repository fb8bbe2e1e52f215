/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per kind per
 * document, one Range per mention. Nothing is inserted into the page: the ::highlight
 * styles go in an adopted style sheet, which is not part of the DOM.
 */
import type { PageMention } from './mentions';

export const HIGHLIGHT_NAMES = {
  headcount: 'dispatch-lens-headcount',
  place: 'dispatch-lens-place',
  focus: 'dispatch-lens-focus',
} as const;

const CSS_TEXT = `
::highlight(${HIGHLIGHT_NAMES.place}) { background-color: rgba(64, 150, 255, 0.22); text-decoration: underline 2px rgba(43, 123, 217, 0.9); }
::highlight(${HIGHLIGHT_NAMES.headcount}) { background-color: rgba(255, 170, 20, 0.45); text-decoration: underline 2px rgba(217, 110, 0, 0.95); }
::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: rgba(255, 100, 0, 0.75); color: #000; }
`;

interface DocHighlights {
  headcount: Highlight;
  place: Highlight;
  focus: Highlight;
  sheet: CSSStyleSheet;
}

type HighlightWindow = Window & typeof globalThis;

export class Painter {
  private docs = new Map<Document, DocHighlights>();

  /** Adds mentions' ranges to their documents' highlights. */
  add(mentions: PageMention[]): void {
    for (const m of mentions) {
      const doc = m.range.startContainer.ownerDocument;
      const h = doc && this.forDocument(doc);
      if (h) h[m.kind].add(m.range);
    }
  }

  /** Takes mentions' ranges off their highlights (re-extracted after the page grew). */
  remove(mentions: PageMention[]): void {
    for (const m of mentions) {
      const doc = m.range.startContainer.ownerDocument;
      const h = doc ? this.docs.get(doc) : undefined;
      h?.[m.kind].delete(m.range);
    }
  }

  /** Replaces the focused mention (keyboard navigation, reveal); null clears it. */
  focus(range: Range | null): void {
    for (const h of this.docs.values()) h.focus.clear();
    const doc = range?.startContainer.ownerDocument;
    if (range && doc) this.forDocument(doc)?.focus.add(range);
  }

  /** Removes every highlight and our style sheets. */
  clear(): void {
    for (const [doc, h] of this.docs) {
      const win = doc.defaultView as HighlightWindow | null;
      for (const name of Object.values(HIGHLIGHT_NAMES)) win?.CSS?.highlights?.delete(name);
      h.headcount.clear();
      h.place.clear();
      h.focus.clear();
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== h.sheet);
    }
    this.docs.clear();
  }

  counts(): { headcount: number; place: number } {
    let headcount = 0;
    let place = 0;
    for (const h of this.docs.values()) {
      headcount += h.headcount.size;
      place += h.place.size;
    }
    return { headcount, place };
  }

  private forDocument(doc: Document): DocHighlights | null {
    let h = this.docs.get(doc);
    const win = doc.defaultView as HighlightWindow | null;
    if (!win?.CSS?.highlights || typeof win.Highlight !== 'function') return null;
    if (!h) {
      // Each document needs objects from its own window (a frame's registry ignores ours).
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      h = { headcount: new win.Highlight(), place: new win.Highlight(), focus: new win.Highlight(), sheet };
      h.place.priority = 1;
      h.headcount.priority = 2;
      h.focus.priority = 3;
      this.docs.set(doc, h);
    }
    // Re-register every time: a page script may have reset the registry or its sheets.
    for (const kind of ['headcount', 'place', 'focus'] as const) {
      if (win.CSS.highlights.get(HIGHLIGHT_NAMES[kind]) !== h[kind]) win.CSS.highlights.set(HIGHLIGHT_NAMES[kind], h[kind]);
    }
    if (!doc.adoptedStyleSheets.includes(h.sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, h.sheet];
    return h;
  }
}

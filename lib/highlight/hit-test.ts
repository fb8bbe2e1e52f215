/**
 * Which mention is under the pointer. Highlights are not elements, so there is no
 * event target: take the caret position at the point, look up the mentions on that
 * Text node, and confirm with the range's own boxes (the caret snaps to the nearest
 * character even over blank space).
 */
import type { PageMention } from './mentions';

export class HitIndex {
  private byNode = new Map<Node, number[]>();

  constructor(private mentions: PageMention[]) {
    mentions.forEach((m, i) => {
      for (const node of textNodesOf(m.range)) {
        const list = this.byNode.get(node);
        if (list) list.push(i);
        else this.byNode.set(node, [i]);
      }
    });
  }

  /** Index of the mention at viewport point (x, y) of `doc`, or -1. Headcounts win over places inside them. */
  at(doc: Document, x: number, y: number): number {
    const node = caretNode(doc, x, y);
    const candidates = node ? this.byNode.get(node) : undefined;
    if (!candidates) return -1;
    let found = -1;
    for (const i of candidates) {
      if (!contains(this.mentions[i].range, x, y)) continue;
      if (found < 0 || this.mentions[i].kind === 'headcount') found = i;
    }
    return found;
  }
}

function caretNode(doc: Document, x: number, y: number): Node | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) return d.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return d.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

function contains(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The Text nodes a range touches. */
function textNodesOf(range: Range): Node[] {
  const start = range.startContainer;
  if (start === range.endContainer) return [start];
  const out: Node[] = [];
  const doc = start.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  walker.currentNode = start;
  for (let n: Node | null = start; n; n = walker.nextNode()) {
    out.push(n);
    if (n === range.endContainer) break;
  }
  return out;
}

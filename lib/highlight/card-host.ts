/**
 * The one element we add to a page: a `<dispatch-lens-ui>` host with a shadow root that
 * holds the card. Created on first use, placed next to the mention (in viewport
 * coordinates, frames included), and never touching the page's own elements.
 */
import { h, render } from 'preact';
import { CardLayer, cardLayerCss, type CardLayerProps } from '../../components/highlight/CardLayer';
import type { PageMention } from './mentions';

export const HOST_TAG = 'dispatch-lens-ui';
const GAP = 6;
const MARGIN = 8;

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  constructor(private doc: Document = document) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  show(m: PageMention, props: Omit<CardLayerProps, 'mention'>): void {
    const mount = this.ensure();
    const mention = m.kind === 'headcount' ? { kind: m.kind, headcount: m.headcount } : { kind: m.kind, place: m.place };
    render(h(CardLayer, { ...props, mention }), mount);
    const layer = mount.firstElementChild as HTMLElement | null;
    if (layer) this.place(layer, m.range);
  }

  hide(): void {
    if (this.mount) render(null, this.mount);
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  /** True for events and mutations inside our own UI (they must not trigger a re-scan). */
  owns(node: Node): boolean {
    return !!this.host && (node === this.host || this.host.contains(node));
  }

  private ensure(): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const host = this.doc.createElement(HOST_TAG);
    // Our element, so inline style is ours to set: out of the page's flow and stacking.
    host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardLayerCss;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    // After <body>, not inside it: the page's own body subtree stays exactly as it was.
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private place(layer: HTMLElement, range: Range): void {
    const r = viewportRect(range, this.doc);
    const view = this.doc.defaultView!;
    const box = layer.getBoundingClientRect();
    let top = r.bottom + GAP;
    if (top + box.height > view.innerHeight - MARGIN && r.top - GAP - box.height >= MARGIN) top = r.top - GAP - box.height;
    const left = Math.max(MARGIN, Math.min(r.left, view.innerWidth - box.width - MARGIN));
    layer.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}

/**
 * Where a range sits in the top document's viewport (adding the offsets of the frames it
 * is in): the left of its first line, the top and bottom of all its lines, so a card
 * placed under a mention broken over two lines does not cover the second one.
 */
export function viewportRect(range: Range, top: Document): { left: number; top: number; bottom: number } {
  const all = range.getBoundingClientRect();
  const first = range.getClientRects()[0] ?? all;
  let left = first.left;
  let y = all.top;
  let bottom = all.bottom;
  for (let doc = range.startContainer.ownerDocument; doc && doc !== top; ) {
    const frame = doc.defaultView?.frameElement as HTMLElement | null;
    if (!frame) break;
    const fr = frame.getBoundingClientRect();
    left += fr.left + frame.clientLeft;
    y += fr.top + frame.clientTop;
    bottom += fr.top + frame.clientTop;
    doc = frame.ownerDocument;
  }
  return { left, top: y, bottom };
}

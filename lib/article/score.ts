/**
 * Finds the element(s) holding the article: a lighter cousin of Readability's scoring
 * that works on the live DOM (Readability clones the document, and we need the page's
 * own Text nodes to paint on). Each block's prose (text not inside links) counts for
 * the block, fully for its parent, half for its grandparent, a third above; the best
 * candidate, discounted by its link density, is the article. Siblings with a fair share
 * of prose (a headline box, a second body column) join it.
 */
import { isExcluded, isInline, POSITIVE, classAndId, type DomRuleOptions } from './dom-rules';
import { nextNode, isElement, isText, STEP_CHUNK } from './walk';

interface Stats {
  /** Non-space characters in the subtree outside excluded parts. */
  text: number;
  /** Of which inside links. */
  link: number;
}

const NON_SPACE = /\S/g;
const MIN_BLOCK = 8;

function countNonSpace(s: string): number {
  NON_SPACE.lastIndex = 0;
  let n = 0;
  while (NON_SPACE.exec(s)) n++;
  return n;
}

export interface ArticleRoots {
  /** Article containers in document order (several when siblings joined the best one). */
  roots: Element[];
  /** Prose characters under the best candidate: how much article there is. */
  prose: number;
}

/** Scores `body` and returns the article containers; yields now and then (see `drive`). */
export function* findArticleRoots(body: Element, opts: DomRuleOptions): Generator<void, ArticleRoots> {
  const blocks = new Map<Element, Stats>();
  const subtree = new Map<Element, Stats>();
  const blockOf = new Map<Element, { block: Element; link: boolean }>();
  let steps = 0;
  let node: Node | null = body.firstChild;
  while (node) {
    let skip = false;
    if (isElement(node)) skip = isExcluded(node, opts);
    else if (isText(node) && node.parentElement) {
      const n = countNonSpace(node.data);
      if (n > 0) {
        const { block, link } = nearestBlock(node.parentElement, body, blockOf);
        const s = blocks.get(block) ?? { text: 0, link: 0 };
        s.text += n;
        if (link) s.link += n;
        blocks.set(block, s);
      }
    }
    node = nextNode(node, body, skip);
    if (++steps % STEP_CHUNK === 0) yield;
  }

  const scores = new Map<Element, number>();
  for (const [block, s] of blocks) {
    // Totals for link density, all the way up.
    for (let el: Element | null = block; el; el = el === body ? null : el.parentElement) {
      const t = subtree.get(el) ?? { text: 0, link: 0 };
      t.text += s.text;
      t.link += s.link;
      subtree.set(el, t);
    }
    const prose = s.text - s.link;
    if (s.text < MIN_BLOCK || prose <= 0) continue;
    let el: Element | null = block;
    for (let level = 0; el && level < 4; level++) {
      const share = level <= 1 ? 1 : level === 2 ? 0.5 : 1 / 3;
      scores.set(el, (scores.get(el) ?? 0) + prose * share);
      el = el === body ? null : el.parentElement;
    }
    if (++steps % STEP_CHUNK === 0) yield;
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const t = subtree.get(el)!;
    const score = raw * (1 - t.link / t.text) * (POSITIVE.test(classAndId(el)) ? 1.1 : 1);
    // Near-ties go to the inner element: the same prose with less around it.
    const better = score > bestScore * 1.01 || (score >= bestScore * 0.99 && best !== null && best.contains(el));
    if (better) {
      best = el;
      bestScore = Math.max(score, bestScore);
    }
  }
  if (!best) return { roots: [], prose: 0 };
  const bestStats = subtree.get(best)!;
  return { roots: withSiblings(best, bestStats, subtree), prose: bestStats.text - bestStats.link };
}

function nearestBlock(
  parent: Element,
  body: Element,
  cache: Map<Element, { block: Element; link: boolean }>,
): { block: Element; link: boolean } {
  const hit = cache.get(parent);
  if (hit) return hit;
  let link = false;
  let el: Element = parent;
  while (el !== body && isInline(el)) {
    if (el.tagName.toUpperCase() === 'A') link = true;
    const up = el.parentElement;
    if (!up) break;
    el = up;
  }
  const found = { block: el, link };
  cache.set(parent, found);
  return found;
}

/** The best candidate plus siblings that look like more of the same article. */
function withSiblings(best: Element, bestStats: Stats, subtree: Map<Element, Stats>): Element[] {
  const parent = best.parentElement;
  if (!parent) return [best];
  const bestProse = bestStats.text - bestStats.link;
  const roots: Element[] = [];
  let seenBest = false;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el === best) {
      roots.push(el);
      seenBest = true;
      continue;
    }
    const s = subtree.get(el);
    if (!s || s.text === 0) continue;
    const prose = s.text - s.link;
    const density = s.link / s.text;
    const bigEnough = prose >= Math.max(60, bestProse * 0.25) && density < 0.25;
    // A headline box right before the body: short, no links, holds a heading.
    const headline = !seenBest && prose < 120 && density < 0.1 && (/^H[1-3]$/i.test(el.tagName) || !!el.querySelector('h1, h2, h3'));
    if (bigEnough || headline) roots.push(el);
  }
  return roots;
}

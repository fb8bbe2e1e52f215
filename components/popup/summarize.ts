/**
 * The popup's views of an extraction: headcounts grouped by the place they are about,
 * the places as a tree by their paths, and each headcount's cross-check against related
 * reports. Pure, so they are tested without rendering.
 */
import type { Headcount, PlaceMention } from '../../lib/schema/extraction';
import type { RelatedResult } from '../../lib/related/result';

export interface HeadcountGroup {
  /** The place name, or null for headcounts whose place the text does not state. */
  place: string | null;
  headcounts: Headcount[];
}

/** Groups in order of first appearance; the unplaced group last. */
export function groupByPlace(headcounts: Headcount[]): HeadcountGroup[] {
  const groups = new Map<string | null, Headcount[]>();
  for (const h of headcounts) {
    const list = groups.get(h.place) ?? [];
    list.push(h);
    groups.set(h.place, list);
  }
  const out = [...groups.entries()].map(([place, list]) => ({ place, headcounts: list }));
  return [...out.filter((g) => g.place !== null), ...out.filter((g) => g.place === null)];
}

export interface PlaceNode {
  key: string;
  name: string;
  level: PlaceMention['level'] | null;
  /** Mentions of exactly this place in the text (0 for ancestors only implied by a path). */
  mentions: PlaceMention[];
  children: PlaceNode[];
}

/** A forest from province down, merging places by path; children in order of first mention. */
export function placeTree(places: PlaceMention[]): PlaceNode[] {
  const roots: PlaceNode[] = [];
  const byKey = new Map<string, PlaceNode>();
  for (const p of places) {
    const path = p.path.length ? p.path : [p.name];
    let siblings = roots;
    path.forEach((name, i) => {
      const key = path.slice(0, i + 1).join('/');
      let node = byKey.get(key);
      if (!node) {
        node = { key, name, level: null, mentions: [], children: [] };
        byKey.set(key, node);
        siblings.push(node);
      }
      if (i === path.length - 1) {
        node.level = p.level;
        node.mentions.push(p);
      }
      siblings = node.children;
    });
  }
  return roots;
}

export interface CrossCheck {
  status: 'corroborated' | 'conflict' | 'shared';
  reportId: string;
  title: string;
  otherText: string;
  otherValue: number;
}

/** A figure's identity on the page: the lead and the body often repeat the same figure. */
export function figureId(h: Pick<Headcount, 'value' | 'role' | 'kind' | 'place'>): string {
  return `${h.value}|${h.role ?? ''}|${h.kind}|${h.place ?? ''}`;
}

/** For each page figure (by `figureId`), what related reports say about it. */
export function crossChecks(results: RelatedResult[]): Map<string, CrossCheck[]> {
  const out = new Map<string, CrossCheck[]>();
  for (const r of results)
    for (const f of r.figures) {
      const id = figureId(f.page);
      const list = out.get(id) ?? [];
      list.push({ status: f.status, reportId: r.id, title: r.title, otherText: f.other.text, otherValue: f.other.value });
      out.set(id, list);
    }
  return out;
}

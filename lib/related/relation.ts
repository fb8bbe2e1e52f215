/**
 * How two places relate, and how much that relation counts (its tier). This file is
 * the ranking rules in one place:
 *
 *   tier 4  same place                       (county level or below)
 *   tier 3  one inside the other             (the containing place is a county or below)
 *   tier 2  same prefecture                  (incl. different places in the same county)
 *   tier 1  same province
 *
 * A shared province or prefecture is only ever "same province/prefecture", even when it
 * is literally the same place or contains the other: nearly every report mentions 湖北
 * or 武汉 in passing, and such a mention says no more than "same province" does.
 */
import type { ChainNode } from './chain';

export const RELATIONS = ['same', 'inside', 'contains', 'same-area'] as const;
/**
 * Seen from the page's place p and the other report's place q:
 * `same` q is p; `inside` q lies inside p; `contains` q contains p;
 * `same-area` neither, but both lie in a common place (`via`).
 */
export type Relation = (typeof RELATIONS)[number];

export interface PlaceRelation {
  relation: Relation;
  tier: number;
  /** The deepest place both chains share. */
  via: ChainNode;
}

export function tierOf(relation: Relation, viaRank: number): number {
  if (viaRank <= 1) return 1;
  if (viaRank === 2) return 2;
  if (relation === 'same') return 4;
  if (relation === 'inside' || relation === 'contains') return 3;
  return 2;
}

/** Compares two chains node by node (the pairwise definition the index must agree with). */
export function relate(p: ChainNode[], q: ChainNode[]): PlaceRelation | null {
  let m = 0;
  while (m < p.length && m < q.length && p[m].key === q[m].key) m++;
  if (m === 0) return null;
  const via = p[m - 1];
  const relation: Relation =
    m === p.length && m === q.length ? 'same' : m === p.length ? 'inside' : m === q.length ? 'contains' : 'same-area';
  return { relation, tier: tierOf(relation, via.rank), via };
}

/** Orders relations: higher tier first, then the more specific common place. */
export function strongerThan(a: { tier: number; via: { rank: number } }, b: { tier: number; via: { rank: number } } | null): boolean {
  if (!b) return true;
  return a.tier !== b.tier ? a.tier > b.tier : a.via.rank > b.via.rank;
}

/**
 * Figures across reports. A figure is a headcount with the place it is about; two
 * reports "share" a figure when value, role and kind agree, and they corroborate or
 * contradict each other only when they also name the same place:
 *
 *   corroborated  same place, same role, same kind, consistent values
 *   conflict      same place, same role, same kind, values that cannot both be right
 *   shared        same value, role and kind, place unknown or different (weighs in ranking)
 *
 * Values are consistent when equal, or, when either is approximate (余/多/近…), within
 * APPROX_TOLERANCE of each other: "3000余名" does not contradict "3301名".
 */
import type { Headcount, PlaceMention } from '../schema/extraction';
import { placeKey } from './chain';

export const APPROX_TOLERANCE = 0.2;
/** Below this, equal counts (两名, 5名) coincide too often to say anything. */
export const MIN_SHARED_VALUE = 10;
/** Without a role, only large exact-looking counts are distinctive enough to share. */
export const MIN_SHARED_VALUE_NO_ROLE = 1000;
/** "Most figures coincide": more than this share of the smaller report's figures. */
export const REPRINT_SHARE = 0.5;
export const REPRINT_MIN_SHARED = 3;

export interface Figure {
  headcount: Headcount;
  /** Key of the place the figure is about (see chain.ts), or null when the text does not say. */
  placeKey: string | null;
  placeName: string | null;
}

export type FigureStatus = 'corroborated' | 'conflict' | 'shared';

export interface FigureMatch {
  status: FigureStatus;
  page: Figure;
  other: Figure;
}

/** The key under which two reports share a figure, or null for figures too common to count. */
export function figureKey(h: Pick<Headcount, 'value' | 'role' | 'kind'>): string | null {
  if (h.value < MIN_SHARED_VALUE) return null;
  if (h.role === null && h.value < MIN_SHARED_VALUE_NO_ROLE) return null;
  return `${h.value}|${h.role ?? ''}|${h.kind}`;
}

/** Attaches to each headcount the key of its place: by code, else by the report's mention of that name. */
export function figuresOf(headcounts: Headcount[], places: PlaceMention[]): Figure[] {
  const byName = new Map<string, PlaceMention>();
  for (const p of places) if (!byName.has(p.name)) byName.set(p.name, p);
  return headcounts.map((h) => {
    const mention = h.place ? byName.get(h.place) : undefined;
    const key = h.placeCode ? h.placeCode : mention ? placeKey(mention) : null;
    return { headcount: h, placeKey: key, placeName: h.place ?? null };
  });
}

export function consistent(a: Pick<Headcount, 'value' | 'approx'>, b: Pick<Headcount, 'value' | 'approx'>): boolean {
  if (a.value === b.value) return true;
  if (!a.approx && !b.approx) return false;
  return Math.abs(a.value - b.value) <= APPROX_TOLERANCE * Math.max(a.value, b.value);
}

function comparable(a: Figure, b: Figure): boolean {
  return (
    a.placeKey !== null &&
    a.placeKey === b.placeKey &&
    a.headcount.role !== null &&
    a.headcount.role === b.headcount.role &&
    a.headcount.kind === b.headcount.kind
  );
}

/**
 * One match per page figure at most, the most telling first: a corroboration beats a
 * conflict (another figure for the same place and role may be a sub-count), and both
 * beat a mere shared number.
 */
export function compareFigures(page: Figure[], other: Figure[]): FigureMatch[] {
  const matches: FigureMatch[] = [];
  const seen = new Set<string>();
  for (const a of page) {
    // The same figure repeated in a text (lead and body) is one figure.
    const dedupe = `${a.headcount.value}|${a.headcount.role}|${a.headcount.kind}|${a.placeKey}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    let best: FigureMatch | null = null;
    for (const b of other) {
      let status: FigureStatus | null = null;
      if (comparable(a, b)) status = consistent(a.headcount, b.headcount) ? 'corroborated' : 'conflict';
      else if (figureKey(a.headcount) !== null && figureKey(a.headcount) === figureKey(b.headcount)) status = 'shared';
      if (status && (!best || RANK[status] > RANK[best.status])) best = { status, page: a, other: b };
      if (best?.status === 'corroborated') break;
    }
    if (best) matches.push(best);
  }
  return matches;
}

const RANK: Record<FigureStatus, number> = { corroborated: 3, conflict: 2, shared: 1 };

/** Distinct figure keys of a report (its distinctive figures). */
export function figureKeys(headcounts: Headcount[]): Set<string> {
  const keys = new Set<string>();
  for (const h of headcounts) {
    const k = figureKey(h);
    if (k) keys.add(k);
  }
  return keys;
}

/** A likely reprint: most of the distinctive figures of the shorter report recur in the other. */
export function likelyReprint(pageKeys: Set<string>, otherKeys: Set<string>): boolean {
  let shared = 0;
  for (const k of pageKeys) if (otherKeys.has(k)) shared++;
  const smaller = Math.min(pageKeys.size, otherKeys.size);
  return shared >= REPRINT_MIN_SHARED && shared / smaller > REPRINT_SHARE;
}

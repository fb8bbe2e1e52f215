/**
 * Applies a record's corrections to its extraction. Pure: the stored extraction is never
 * changed, so a correction can be reverted by removing it from the list.
 *
 * A removal or edit names its mention by offsets and text; if the record's text changed
 * since (a re-save of an updated page), the anchor no longer matches and the correction
 * is returned in `stale` instead of being applied to the wrong mention.
 */
import type { Extraction, Headcount, PlaceMention } from '../schema/extraction';
import type { Correction } from './record';

export interface Corrected {
  extraction: Extraction;
  stale: Correction[];
}

const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start === b.start && a.end === b.end;

export function applyCorrections(text: string, extraction: Extraction, corrections: readonly Correction[]): Corrected {
  if (corrections.length === 0) return { extraction, stale: [] };
  let headcounts: Headcount[] = [...extraction.headcounts];
  let places: PlaceMention[] = [...extraction.places];
  const stale: Correction[] = [];
  const removedPlaces: PlaceMention[] = [];

  for (const c of corrections) {
    if (c.op === 'add-place') {
      places = places.filter((p) => !sameSpan(p, c.place));
      places.push(c.place);
      continue;
    }
    if (c.op === 'add-headcount') {
      headcounts = headcounts.filter((h) => !sameSpan(h, c.headcount));
      headcounts.push(c.headcount);
      continue;
    }
    if (text.slice(c.start, c.end) !== c.text) {
      stale.push(c);
      continue;
    }
    if (c.op === 'remove-place') {
      const removed = places.filter((p) => sameSpan(p, c));
      if (removed.length === 0) stale.push(c);
      places = places.filter((p) => !sameSpan(p, c));
      removedPlaces.push(...removed);
    } else {
      const index = headcounts.findIndex((h) => sameSpan(h, c));
      if (index < 0) stale.push(c);
      else if (c.op === 'remove-headcount') headcounts.splice(index, 1);
      else headcounts[index] = editHeadcount(headcounts[index], c);
    }
  }

  if (removedPlaces.length) headcounts = detachRemovedPlaces(headcounts, removedPlaces, places);
  const byStart = <T extends { start: number }>(a: T, b: T) => a.start - b.start;
  return { extraction: { ...extraction, headcounts: headcounts.sort(byStart), places: places.sort(byStart) }, stale };
}

function editHeadcount(h: Headcount, c: Extract<Correction, { op: 'edit-headcount' }>): Headcount {
  const edited = { ...h };
  if (c.kind !== undefined) edited.kind = c.kind;
  if (c.role !== undefined) edited.role = c.role;
  if (c.value !== undefined) edited.value = c.value;
  if (c.approx !== undefined) edited.approx = c.approx;
  if (c.place !== undefined) {
    edited.place = c.place?.name ?? null;
    edited.placeCode = c.place?.code ?? null;
  }
  return edited;
}

/**
 * A headcount attributed to a place the user removed (a wrong match, say 文县 inside
 * 兴文县) is no longer attributed to it, unless the same place is still mentioned elsewhere.
 */
function detachRemovedPlaces(headcounts: Headcount[], removed: PlaceMention[], remaining: PlaceMention[]): Headcount[] {
  const key = (code: string | null | undefined, name: string | null) => (code ? `#${code}` : `@${name}`);
  const still = new Set(remaining.map((p) => key(p.code, p.name)));
  const gone = new Set(removed.map((p) => key(p.code, p.name)).filter((k) => !still.has(k)));
  return headcounts.map((h) => (h.place !== null && gone.has(key(h.placeCode, h.place)) ? { ...h, place: null, placeCode: null } : h));
}

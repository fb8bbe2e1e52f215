/**
 * Place paths as the collection uses them: codes nest by prefix (2/4/6/9/12 digits for
 * province/prefecture/county/township/village), so a place brings every enclosing level
 * with it, and filters by province, prefecture or county are prefix matches.
 */
import type { PlaceLevel, PlaceMention } from '../schema/extraction';

export const AREA_LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

const LEVEL_BY_LENGTH: Record<number, AreaLevel> = { 2: 'province', 4: 'prefecture', 6: 'county', 9: 'township', 12: 'village' };

export function levelOfCode(code: string): AreaLevel | null {
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

/** Each element of a place's path with its level: by its code where it has one, else by position. */
export function pathLevels(place: Pick<PlaceMention, 'path' | 'pathCodes' | 'level'>): { name: string; code: string | null; level: PlaceLevel }[] {
  const last = place.path.length - 1;
  return place.path.map((name, i) => {
    const code = place.pathCodes[i] ?? null;
    const level: PlaceLevel = (code && levelOfCode(code)) || (i === last ? place.level : (AREA_LEVELS[i] ?? place.level));
    return { name, code, level };
  });
}

/** Province … village names of a place, '' where the path has no element at that level. */
export function areaColumns(place: Pick<PlaceMention, 'path' | 'pathCodes' | 'level'> | undefined): Record<AreaLevel, string> {
  const row: Record<AreaLevel, string> = { province: '', prefecture: '', county: '', township: '', village: '' };
  if (!place) return row;
  for (const { name, level } of pathLevels(place)) if (level !== 'compound') row[level] = name;
  return row;
}

/** Every [code, name] on the paths of these places, first name seen per code. */
export function areasOf(places: readonly PlaceMention[]): Map<string, string> {
  const areas = new Map<string, string>();
  for (const place of places) {
    place.path.forEach((name, i) => {
      const code = place.pathCodes[i];
      if (code && !areas.has(code)) areas.set(code, name);
    });
    if (place.code && !areas.has(place.code)) areas.set(place.code, place.name);
  }
  return areas;
}

/**
 * The place mention a headcount is about: by its code (a mention with that code, else
 * one whose path passes through it), else by its name.
 */
export function placeOfHeadcount(places: readonly PlaceMention[], code: string | null | undefined, name: string | null): PlaceMention | undefined {
  if (code) return places.find((p) => p.code === code) ?? places.find((p) => p.pathCodes.includes(code));
  return name ? places.find((p) => p.name === name) : undefined;
}

/** A place's path cut at `code` when the code names one of its enclosing levels. */
export function pathUpTo<P extends Pick<PlaceMention, 'path' | 'pathCodes' | 'level'>>(place: P, code: string | null | undefined): Pick<PlaceMention, 'path' | 'pathCodes' | 'level'> {
  const cut = code ? place.pathCodes.indexOf(code) : -1;
  if (cut < 0 || cut === place.path.length - 1) return place;
  return { path: place.path.slice(0, cut + 1), pathCodes: place.pathCodes.slice(0, cut + 1), level: levelOfCode(code!) ?? place.level };
}

/**
 * A place as a chain of keys from its province down to itself. Two places are related
 * through the longest prefix their chains share, which is what the ranking rules are
 * about (same place, one inside the other, same prefecture, same province).
 *
 * Keys are division codes where there are some; places the gazetteer does not code (a
 * 小区 found by pattern, a merged district) get a key from their path of names, so a
 * compound under 罗田县 still sits under 罗田县's code.
 */
import type { PlaceLevel, PlaceMention } from '../schema/extraction';

export interface ChainNode {
  key: string;
  name: string;
  /** 1 province … 5 village, 6 compound: deeper is more specific. */
  rank: number;
}

export const LEVEL_RANK: Record<PlaceLevel, number> = {
  province: 1,
  prefecture: 2,
  county: 3,
  township: 4,
  village: 5,
  compound: 6,
};

const RANK_BY_CODE_LENGTH: Record<number, number> = { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 };

type ChainSource = Pick<PlaceMention, 'name' | 'level' | 'code' | 'path' | 'pathCodes'>;

export function placeChain(place: ChainSource): ChainNode[] {
  const path = place.path.length > 0 ? place.path : [place.name];
  const codes = place.path.length > 0 ? place.pathCodes : [place.code];
  const last = path.length - 1;
  return path.map((name, i) => {
    const code = i === last ? (codes[i] ?? place.code) : codes[i];
    const key = code ? code : `n:${path.slice(0, i + 1).join('/')}`;
    const rank =
      i === last
        ? LEVEL_RANK[place.level]
        : code
          ? (RANK_BY_CODE_LENGTH[code.length] ?? i + 1)
          : // An uncoded ancestor: its depth in the path is the best guess of its level.
            i + 1;
    return { key, name, rank };
  });
}

/** The key a place is known by: the last of its chain. */
export function placeKey(place: ChainSource): string {
  const chain = placeChain(place);
  return chain[chain.length - 1].key;
}

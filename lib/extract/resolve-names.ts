/**
 * Choosing among namesakes. A surface string (吴城镇, 海门, 朝阳区) may name several
 * divisions; each is scored by the support of the other places on the page (same
 * county 2, same prefecture 1.5, ancestor or descendant 3, same province 0.5), and bare
 * stems that are also ordinary words stand only with such support.
 */
import type { Gazetteer, Division, Surface } from '../gazetteer/gazetteer';
import { AMBIGUOUS_STEMS } from '../gazetteer/names';

/** All mentions of one surface string on a page. */
export interface Group {
  key: string;
  surfaces: Surface[];
  members: Match[];
  chosen?: Surface;
  support?: number;
}

export interface Match {
  start: number;
  end: number;
  /** The surface string matched (a full name or a short form). */
  key: string;
  surfaces: Surface[];
  chosen?: Surface;
  /** Support the chosen division got from the other places on the page. */
  support?: number;
}

const LEVEL_RANK: Record<string, number> = { province: 0, prefecture: 1, county: 2, township: 3, village: 4, compound: 5 };
/** Before a township name: characters that end a word or phrase, so the name starts here. */
export const NAME_BOUNDARY_BEFORE = /[^\u4e00-\u9fff]|[的在到了和与及或对为把被从向于是有各全本该每这那其此入进驻赴往去至等将也都就由给让使并而以所、]$/;

/** Code used for hierarchy comparisons: a former division's successor, else its own. */
export function effectiveCode(g: Gazetteer, d: Division): string {
  return d.former?.current ?? d.code;
}

export function relation(a: string, b: string): number {
  if (a === b) return 0; // the same place again adds no independent support
  if (a.startsWith(b) || b.startsWith(a)) return 3;
  if (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6)) return 2;
  if (a.slice(0, 4) === b.slice(0, 4)) return 1.5;
  if (a.slice(0, 2) === b.slice(0, 2)) return 0.5;
  return 0;
}

/**
 * Chooses a division for each match from the support of the other places on the page.
 * Works on distinct surface strings (a page repeats its places), so a long page costs
 * the square of its distinct names, not of its mentions.
 */
export function resolveMatches(gaz: Gazetteer, matches: Match[], text: string): void {
  const groups = new Map<string, Group>();
  for (const m of matches) {
    let g = groups.get(m.key);
    if (!g) groups.set(m.key, (g = { key: m.key, surfaces: m.surfaces, members: [] }));
    g.members.push(m);
  }
  const list = [...groups.values()];
  const formerOnPage = new Set<string>();
  for (const g of list) for (const s of g.surfaces) if (s.form === 'full' && s.division.former && g.surfaces.length === 1) formerOnPage.add(s.division.former.current ?? s.division.code);
  const codes = new Map<Surface, string>();
  const codeOf = (s: Surface) => {
    let c = codes.get(s);
    if (c === undefined) codes.set(s, (c = effectiveCode(gaz, s.division)));
    return c;
  };
  for (let pass = 0; pass < 2; pass++) {
    for (const g of list) {
      let best: Surface | undefined;
      let bestScore = -Infinity;
      let bestSupport = 0;
      for (const s of g.surfaces) {
        const code = codeOf(s);
        let support = 0;
        for (const o of list) {
          if (o === g) continue;
          const others = o.chosen ? [o.chosen] : o.surfaces;
          const w = (o.chosen ? 1 : 1 / others.length) * o.members.length;
          let r = 0;
          for (const os of others) r = Math.max(r, relation(code, codeOf(os)));
          support += r * w;
        }
        // Prefer the full form, higher levels for short forms, and a former name the page uses.
        let score = support * 10 - LEVEL_RANK[s.division.level] * (s.form === 'short' ? 1 : 0.1);
        if (s.form === 'full') score += 5;
        if (s.division.former && formerOnPage.has(s.division.former.current ?? s.division.code)) score += 8;
        if (!s.division.former && formerOnPage.has(s.division.code)) score -= 8;
        if (score > bestScore) {
          bestScore = score;
          best = s;
          bestSupport = support;
        }
      }
      g.chosen = best && acceptable(gaz, g, best, list) !== 'no' ? best : undefined;
      g.support = bestSupport;
    }
  }
  for (const g of list) {
    const verdict = g.chosen ? acceptable(gaz, g, g.chosen, list) : 'no';
    for (const m of g.members) {
      const ok = verdict === 'yes' || (verdict === 'at-boundary' && NAME_BOUNDARY_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start)));
      m.chosen = ok ? g.chosen : undefined;
      m.support = g.support;
    }
  }
}

/** Whether a name stands as a place (bare stems need the page's support). */
function acceptable(gaz: Gazetteer, g: Group, s: Surface, groups: Group[]): 'yes' | 'no' | 'at-boundary' {
  const code = effectiveCode(gaz, s.division);
  // Support: another place on the page in the same prefecture (a province alone is too weak).
  const supported = groups.some((o) => {
    if (o === g || !o.chosen || o.chosen.division.level === 'province') return false;
    const oc = effectiveCode(gaz, o.chosen.division);
    return oc !== code && relation(code, oc) >= 1.5;
  });
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  const key = s.division.name;
  const level = s.division.level;
  const provinceOnPage = () => groups.some((o) => o !== g && o.chosen?.division.level === 'province' && code.startsWith(o.chosen.division.code));
  if (s.form === 'full') {
    if (level === 'county' && key.length <= 2) return yes(supported); // 文县, 赵县 hide in longer words
    // 新城区, 东城区: a district name that is also a generic word needs the page's support.
    if (level === 'county' && AMBIGUOUS_STEMS.has(key.replace(/(区|县|市|旗)$/, ''))) return yes(supported || provinceOnPage());
    if (level !== 'township' || supported) return 'yes';
    // A township with no other place of its prefecture on the page: only a unique name,
    // starting at a word boundary (周边城镇 is not 边城镇).
    const namesakes = g.surfaces.filter((x) => x.division.level === 'township').length;
    return namesakes === 1 ? 'at-boundary' : 'no';
  }
  if (AMBIGUOUS_STEMS.has(g.key)) {
    return yes(supported || (level === 'prefecture' && provinceOnPage()));
  }
  if (level === 'province' || level === 'prefecture') return 'yes';
  // County stems are often ordinary words (大方, 长寿): only with support, or the same
  // county written in full elsewhere on the page.
  return yes(supported || groups.some((o) => o !== g && o.chosen?.form === 'full' && o.chosen.division.name === key));
}

/**
 * A place written right after its parent (郧阳区城关镇) is the one inside that parent,
 * whatever the rest of the page favours: the text could not say it more plainly.
 */
export function preferWrittenParent(gaz: Gazetteer, matches: Match[]): void {
  let prev: Match | null = null;
  for (const m of matches) {
    if (prev?.chosen && prev.end === m.start && m.surfaces.length > 1) {
      const parent = effectiveCode(gaz, prev.chosen.division);
      const inside = m.surfaces.find((s) => s.division.code.startsWith(parent) && s.division.code !== parent);
      if (inside && inside !== m.chosen) {
        m.chosen = inside;
        m.support = Math.max(m.support ?? 0, 1);
      }
    }
    if (m.chosen) prev = m;
  }
}

/**
 * Places in normalised text, resolved to the official hierarchy.
 *
 * 1. Scan for province/prefecture/county names and short forms, former names and full
 *    township names (gazetteer.global).
 * 2. Resolve repeated names (吴城镇 ×4, 朝阳区 ×2, 海门 = 海门区/海门街道/海门镇) by the
 *    other places on the page; drop bare stems that are common words unless supported.
 * 3. For the counties the page is about: township short forms (汪桥 → 汪桥镇) and the
 *    county's villages and communities (from the VillageSource).
 * 4. Pattern-recognised names the gazetteer lacks (七根檀社区, 玉龙小区), level from the
 *    suffix, parent from context; and enumerations (`回龙、李子关等村`).
 */
import type { PlaceLevel } from '../schema/extraction';
import type { Gazetteer, Division } from '../gazetteer/gazetteer';
import { AMBIGUOUS_STEMS } from '../gazetteer/names';
import { SurfaceIndex } from '../gazetteer/surface-index';
import type { VillageSource } from '../gazetteer/types';
import { villagesOf, type Village } from '../gazetteer/villages';
import { findPatternPlaces } from './place-patterns';
import { resolveMatches, preferWrittenParent, effectiveCode, type Match } from './resolve-names';
import { ContextIndex } from './context-index';

export interface RawPlace {
  start: number;
  end: number;
  name: string;
  level: PlaceLevel;
  code: string | null;
  path: string[];
  pathCodes: Array<string | null>;
  note?: string;
  current?: { name: string; code: string };
}

/** After a short form, these begin a lower-level name: 前锋 in 前锋村 is not 前锋区. */
const LOWER_SUFFIX_AFTER = /(?:村|社区|小区|居委|镇|乡|街道|路|街|大道|巷|桥|山|湖|河|江|公园|广场|大厦|医院|学校|中学|小学|大学|站|机场|港|湾|局|厅|机关|干警|民警|部门|罩|时间)/y;
/** Whether a lower-level name or another word begins at `at` (sticky regex: no slicing). */
function lowerSuffixAt(text: string, at: number): boolean {
  LOWER_SUFFIX_AFTER.lastIndex = at;
  return LOWER_SUFFIX_AFTER.test(text);
}
export class PlaceFinder {
  /** Counties and townships found so far on the page being read (set by `find`). */
  private context: ContextIndex | null = null;
  constructor(
    private readonly gaz: Gazetteer,
    private readonly villages?: VillageSource,
  ) {}

  /** The last text's resolved gazetteer matches: `extractAsync` asks for its counties, then finds. */
  private resolved: { text: string; matches: Match[] } | null = null;

  /** Gazetteer matches of a text, resolved; computed once per text. */
  private resolvedMatches(text: string): Match[] {
    if (this.resolved?.text === text) return this.resolved.matches;
    const matches = this.globalMatches(text);
    resolveMatches(this.gaz, matches, text);
    preferWrittenParent(this.gaz, matches);
    this.resolved = { text, matches };
    return matches;
  }

  /** County codes a text is about (for loading village chunks before `find`). */
  contextCounties(text: string): string[] {
    return this.countiesOf(this.resolvedMatches(text));
  }

  find(text: string): RawPlace[] {
    const matches = this.resolvedMatches(text);
    // The cache is for the contextCounties → find pair only; a long text is not kept.
    this.resolved = null;
    const counties = this.countiesOf(matches);
    // Short forms were scanned overlapping (从江苏省 holds 从江 and 江苏省): keep, of
    // overlapping accepted matches, the earlier one unless a later one is longer.
    const accepted: Match[] = [];
    for (const m of matches) {
      if (!m.chosen) continue;
      const last = accepted[accepted.length - 1];
      if (last && m.start < last.end) {
        if (m.end - m.start > last.end - last.start) accepted[accepted.length - 1] = m;
        continue;
      }
      accepted.push(m);
    }
    const places: RawPlace[] = accepted.map((m) => this.toPlace(m));
    this.context = new ContextIndex(text);
    for (const p of places) this.context.add(p);
    const covered = new Uint8Array(text.length);
    for (const p of places) covered.fill(1, p.start, p.end);

    // Township stems and villages of the counties the page is about.
    const local = this.localIndex(counties);
    for (const m of local.stems.scan(text)) {
      if (covered[m.start] || covered[m.end - 1]) continue;
      const hit = this.pickLocal(m.values, m.start, counties);
      if (!hit) continue;
      if (hit.kind === 'township-stem' && lowerSuffixAt(text, m.end)) continue;
      const local = this.localPlace(m.start, m.end, hit);
      places.push(local);
      this.context.add(local);
      covered.fill(1, m.start, m.end);
    }

    // Pattern-recognised villages, communities and compounds, and enumerations.
    places.sort((a, b) => a.start - b.start);
    for (const p of findPatternPlaces(text, covered, local)) {
      const parent = this.parentFor(p.start, counties);
      const villageHit = p.lookup ? this.pickLocal(p.lookup, p.start, counties) : null;
      const formerHit = p.formerOf?.[0];
      if (formerHit && formerHit.kind === 'village') {
        const county = this.gaz.division(formerHit.village.code.slice(0, 6));
        const cp = county ? this.gaz.pathOf(county) : { names: [], codes: [] };
        places.push({
          start: p.start, end: p.end, name: p.name, level: 'township', code: null,
          path: [...cp.names, p.name], pathCodes: [...cp.codes, null],
          note: `不在现行乡镇名录中（已撤并？）；${formerHit.village.name}（${formerHit.village.code}）沿用其名`,
        });
      } else if (villageHit) {
        const place = this.localPlace(p.start, p.end, villageHit);
        if (p.alias) {
          place.note = `名录中为${place.name}`;
          place.name = p.name;
          place.path = [...place.path.slice(0, -1), p.name];
        }
        places.push(place);
      } else {
        const path = parent ? [...parent.path, p.name] : [p.name];
        const pathCodes = parent ? [...parent.pathCodes, null] : [null];
        places.push({
          start: p.start, end: p.end, name: p.name, level: p.level, code: null, path, pathCodes,
          note: 'pattern-recognised; not in the gazetteer',
        });
      }
      covered.fill(1, p.start, p.end);
    }
    applyFormerNames(places);
    return places.sort((a, b) => a.start - b.start);
  }

  private globalMatches(text: string): Match[] {
    const out: Match[] = [];
    for (const m of this.gaz.global.scanAll(text, (values) => values.every((s) => s.form === 'short'))) {
      let surfaces = m.values;
      // A short form that begins a lower-level name (前锋村) or a longer word is not this place.
      if (surfaces.every((s) => s.form === 'short') && lowerSuffixAt(text, m.end)) continue;
      // A township written in full, followed by 村/社区, is still the township (容城镇前锋村).
      out.push({ start: m.start, end: m.end, key: m.key, surfaces });
    }
    return out;
  }

  private countiesOf(matches: Match[]): string[] {
    const count = new Map<string, number>();
    for (const m of matches) {
      if (!m.chosen) continue;
      const code = effectiveCode(this.gaz, m.chosen.division);
      if (code.length >= 6) count.set(code.slice(0, 6), (count.get(code.slice(0, 6)) ?? 0) + 1);
    }
    return [...count.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([c]) => c);
  }

  private toPlace(m: Match): RawPlace {
    const s = m.chosen!;
    const d = s.division;
    const successor = this.gaz.successor(d);
    const dp = this.gaz.pathOf(d);
    const place: RawPlace = {
      start: m.start,
      end: m.end,
      name: d.name,
      level: d.level,
      code: successor?.code ?? (d.former ? null : d.code),
      path: dp.names,
      pathCodes: dp.codes,
    };
    if (d.former) {
      place.note = `${d.former.note}（2019年代码${d.former.code}）`;
      if (successor) place.current = { name: successor.name, code: successor.code };
    }
    const namesakes = m.surfaces.filter((x) => x.division.level === d.level).length;
    if (namesakes > 1 && !m.support) {
      place.note = `同名${namesakes}处，页面未给出上级区划，暂按编码最小者解析`;
    }
    return place;
  }

  private localCache = new Map<string, LocalNames>();

  /**
   * What the page's counties add: township stems, scanned over the whole text (汪桥), and
   * village names, looked up where a 村/社区 suffix ends a name (place-patterns.ts).
   */
  localIndex(counties: string[]): LocalNames {
    // The key records which village lists were available: they arrive later in the extension.
    const key = counties.map((c) => (this.villages?.get(c) ? `${c}+` : c)).join(',');
    const cached = this.localCache.get(key);
    if (cached) return cached;
    const stems: Array<[string, LocalHit]> = [];
    const villages = new Map<string, LocalHit[]>();
    for (const county of counties) {
      const s = this.gaz.townshipStemsOf(county);
      if (s) for (const [stem, division] of s) if (!AMBIGUOUS_STEMS.has(stem)) stems.push([stem, { kind: 'township-stem', division }]);
      const chunk = this.villages?.get(county);
      if (!chunk) continue;
      for (const v of villagesOf(county, chunk)) {
        const list = villages.get(v.name);
        if (list) list.push({ kind: 'village', village: v });
        else villages.set(v.name, [{ kind: 'village', village: v }]);
      }
    }
    // The character before the suffix of every listed name: most 村/社区 in a text cannot end
    // a listed name, and are passed over without building candidate strings.
    const beforeSuffix = new Uint8Array(65536);
    for (const name of villages.keys()) {
      const suffix = name.endsWith('社区') ? 2 : name.endsWith('村') ? 1 : 0;
      if (suffix && name.length > suffix) beforeSuffix[name.charCodeAt(name.length - suffix - 1)] = 1;
    }
    const names: LocalNames = {
      stems: new SurfaceIndex(stems),
      get: (name) => villages.get(name),
      mayEndBefore: (code) => beforeSuffix[code] === 1,
    };
    if (this.localCache.size > 16) this.localCache.clear();
    this.localCache.set(key, names);
    return names;
  }

  /**
   * Among same-named local entries, the one inside the county or township the text is
   * talking about at that point (the nearest one before it in the same paragraph). If
   * that place has no such entry, none: the name is then taken as pattern-recognised
   * under that place, rather than as a namesake in another county.
   */
  private pickLocal(hits: LocalHit[], at: number, counties: string[]): LocalHit | null {
    const ctx = this.context?.nearest(at) ?? null;
    if (ctx?.code) {
      const inside = hits.find((x) => codeOfHit(x).startsWith(ctx.code!.slice(0, Math.min(ctx.code!.length, 9))));
      if (inside) return inside;
      // Not in that township, but in its county: the text's township may be loose.
      const county = hits.find((x) => codeOfHit(x).startsWith(ctx.code!.slice(0, 6)));
      if (county) return county;
      if (ctx.code.length >= 6) return null;
    }
    // No place before it: the county the page is most about.
    for (const c of counties) {
      const h = hits.find((x) => codeOfHit(x).startsWith(c));
      if (h) return h;
    }
    return hits[0];
  }

  private localPlace(start: number, end: number, hit: LocalHit): RawPlace {
    if (hit.kind === 'township-stem') {
      const dp = this.gaz.pathOf(hit.division);
      return {
        start, end, name: hit.division.name, level: 'township', code: hit.division.code,
        path: dp.names, pathCodes: dp.codes,
      };
    }
    const v = hit.village;
    const township = this.gaz.division(v.code.slice(0, 9));
    const dp = this.gaz.pathOf(township ?? this.gaz.division(v.code.slice(0, 6))!);
    return {
      start, end, name: v.name, level: 'village', code: v.code,
      path: [...dp.names, v.name], pathCodes: [...dp.codes, v.code],
    };
  }

  /** The place a pattern-recognised name sits in: the township or county just before it, else the page's county. */
  private parentFor(at: number, counties: string[]): RawPlace | null {
    // The township or county just before it (容城镇前锋村), else the one the paragraph is about.
    const ctx = this.context?.nearest(at) ?? null;
    if (ctx) return ctx;
    const county = counties[0];
    if (!county) return null;
    const d = this.gaz.division(county);
    if (!d) return null;
    const dp = this.gaz.pathOf(d);
    return { start: at, end: at, name: d.name, level: 'county', code: d.code, path: dp.names, pathCodes: dp.codes };
  }
}

/**
 * A page that calls a county by its former name (海门市, now 海门区) is written in that
 * era: the paths of the places inside it use the name the page uses.
 */
function applyFormerNames(places: RawPlace[]): void {
  const formerByCode = new Map<string, string>();
  for (const p of places) if (p.current && p.code === p.current.code) formerByCode.set(p.code, p.name);
  if (!formerByCode.size) return;
  for (const p of places) {
    // Paths are shared between mentions (Gazetteer.pathOf): replace, never mutate.
    if (p.pathCodes.some((c) => c && formerByCode.has(c))) p.path = p.path.map((n, k) => formerByCode.get(p.pathCodes[k] ?? '') ?? n);
  }
}

/** Names a page's counties add (see PlaceFinder.localIndex). */
export interface LocalNames {
  stems: SurfaceIndex<LocalHit>;
  /** Villages and communities of those counties with exactly this name. */
  get(name: string): LocalHit[] | undefined;
  /** Whether some listed 村/社区 name has this character right before its suffix. */
  mayEndBefore(code: number): boolean;
}

export type LocalHit = { kind: 'township-stem'; division: Division } | { kind: 'village'; village: Village };

function codeOfHit(h: LocalHit): string {
  return h.kind === 'village' ? h.village.code : h.division.code;
}


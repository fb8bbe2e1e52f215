/**
 * The in-memory gazetteer: China's divisions from province to township, their short
 * forms and former names, indexed for scanning text. Villages are not here: they come
 * per county from a VillageSource (see ./villages.ts).
 */
import { gazetteerDataSchema, type GazetteerData, type FormerDivision } from './format';
import type { PlaceLevel } from '../schema/extraction';
import { shortForms, GENERIC_FULL_NAMES } from './names';
import { SurfaceIndex } from './surface-index';

export interface DivisionPath {
  readonly names: string[];
  readonly codes: Array<string | null>;
}

export type DivisionLevel = Exclude<PlaceLevel, 'village' | 'compound'>;

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** Set on a former division (abolished or renamed). */
  former?: FormerDivision;
}

/** One way a division can be written, and how sure a bare match of it is. */
export interface Surface {
  division: Division;
  /** 'full': the official name; 'short': a stem (`黄冈`, `离石`). */
  form: 'full' | 'short';
}

/**
 * A division that is also the surface of its own full name (prototype getters): the
 * gazetteer holds 44,000 of them, and a separate surface object each would add to its
 * load time in allocation and garbage collection.
 */
class DivisionEntry implements Division, Surface {
  declare former?: FormerDivision;
  constructor(
    readonly code: string,
    readonly name: string,
    readonly level: DivisionLevel,
  ) {}
  get division(): Division {
    return this;
  }
  get form(): 'full' {
    return 'full';
  }
}

const LEVEL_BY_CODE_LENGTH: Record<number, DivisionLevel> = { 2: 'province', 4: 'prefecture', 6: 'county', 9: 'township' };

/** Code prefixes of each level for a division code (`421088100` → 42, 4210, 421088, 421088100). */
export function codeAncestors(code: string): string[] {
  const out: string[] = [];
  for (const len of [2, 4, 6, 9, 12]) if (code.length >= len) out.push(code.slice(0, len));
  return out;
}

export class Gazetteer {
  readonly source: string;
  /** Provinces, prefectures and counties by code; townships are found through their county (see `division`). */
  private readonly upperByCode = new Map<string, Division>();
  /** Surfaces of province, prefecture and county names, and full township names: matched anywhere. */
  readonly global: SurfaceIndex<Surface>;
  /** Former divisions by their old name. */
  readonly formerByName = new Map<string, Division[]>();

  private constructor(data: GazetteerData) {
    this.source = data.source;
    const index = new SurfaceIndex<Surface>([]);
    const text = data.divisions;
    let countyCode = '';
    let countyList: Division[] | undefined;
    // Hand-rolled line parsing: this runs on every report page that loads the gazetteer.
    for (let pos = 0; pos < text.length; ) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const tab = text.indexOf('\t', pos);
      const code = text.slice(pos, tab);
      const name = text.slice(tab + 1, nl);
      pos = nl + 1;
      const level = LEVEL_BY_CODE_LENGTH[code.length];
      if (!level) continue;
      const division = new DivisionEntry(code, name, level);
      if (level === 'township') {
        // No map entry per township: 39,000 inserts would be a third of the load time. The
        // list is sorted by code, so a county's townships come together.
        if (!countyList || !code.startsWith(countyCode)) {
          countyCode = code.slice(0, 6);
          countyList = this.townshipsByCounty.get(countyCode);
          if (!countyList) this.townshipsByCounty.set(countyCode, (countyList = []));
        }
        countyList.push(division);
      } else {
        this.upperByCode.set(code, division);
      }
      if (GENERIC_FULL_NAMES.has(name)) continue;
      // Two-character township names (联乡) are ordinary words far more often than places.
      if (level === 'township' && name.length < 3) continue;
      index.add(name, division);
      if (level === 'township') {
        // The list writes 唐家墩街街道 where pages write 唐家墩街道 (long stems only: 牛街街道 stays).
        if (name.endsWith('街街道') && name.length >= 6) index.add(`${name.slice(0, -3)}街道`, division);
      } else {
        for (const s of shortForms(name, level)) index.add(s, { division, form: 'short' });
      }
    }
    const entries: Array<[string, Surface]> = [];
    for (const f of data.former) {
      const division: Division = { code: f.code, name: f.name, level: 'county', former: f };
      const list = this.formerByName.get(f.name) ?? [];
      list.push(division);
      this.formerByName.set(f.name, list);
      entries.push([f.name, { division, form: 'full' }]);
      for (const s of shortForms(f.name, 'county')) entries.push([s, { division, form: 'short' }]);
    }
    for (const [k, v] of entries) index.add(k, v);
    this.global = index;
  }

  private readonly townshipsByCounty = new Map<string, Division[]>();

  /** The current division with this code (2, 4, 6 or 9 digits), if any. */
  division(code: string): Division | undefined {
    if (code.length !== 9) return this.upperByCode.get(code);
    return this.townshipsByCounty.get(code.slice(0, 6))?.find((d) => d.code === code);
  }
  private readonly stemCache = new Map<string, Map<string, Division>>();

  /**
   * Township short forms of one county (汪桥 → 汪桥镇), built when a page is about that
   * county: only those are ever matched, so the other 2,900 counties cost nothing.
   */
  townshipStemsOf(county: string): Map<string, Division> | undefined {
    let stems = this.stemCache.get(county);
    if (!stems) {
      const list = this.townshipsByCounty.get(county);
      if (!list) return undefined;
      stems = new Map();
      for (const d of list) for (const s of shortForms(d.name, 'township')) stems.set(s, d);
      this.stemCache.set(county, stems);
    }
    return stems;
  }

  static fromData(raw: unknown): Gazetteer {
    const parsed = gazetteerDataSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`gazetteer asset is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
    return new Gazetteer(parsed.data);
  }

  /** The division itself and its ancestors, province first (containers such as 市辖区 are skipped). */
  lineage(division: Division): Division[] {
    if (division.former) {
      const parent = this.division(division.code.slice(0, 4)) ?? null;
      const province = this.division(division.code.slice(0, 2));
      return [province, parent, division].filter((d): d is Division => !!d);
    }
    const out: Division[] = [];
    for (const prefix of codeAncestors(division.code)) {
      const d = prefix === division.code ? division : this.division(prefix);
      if (d) out.push(d);
    }
    return out;
  }

  private readonly pathCache = new Map<Division, DivisionPath>();

  /**
   * Names and codes from the province down to the division (cached: a long page
   * mentions the same places thousands of times). The arrays are shared: never mutate.
   */
  pathOf(division: Division): DivisionPath {
    let p = this.pathCache.get(division);
    if (!p) {
      const lineage = this.lineage(division);
      const own = division.former ? (this.successor(division)?.code ?? null) : division.code;
      p = { names: lineage.map((d) => d.name), codes: lineage.map((d) => (d === division ? own : d.code)) };
      this.pathCache.set(division, p);
    }
    return p;
  }

  /** Current division that succeeded a former one, if known. */
  successor(division: Division): Division | undefined {
    const code = division.former?.current;
    return code ? this.division(code) : undefined;
  }
}

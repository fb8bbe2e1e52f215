/**
 * The in-memory gazetteer: China's divisions from province to township, their short
 * forms and former names, indexed for scanning text. Villages are not here: they come
 * per county from a VillageSource (see ./villages.ts).
 */
import { gazetteerDataSchema, type GazetteerData, type FormerDivision } from './format';
import type { PlaceLevel } from '../schema/extraction';
import { shortForms, GENERIC_FULL_NAMES } from './names';
import { SurfaceIndex } from './surface-index';

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

const LEVEL_BY_CODE_LENGTH: Record<number, DivisionLevel> = { 2: 'province', 4: 'prefecture', 6: 'county', 9: 'township' };

/** Code prefixes of each level for a division code (`421088100` → 42, 4210, 421088, 421088100). */
export function codeAncestors(code: string): string[] {
  const out: string[] = [];
  for (const len of [2, 4, 6, 9, 12]) if (code.length >= len) out.push(code.slice(0, len));
  return out;
}

export class Gazetteer {
  readonly source: string;
  readonly byCode = new Map<string, Division>();
  /** Surfaces of province, prefecture and county names, and full township names: matched anywhere. */
  readonly global: SurfaceIndex<Surface>;
  /** Township stems per county code: matched only when the county is in the page's context. */
  readonly townshipStems = new Map<string, Map<string, Division>>();
  /** Former divisions by their old name. */
  readonly formerByName = new Map<string, Division[]>();

  private constructor(data: GazetteerData) {
    this.source = data.source;
    const entries: Array<[string, Surface]> = [];
    for (const line of data.divisions.split('\n')) {
      const tab = line.indexOf('\t');
      const code = line.slice(0, tab);
      const name = line.slice(tab + 1);
      const level = LEVEL_BY_CODE_LENGTH[code.length];
      if (!level) continue;
      const division: Division = { code, name, level };
      this.byCode.set(code, division);
      if (GENERIC_FULL_NAMES.has(name)) continue;
      // Two-character township names (联乡) are ordinary words far more often than places.
      if (level === 'township' && name.length < 3) continue;
      entries.push([name, { division, form: 'full' }]);
      // The list writes 唐家墩街街道 where pages write 唐家墩街道 (long stems only: 牛街街道 stays).
      const street = /^(.{3,})街街道$/.exec(name);
      if (level === 'township' && street) entries.push([`${street[1]}街道`, { division, form: 'full' }]);
      if (level === 'township') {
        const county = code.slice(0, 6);
        let stems = this.townshipStems.get(county);
        if (!stems) this.townshipStems.set(county, (stems = new Map()));
        for (const s of shortForms(name, level)) stems.set(s, division);
      } else {
        for (const s of shortForms(name, level)) entries.push([s, { division, form: 'short' }]);
      }
    }
    for (const f of data.former) {
      const division: Division = { code: f.code, name: f.name, level: 'county', former: f };
      const list = this.formerByName.get(f.name) ?? [];
      list.push(division);
      this.formerByName.set(f.name, list);
      entries.push([f.name, { division, form: 'full' }]);
      for (const s of shortForms(f.name, 'county')) entries.push([s, { division, form: 'short' }]);
    }
    this.global = new SurfaceIndex(entries);
  }

  static fromData(raw: unknown): Gazetteer {
    const parsed = gazetteerDataSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`gazetteer asset is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
    return new Gazetteer(parsed.data);
  }

  /** The division itself and its ancestors, province first (containers such as 市辖区 are skipped). */
  lineage(division: Division): Division[] {
    if (division.former) {
      const parent = this.byCode.get(division.code.slice(0, 4)) ?? null;
      const province = this.byCode.get(division.code.slice(0, 2));
      return [province, parent, division].filter((d): d is Division => !!d);
    }
    const out: Division[] = [];
    for (const prefix of codeAncestors(division.code)) {
      const d = prefix === division.code ? division : this.byCode.get(prefix);
      if (d) out.push(d);
    }
    return out;
  }

  /** Current division that succeeded a former one, if known. */
  successor(division: Division): Division | undefined {
    const code = division.former?.current;
    return code ? this.byCode.get(code) : undefined;
  }
}

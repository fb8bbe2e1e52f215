/**
 * Village-level names and residential compounds recognised by their suffix (村, 社区,
 * 居委会, 小区) where the gazetteer has nothing at that spot (七根檀社区 is listed as 村;
 * compounds are never listed), and enumerations (`回龙、李子关等村`).
 *
 * The hard part is where a name starts: Chinese has no spaces, so the scan goes left
 * from the suffix and stops at a place already found, at a function word or verb
 * (深入, 奔赴, 来到), or after three characters.
 */
import type { PlaceLevel } from '../schema/extraction';
import type { LocalHit, LocalNames } from './places';
import { isCJK } from '../text/chars';

export interface PatternPlace {
  start: number;
  end: number;
  name: string;
  level: PlaceLevel;
  /** Gazetteer entries of the page's counties with exactly this name, if any. */
  lookup?: LocalHit[];
  /** The lookup is under the other village suffix (村 ↔ 社区): keep `name` as written. */
  alias?: boolean;
  /** For a township not in the current list: the villages that bear its name. */
  formerOf?: LocalHit[];
}

/** Characters that are never inside a village or compound name: function words and verbs. */
// Not here: 和 建 设 成 立 联 合 共, frequent in village names (和平村, 建设村, 联合村); 向 stays
// (向社区报到 is far more common than 向阳村, which the county lists still find).
const STOP_CHARS = (
  '的在到了与及或对为把被从向于是有个各全本该每这那其此入进驻赴往去至等将也都就由给让使并且而以所名位人户来回返沉派组织深包帮走访驶离抵达住居辖属管计有开展加强落实参与支援配协助系服务负责对接覆盖个余多几号我你他她们这那些' +
    '做好维护动员目物业级界照按认真积极强理工作务活要加统道区网格片');
/** STOP as a table by character code: the left scan runs at every suffix on the page. */
const STOP = new Uint8Array(65536);
for (const ch of STOP_CHARS) STOP[ch.charCodeAt(0)] = 1;
/** Words before 村/社区 that make it generic (农村, 全村, 城乡社区). */
const GENERIC_STEM = /^(农|乡|城乡|新农|美丽乡|全|本|该|各|每|邻|外|同|两|进|入|驻|包|到|出|回|返|在|此|其|这|那|城市|基层|所在|居住|辖区|周边|附近|相关|有关|重点|所有|广大|农民|社区|村|老旧|老|旧|新建|封闭|封闭式|开放式|无物业|物业|高档|商品房|安置|保障房|全部|各个|城中|城郊|偏远|贫困|示范|文明|和谐|智慧|绿色|平安|美丽|无疫|无疫情|疫情|隔离|封控|管控|防范|重点村|涉疫|空心|先进|特色|传统|行政|自然|边远|整村|整体|试点|新型|老年|留守)$/;
/** After 村: continuations that make it a word (村民, 村干部, 村医), not a village's suffix. */
const NOT_AFTER_CUN = new Set('民干医级庄里部务容貌情内外口落社组头两居规道路'.split(''));

const SUFFIXES: Array<{ s: string; level: PlaceLevel; canonical: string }> = [
  { s: '居委会', level: 'village', canonical: '社区' },
  { s: '社区', level: 'village', canonical: '社区' },
  { s: '村委会', level: 'village', canonical: '村' },
  { s: '小区', level: 'compound', canonical: '小区' },
  { s: '村', level: 'village', canonical: '村' },
];
const MAX_STEM = 4;

/** The suffix starting at `j`, if any (社, 小, 居 only before 区 / 委; 村 always). */
function suffixAt(text: string, j: number): (typeof SUFFIXES)[number] | undefined {
  const c = text.charCodeAt(j);
  const next = text.charCodeAt(j + 1);
  if (c === 0x6751) return next === 0x59d4 && text.startsWith('村委会', j) ? SUFFIXES[2] : SUFFIXES[4]; // 村委会 / 村
  if (next === 0x533a) return c === 0x793e ? SUFFIXES[1] : c === 0x5c0f ? SUFFIXES[3] : undefined; // 社区 / 小区
  if (c === 0x5c45 && text.startsWith('居委会', j)) return SUFFIXES[0];
  return undefined;
}

export function findPatternPlaces(text: string, covered: Uint8Array, local: LocalNames): PatternPlace[] {
  const out: PatternPlace[] = [];
  const taken = new Uint8Array(text.length);
  const add = (p: PatternPlace) => {
    out.push(p);
    taken.fill(1, p.start, p.end);
  };

  // Enumerations first: 回龙、李子关等村 names two villages written without their suffix.
  // Anchored on 等村 (rare) rather than on every CJK character: the list is read backwards.
  const enumRe = /等(村|社区|镇|乡|街道)/g;
  const listRe = /(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}$/;
  for (let e = enumRe.exec(text); e; e = enumRe.exec(text)) {
    const suffix = e[1];
    const head = text.slice(Math.max(0, e.index - 60), e.index);
    const list = listRe.exec(head);
    if (!list) continue;
    let pos = e.index - list[0].length;
    for (const raw of list[0].split('、')) {
      const itemStart = pos;
      pos += raw.length + 1;
      // The first item may carry words before it: keep its last characters that name a place.
      const candidates = raw.length > 2 ? [raw, raw.slice(-3), raw.slice(-2)] : [raw];
      for (const stem of candidates) {
        const start = itemStart + raw.length - stem.length;
        if (covered[start] || taken[start]) break;
        // 等村 lists village-level names: the county list may call one 李子关社区.
        const variants = suffix === '村' || suffix === '社区' ? [stem + suffix, stem + (suffix === '村' ? '社区' : '村')] : [stem + suffix];
        const name = variants.find((v) => local.get(v));
        if (name) {
          // Named as the text names it (stem + the list's suffix), coded from the county list.
          add({
            start, end: start + stem.length, name: stem + suffix, level: suffix === '村' || suffix === '社区' ? 'village' : 'township',
            lookup: local.get(name), alias: name !== stem + suffix,
          });
          break;
        }
      }
    }
  }

  // A township the current list lacks but whose name a village of the county still bears
  // (红眼川乡 was merged; 红眼川村 remains): a former township.
  const formerRe = /[乡镇]/g;
  for (let m = formerRe.exec(text); m; m = formerRe.exec(text)) {
    const end = m.index + 1;
    if (end < 3 || !local.mayEndBefore(text.charCodeAt(end - 2))) continue;
    for (let start = Math.max(0, end - 4); start <= end - 3; start++) {
      if (!isCJK(text.charCodeAt(start))) continue;
      if (covered[start] || taken[start] || covered[end - 1]) continue;
      const hits = local.get(text.slice(start, end - 1) + '村');
      if (hits && hits.every((h) => h.kind === 'village')) {
        add({ start, end, name: text.slice(start, end), level: 'township', lookup: undefined, formerOf: hits });
        break;
      }
    }
  }

  // The regex engine finds the suffixes' first characters (村 社 小 居) faster than a loop.
  const suffixStart = /[村社小居]/g;
  for (let m = suffixStart.exec(text); m; m = suffixStart.exec(text)) {
    const j = m.index;
    if (j === 0 || covered[j] || taken[j]) continue;
    const suffix = suffixAt(text, j);
    if (!suffix) continue;
    if (suffix.s === '村' && NOT_AFTER_CUN.has(text[j + 1] ?? '')) continue;
    // Collect the stem leftwards: as far as CJK text goes for a lookup in the county lists
    // (和平村, 建设村 hold words that are stop words elsewhere), only to a stop word for
    // an unknown name.
    let wide = j;
    while (wide > 0 && j - wide < MAX_STEM + 1) {
      const c = text.charCodeAt(wide - 1);
      if (covered[wide - 1] || taken[wide - 1] || !isCJK(c)) break;
      wide--;
    }
    let i = j;
    while (i > wide && j - i < MAX_STEM) {
      if (STOP[text.charCodeAt(i - 1)]) break;
      i--;
    }
    if (j - wide < 2) continue;
    const end = j + suffix.s.length;
    // Prefer a name the county's own list has (longest first).
    let placed = false;
    const listed = local.mayEndBefore(text.charCodeAt(j - 1));
    for (let k = wide; listed && k <= j - 2; k++) {
      const name = text.slice(k, j) + suffix.canonical;
      const hits = local.get(name);
      if (hits) {
        add({ start: k, end, name, level: suffix.level, lookup: hits });
        placed = true;
        break;
      }
    }
    if (placed) {
      suffixStart.lastIndex = end;
      continue;
    }
    // The list may hold the same place under the other village-level suffix (李子关村 /
    // 李子关社区): take its code, keep the name as written.
    if (suffix.level === 'village' && listed) {
      const other = suffix.canonical === '村' ? '社区' : '村';
      for (let k = wide; k <= j - 2; k++) {
        const hits = local.get(text.slice(k, j) + other);
        if (hits) {
          add({ start: k, end, name: text.slice(k, j) + suffix.canonical, level: 'village', lookup: hits, alias: true });
          placed = true;
          break;
        }
      }
      if (placed) {
        suffixStart.lastIndex = end;
        continue;
      }
    }
    // Unknown name: at most three characters of stem, the usual length of such names, and
    // only where the stem is bounded on the left (a stop word, punctuation, a place).
    if (j - i > 3 || j - i < 2) continue;
    const start = i;
    const stem = text.slice(start, j);
    if (GENERIC_STEM.test(stem) || GENERIC_STEM.test(stem.slice(-1))) continue;
    add({ start, end, name: stem + suffix.canonical, level: suffix.level });
    suffixStart.lastIndex = end;
  }
  return out.sort((a, b) => a.start - b.start);
}

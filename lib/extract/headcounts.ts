/**
 * Headcounts in normalised text (see annotation-guide.md): a number expression, a person
 * classifier (名, 人, 位, 个人, 人次) and usually a role, either after (`280名党员`) or
 * before (`下沉党员共194人`); or a number directly followed by a person noun
 * (`5.8万党员`). Offsets here are into the normalised text; index.ts maps them back.
 */
import type { HeadcountKind } from '../schema/extraction';
import { isNumberChar, isNumberCode, parseNumberCore, APPROX_PREFIXES, UNIT_ONLY_PREFIXES, isUnitChar, isChineseDigit } from './numbers';
import { roleAfter, roleBefore, kindOf, endsWithRoleHead, ROLE_NUMBER_CONNECTORS } from './roles';

export interface RawHeadcount {
  start: number;
  end: number;
  value: number;
  approx: boolean;
  role: string | null;
  kind: HeadcountKind;
}

/** Characters after 名 that make it a word, not a classifier (名单, 名义, 名字, …). */
const NOT_AFTER_MING = new Set(['单', '义', '字', '称', '额', '片', '录', '誉', '牌', '校', '人', '次', '列', '言', '句', '胜', '著', '贵', '气', '声', '利', '医', '师', '家', '优']);
/** Characters after 人 that make it a word (人民, 人口, 人员, 人才, …), except where handled. */
const NOT_AFTER_REN = new Set(['民', '们', '物', '员', '家', '士', '才', '工', '生', '事', '情', '格', '性', '均', '类', '间', '心', '手', '力', '群', '身', '大', '选', '文', '道']);
const NOT_AFTER_WEI = new Set(['数', '置', '于', '次', '居', '列', '移', '点']);
/** Before the number: words that make it a rank or an ordinal, not a count. */
const ORDINAL_BEFORE = /(第|前|后|排名|名列|排第|每|逐|倒数)$/;
/** Counters of a web page (阅读次数, 浏览量, 点击): what precedes them is not a report's figure. */
const READERS_BEFORE = /(阅读|浏览|点击|访问|点赞|评论|转发|关注|围观)(次数|人数|量|数)?[:：]?$/;
/** Slogans and definitions (`一名党员就是一面旗帜`, `一名干警进行法制教育`) use 一 as "a". */
const SLOGAN_AFTER = /^(就是|一面|一份|一个|一片|一盏|都是|就有|带动|负责|进行|协助|牵头)/;
/** Person nouns that may follow a number without classifier (`5.8万党员`, `三万居民`). */
const BARE_NOUNS = /^(党员干部|党员|干部|居民|群众|村民|市民|志愿者|旅客|游客|乘客|职工|员工|网格员|医护人员|人员|干警|民警|学生)/;

function isSentenceStop(ch: string): boolean {
  return ch === '。' || ch === '!' || ch === '?' || ch === ';' || ch === '\n';
}

interface NumberSpan {
  start: number;
  value: number;
  approx: boolean;
  /** A bare 万 or 千 (万名党员): a round figure, counted only where it cannot be a name. */
  bare?: boolean;
}

/** Parses the number expression that ends at `end` (exclusive) in normalised text. */
function numberEndingAt(text: string, end: number): NumberSpan | null {
  // Most classifiers (人民, 人员, 名单…) have no number before them: leave at once.
  if (end === 0 || !isNumberCode(text.charCodeAt(end - 1))) return null;
  let i = end;
  while (i > 0 && end - i < 24) {
    const c = text[i - 1];
    if (isNumberCode(c.charCodeAt(0))) i--;
    // A thousands separator: 3,301 (only between a 1-3 digit group and a 3-digit group).
    else if (c === ',' && /^\d{3}(?!\d)/.test(text.slice(i, i + 4)) && /\d$/.test(text.slice(i - 2, i - 1))) i--;
    else break;
  }
  // A range `3至4人`: the count is the first number, approximate.
  let rangeStart = -1;
  if (i > 1 && /[至到\-~～—]/.test(text[i - 1])) {
    let j = i - 1;
    while (j > 0 && isNumberChar(text[j - 1])) j--;
    if (j < i - 1) rangeStart = j;
  }
  let core = text.slice(i, end).replace(/(\d),(?=\d{3})/g, '$1');
  // Trim leading approx markers that belong to the previous word (`多名` alone is no number);
  // 几 stays: 几十名 is "some tens".
  while (core.length && /[余多来.]/.test(core[0])) {
    core = core.slice(1);
    i++;
  }
  if (!core || core === '几') return null;
  let approx = false;
  let start = i;
  // Prefix qualifiers: 近, 约, 超过, 逾, 上千, 数百.
  for (const p of APPROX_PREFIXES) {
    if (text.startsWith(p, i - p.length)) {
      if (UNIT_ONLY_PREFIXES.has(p) && !isUnitChar(core[0])) continue;
      approx = true;
      start = i - p.length;
      break;
    }
  }
  // A count cannot start with 万/千/亿 unless qualified (上千, 超过万人): "万名党员微信群" is a name.
  if (!approx && /^[万千亿萬仟億]/.test(core) && !/[余多几]/.test(core)) {
    if (core !== '万' && core !== '千') return null;
    return { start, value: core === '万' ? 10_000 : 1_000, approx: true, bare: true };
  }
  const parsed = parseNumberCore(core);
  if (!parsed) return null;
  if (rangeStart >= 0) {
    const first = parseNumberCore(text.slice(rangeStart, i - 1));
    if (first) return { start: rangeStart, value: first.value, approx: true };
  }
  return { start, value: parsed.value, approx: approx || parsed.approx };
}

export function findHeadcounts(text: string): RawHeadcount[] {
  const out: RawHeadcount[] = [];
  let lastEnd = 0; // end of the previous headcount: its role is not another's
  // The classifiers (名 位 人) are found by the regex engine, faster than a loop over every character.
  const classifier = /[名位人]/g;
  for (let m = classifier.exec(text); m; m = classifier.exec(text)) {
    const k = m.index;
    const ch = text[k];
    let clsStart = k;
    let clsEnd: number;
    let times = false;
    if (ch === '名') {
      if (NOT_AFTER_MING.has(text[k + 1])) continue;
      clsEnd = k + 1;
    } else if (ch === '位') {
      if (NOT_AFTER_WEI.has(text[k + 1])) continue;
      clsEnd = k + 1;
    } else if (ch === '人') {
      if (text[k + 1] === '次') {
        times = true;
        clsEnd = k + 2;
      } else if (NOT_AFTER_REN.has(text[k + 1]) || text[k + 1] === '口') {
        continue;
      } else {
        clsEnd = k + 1;
      }
      if (text[k - 1] === '个') clsStart = k - 1; // 10多个人
    } else {
      continue;
    }
    const num = numberEndingAt(text, clsStart);
    if (!num) continue;
    if (ORDINAL_BEFORE.test(text.slice(Math.max(0, num.start - 3), num.start))) continue;
    // Page furniture: 阅读次数：1523人 counts readers, not people in the report.
    if (READERS_BEFORE.test(text.slice(Math.max(0, num.start - 6), num.start))) continue;
    const numText = text.slice(num.start, clsStart);
    if (num.value === 0) continue;
    // 一名/一位/一人 is an article in running text (一名党员就是一面旗帜), not a count.
    if (/^[一壹]$/.test(numText) && !/^[0-9]/.test(numText)) continue;
    if (isChineseDigit(numText[0]) && SLOGAN_AFTER.test(text.slice(clsEnd, clsEnd + 4))) continue;
    // Ages, years and the like read "8岁" and never reach here; "20人以上" ends at the classifier.
    // A threshold, not a count: 党员人数在3人以上的站点.
    if (/^(以上|以下|以内|及以上)的/.test(text.slice(clsEnd, clsEnd + 4))) continue;
    let approx = num.approx;
    if (text.startsWith('以上', clsEnd) || text.startsWith('左右', clsEnd)) approx = true;

    let end = clsEnd;
    let role: string | null = null;
    if (num.bare && !bareCountStands(text, k, clsEnd)) continue;
    // Only 名/位 take a role after them (280名党员); after 人 the role comes first (党员人数达3845人).
    const roleEnd = text[k] === '人' ? -1 : roleAfter(text, clsEnd);
    if (roleEnd > clsEnd && !times) {
      role = text.slice(clsEnd, roleEnd);
      end = roleEnd;
    } else {
      role = roleBeforeNumber(text, num.start);
      // 人次 counts the work of people named earlier in the sentence (全院干警…共达504人次).
      if (!role && times) role = subjectOfSentence(text, Math.max(lastEnd, sentenceStart(text, num.start)), num.start);
    }
    // 两人平时聚少离多: a small Chinese number of 人 with no role is a phrase, not a reported count.
    if (!role && text[k] === '人' && !times && isChineseDigit(numText[0]) && num.value < 10) continue;
    const before = text.slice(Math.max(0, num.start - 40), num.start);
    const after = text.slice(end, end + 20);
    out.push({ start: num.start, end, value: num.value, approx, role: cleanRole(role), kind: kindOf(role, times, before, after) });
    classifier.lastIndex = end;
    lastEnd = end;
  }
  return mergeBareNounCounts(text, out);
}

function roleBeforeNumber(text: string, numStart: number): string | null {
  let end = numStart;
  // Skip a connector (共, 人数达, 怎么才) between role and number.
  for (const c of ROLE_NUMBER_CONNECTORS) {
    if (text.startsWith(c, end - c.length)) {
      end -= c.length;
      break;
    }
  }
  let start = roleBefore(text, end);
  if (start < 0 || start >= end) return null;
  // 党员干部、志愿者等各类人员1200余人: the list before 等 is part of who was counted.
  const etc = /等(各类|各界|各方|各种)?$/.exec(text.slice(Math.max(0, start - 3), start));
  if (etc) {
    const listStart = roleBefore(text, start - etc[0].length);
    if (listStart >= 0) start = listStart;
  }
  let role = text.slice(start, end);
  // 党员人数达 → 党员: the connector may have left 人数 behind.
  role = role.replace(/人数$/, '');
  return role.length >= 2 ? role : null;
}

/** Nouns after a role that make `万名党员…` the name of a thing (万名党员微信群), not a count. */
const NAME_AFTER_ROLE = /^(微信群|群|之家|工程|计划|行动|活动|大会|工作室|联盟|论坛|讲堂|志愿服务队|服务队|突击队|先锋队|示范|品牌|项目|基金|奖)/;

/**
 * A bare 万名/千名 stands as a count only with 名, a role right after it, and no sign of a
 * name: a thing named after it (万名党员微信群), quotes, or a campaign slogan that
 * repeats the figure (千名干部进千村).
 */
function bareCountStands(text: string, k: number, clsEnd: number): boolean {
  if (text[k] !== '名') return false;
  const roleEnd = roleAfter(text, clsEnd);
  if (roleEnd <= clsEnd) return false;
  const after = text.slice(roleEnd, roleEnd + 8);
  if (NAME_AFTER_ROLE.test(after)) return false;
  if (/^[进联帮包访结下入]?[百千万]/.test(after)) return false;
  const before = text[k - 2];
  return before !== '“' && before !== '"' && before !== '‘' && before !== '「' && before !== '《';
}

function sentenceStart(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && !isSentenceStop(text[s - 1]) && pos - s < 200) s--;
  return s;
}

/** The last role named in [from, to), nearest the number first. */
function subjectOfSentence(text: string, from: number, to: number): string | null {
  for (let j = to; j - 2 >= from; j--) {
    if (!endsWithRoleHead(text, j)) continue;
    const start = roleBefore(text, j);
    // A bare 人员 is the object of a verb (摸排人员动态信息), not who did the work.
    if (start >= from && j - start >= 2 && text.slice(start, j) !== '人员') return text.slice(start, j);
  }
  return null;
}

function cleanRole(role: string | null): string | null {
  if (!role) return null;
  const r = role.replace(/[、]+$/, '').replace(/\s+/g, '');
  return r.length ? r : null;
}

/** Adds counts written as number + person noun with no classifier (`5.8万党员`). */
function mergeBareNounCounts(text: string, found: RawHeadcount[]): RawHeadcount[] {
  const covered = new Uint8Array(text.length);
  for (const h of found) covered.fill(1, h.start, h.end);
  const out = [...found];
  // Anchored on the unit (万, 千, 亿: rare) rather than on every numeral character.
  const re = /[万千亿]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1;
    if (m.index === 0 || covered[m.index] || !/[0-9.一二两三四五六七八九十百千]/.test(text[m.index - 1])) continue;
    const noun = BARE_NOUNS.exec(text.slice(end, end + 6));
    if (!noun) continue;
    // 万名党员微信群 and the like: followed by a thing, not counted people.
    if (/^(群|微信|之家|服务|工作|队伍|示范|岗|活动|先锋)/.test(text.slice(end + noun[0].length, end + noun[0].length + 4))) continue;
    const num = numberEndingAt(text, end);
    if (!num) continue;
    const roleEnd = roleAfter(text, end) > end ? roleAfter(text, end) : end + noun[0].length;
    const role = text.slice(end, roleEnd);
    const before = text.slice(Math.max(0, num.start - 40), num.start);
    out.push({ start: num.start, end: roleEnd, value: num.value, approx: num.approx, role, kind: kindOf(role, false, before, text.slice(roleEnd, roleEnd + 20)) });
  }
  return out.sort((a, b) => a.start - b.start);
}

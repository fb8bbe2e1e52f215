/**
 * Roles: the noun phrase that says who was counted (`党员干部`, `下沉党员`, `环卫工人`),
 * and whether they were mobilised or are the population the work was for.
 *
 * A role is recognised by its head noun (the last word: 党员, 干部, 人员, 志愿者, …)
 * with modifiers before it (`县级以上领导`干部, `与确诊病患同车厢返乡`人员), and several
 * roles may be joined by `、` (`党员干部、村医、志愿者`).
 */
import type { HeadcountKind } from '../schema/extraction';

/** Head nouns, longest first where one ends another. */
const HEADS = [
  '党员干部', '干部职工', '党员职工', '工作人员', '医护人员', '医务人员', '志愿者', '接触者', '密接者', '农民工',
  '网格员', '人员', '党员', '干部', '干警', '民警', '辅警', '警察', '职工', '员工', '工人', '群众', '居民', '村民',
  '市民', '队员', '成员', '医生', '护士', '专家', '老师', '教师', '学生', '同志', '代表', '骨干', '书记', '委员',
  '战士', '官兵', '民兵', '士兵', '患者', '病例', '病人', '旅客', '乘客', '游客', '家属', '老人', '儿童', '青年',
  '人口', '村医', '乡医', '社工', '商贩', '商户', '司机', '厨师', '律师', '医师', '技师', '先锋', '突击队员',
  '负责人', '联系人', '责任人', '外地人', '家人', '亲属', '职员', '学员', '队伍', '村干部', '镇村干部', '村组干部',
  '村居干部', '社区干部', '镇干部', '区干部', '县干部', '业主', '住户', '租户', '考生', '孕产妇', '党员群众',
];
/** Single characters that end many role nouns (采样员, 助产士, 保洁工, 村长). */
const HEAD_SUFFIX_CHARS = new Set(['员', '者', '士', '兵', '警', '医', '师', '长']);
/** A classifier followed by a verb has no role after it (86名参与一线工作): look before the number. */
const VERB_AFTER_CLASSIFIER = /^(参与|参加|深入|奔赴|投入|坚守|加入|组成|前往|进驻|赶赴|支援|协助|配合|担任|进入|开展|分成|分别|全部|积极|主动|自愿|自发|冲锋|战斗|奋战|值守|分赴|来到|到|在|对|为|从|已|均|都|被|将|次|之|以上|左右)/;
const HEAD_SET = new Set(HEADS);
const MAX_HEAD = Math.max(...HEADS.map((h) => h.length));

/** Characters that can never be inside a role. */
const HARD_BREAK = /[\s,.;:!?"'，。；：！？“”‘’《》【】\[\]<>0-9…—~～·|/\\]/;
/** After a head noun: a verb or function word that ends the role (`党员`下沉, `干部`分成). */
const BREAK_AFTER_HEAD = new Set([
  '在', '按', '到', '对', '于', '是', '也', '都', '就', '从', '由', '向', '将', '已', '被', '把', '让', '为', '的', '等',
  '中', '下', '分', '积', '参', '深', '奔', '组', '全', '每', '开', '进', '赴', '担', '投', '坚', '主', '自', '共', '作',
  '成', '和', '及', '与', '或', '到', '去', '来', '上', '冲', '战', '始', '连', '仍', '还', '又', '均', '各', '纷', '齐',
  '轮', '日', '夜', '次', '先', '发', '带', '协', '配', '接', '做', '值', '守', '走', '入', '不', '没', '能', '会', '要',
  '第', '次', '个', '户', '天', '年', '月', '这', '那', '其', '之', '时', '后', '前', '里', '内', '外', '以', '并', '再',
]);
/** Before a role (looking left from the number): verbs that introduce it and end it. */
const BREAK_BIGRAMS_LEFT = new Set([
  '动员', '组织', '发动', '抽调', '选派', '派出', '招募', '安排', '带领', '协调', '调配', '排查', '统计', '调查', '管理',
  '出动', '投入', '集结', '召集', '号召', '发现', '摸排', '检测', '登记', '收到', '覆盖', '服务', '其中', '包括', '共有',
  '现有', '累计', '目前', '共计', '合计', '总计', '计有', '一共', '全部', '还有', '另有', '已有', '派驻', '组建', '确保',
  '劝导', '规劝', '劝返', '帮助', '引导', '救助', '慰问', '走访', '帮扶', '培训', '接待', '护送', '转运', '劝离', '疏导',
  '转移', '安置', '吸纳', '救治', '收治', '接种', '疏散', '撤离', '解救', '转诊', '筛查', '采样', '留观',
]);
/** 在 + a state is a modifier of the role (在职党员, 在外人员), not the preposition 在. */
const IN_STATE = new Set(['在外', '在职', '在校', '在岗', '在家', '在册', '在编', '在村', '在籍', '在乡', '在京', '在鄂']);
/** Generic place words that can open a role (社区工作者, 辖区居民, 小区业主). */
const GENERIC_PLACE_WORDS = new Set(['社区', '辖区', '小区', '城区', '片区', '园区', '村组']);
/** What can stand before the first word of a phrase. */
const PHRASE_START = /[\s,.;:!?，。；：！？、“”"（）()]|[的在为对与和及或是有]/;
const ORG_END = new Set(['部', '委', '局', '院', '所', '办', '厅', '处', '站', '会', '司', '厂', '校']);
/** Determiners before a role (全院干警, 各地党员骨干): the role starts after them. */
const DETERMINER_LEFT = /^(全|各|本|该|每|共|其)$/;
const BREAK_CHARS_LEFT = new Set(['出', '了', '的', '在', '对', '向', '给', '把', '被', '将', '是', '有', '为', '和', '及', '等', '到', '从', '由', '与',
  // Place suffixes: 北门岗社区常住人口 — the role starts after the place (but 村医 is a role).
  '区', '镇', '村', '县', '省']);

function headEndingAt(s: string, end: number): number {
  for (let len = Math.min(MAX_HEAD, end); len >= 2; len--) {
    if (HEAD_SET.has(s.slice(end - len, end))) return len;
  }
  return HEAD_SUFFIX_CHARS.has(s[end - 1]) ? 1 : 0;
}

/** Whether a multi-character role noun (党员, 人员, 干警) ends at `end`. */
export function endsWithRoleHead(s: string, end: number): boolean {
  for (let len = Math.min(MAX_HEAD, end); len >= 2; len--) if (HEAD_SET.has(s.slice(end - len, end))) return true;
  return false;
}

function headStartingAt(s: string, start: number): number {
  for (let len = Math.min(MAX_HEAD, s.length - start); len >= 2; len--) {
    if (HEAD_SET.has(s.slice(start, start + len))) return len;
  }
  return 0;
}

/**
 * The role that follows a classifier at `from` in normalised text: returns its end
 * (exclusive), or -1 when no role follows.
 */
export function roleAfter(text: string, from: number, maxLen = 14): number {
  if (VERB_AFTER_CLASSIFIER.test(text.slice(from, from + 4))) return -1;
  let pos = from;
  let lastHeadEnd = -1;
  const limit = Math.min(text.length, from + maxLen);
  while (pos < limit) {
    const ch = text[pos];
    // Quoted modifiers are part of a role (10名“红马甲”志愿者) until a head is found.
    const quote = ch === '“' || ch === '”' || ch === '"' || ch === '‘' || ch === '’';
    if (HARD_BREAK.test(ch) && ch !== '(' && ch !== ')' && ch !== '（' && ch !== '）' && !(quote && lastHeadEnd < 0)) break;
    if (lastHeadEnd >= 0) {
      if (ch === '、' && pos === lastHeadEnd) {
        pos++;
        continue;
      }
      if (pos === lastHeadEnd && BREAK_AFTER_HEAD.has(ch) && !headStartingAt(text, pos)) break;
      if (pos - lastHeadEnd > 7) break;
    } else if (ch === '、') {
      break;
    }
    const head = headStartingAt(text, pos);
    if (head) {
      pos += head;
      lastHeadEnd = pos;
      continue;
    }
    pos++;
    if (HEAD_SUFFIX_CHARS.has(ch) && pos - from >= 2) lastHeadEnd = pos;
  }
  return lastHeadEnd;
}

/**
 * The role that ends at `end` (looking left from a number in role-first forms such as
 * `下沉党员共194人`): returns its start, or -1.
 */
export function roleBefore(text: string, end: number, maxLen = 14): number {
  if (!headEndingAt(text, end)) return -1;
  let pos = end;
  let start = -1;
  const limit = Math.max(0, end - maxLen);
  while (pos > limit) {
    const ch = text[pos - 1];
    if (HARD_BREAK.test(ch) && ch !== '(' && ch !== ')') break;
    if (ch === '、') {
      // Another role joined by 、: continue only if one ends right before it.
      if (headEndingAt(text, pos - 1)) {
        pos--;
        continue;
      }
      break;
    }
    if (pos - 2 >= 0 && BREAK_BIGRAMS_LEFT.has(text.slice(pos - 2, pos))) break;
    // 社区工作者, 辖区居民: a generic place word that opens the phrase belongs to the role
    // (北门岗社区常住人口: after a name it ends a place, and the role starts after it).
    if (GENERIC_PLACE_WORDS.has(text.slice(pos - 2, pos)) && (pos - 2 === 0 || PHRASE_START.test(text[pos - 3]))) {
      start = pos - 2;
      break;
    }
    // 60岁以上老人: an age belongs to the role.
    if (ch === '岁' && /\d$/.test(text.slice(0, pos - 1))) {
      let d = pos - 1;
      while (d > 0 && /\d/.test(text[d - 1])) d--;
      start = d;
      break;
    }
    if (BREAK_CHARS_LEFT.has(ch) && !headStartingAt(text, pos - 1) && !IN_STATE.has(text.slice(pos - 1, pos + 1))) break;
    // The end of an organisation's name (支部, 党委, 公安局, 检察院): its members follow.
    if (ORG_END.has(ch) && pos < end && !HEAD_SET.has(text.slice(pos - 2, pos))) break;
    // 全院干警, 各地党员骨干: a determiner and its measure word stay outside the role.
    if (pos - 2 >= 0 && DETERMINER_LEFT.test(text[pos - 2]) && pos < end) break;
    pos--;
    start = pos;
  }
  return start;
}

/** Connectors between a role and a following number (`下沉党员共194人`, `党员人数达3845人`). */
export const ROLE_NUMBER_CONNECTORS = [
  '人数达到', '人数超过', '人数为', '人数达', '总人数', '人数', '怎么才', '等', '共计', '合计', '总计', '累计', '达到', '共有',
  '一共', '共', '达', '为', '有', '计', '才', '约', '近', '超', '逾', '增至', '已达',
];

const MOBILIZED = /党员|干部|干警|警|志愿|网格|队员|医护|医务|医生|护士|助产|采样|环卫|保洁|工作人员|骨干|民兵|村医|乡医|书记|委员|先锋|突击|社工|官兵|战士|专家|检察|执法|监管|包村|下沉|值守|力量/;
const POPULATION = /群众|居民|村民|市民|返乡|返回|旅居|来|回|接触|密接|患者|病例|病人|旅客|乘客|游客|人口|老人|儿童|学生|隔离|重点|外来|外地|商贩|商户|员工|营销|家属|确诊|疑似|留观|务工|常住|户籍|独居|困难|捐|在外|外出|滞留|入境|途经|复工|租户|业主|住户|考生|孕产妇|婴幼儿|残疾/;
const POPULATION_CONTEXT = /捐|户|排查|摸排|筛查|检测|隔离|返乡|接触|覆盖|常住|登记|来自|入境|确诊|疑似|救治|治愈|出院|收治|服务|受益|惠及|帮扶|走访|核酸|登记|劝返|劝导|发放/;
const MOBILIZED_CONTEXT = /下沉|党员|干部|志愿|值守|派出|组建|抽调|组成|上班|报到|参与|参加|投入|出动|坚守|奋战|组织|服务队|突击队|先锋队|网格员|网格|工作组|值班|执勤|轮班|选派|下到|安排|派驻|轮流|专人/;

function lastIndexOf(re: RegExp, s: string): number {
  const g = new RegExp(re.source, 'g');
  let last = -1;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m.index + m[0].length;
  return last;
}

/** mobilized or population, from the role and, where there is none, the sentence around it. */
export function kindOf(role: string | null, classifierIsTimes: boolean, before: string, after: string): HeadcountKind {
  if (classifierIsTimes) return 'person-times';
  if (role) {
    // The nearest words decide: 返乡人员 is population even with 党员 in the sentence.
    if (/员工|营销|捐/.test(role) || /捐/.test(after.slice(0, 8))) return 'population';
    const m = MOBILIZED.exec(role);
    const p = POPULATION.exec(role);
    if (m && !p) return /捐/.test(after.slice(0, 12)) ? 'population' : 'mobilized';
    if (p && !m) return 'population';
    if (m && p) return m.index > p.index ? 'mobilized' : 'population';
    if (/捐|户/.test(before.slice(-12))) return 'population';
    return 'mobilized';
  }
  const near = before.slice(-24);
  if (/户$/.test(before.slice(-6).replace(/[0-9余多]+$/, '')) || /\d+户$/.test(before)) return 'population';
  // The cue nearest before the number decides; the words after it only if none is before.
  const p = lastIndexOf(POPULATION_CONTEXT, near);
  const m = lastIndexOf(MOBILIZED_CONTEXT, near);
  if (p >= 0 || m >= 0) return m > p ? 'mobilized' : 'population';
  const pa = POPULATION_CONTEXT.exec(after.slice(0, 10));
  const ma = MOBILIZED_CONTEXT.exec(after.slice(0, 10));
  if (pa && (!ma || pa.index < ma.index)) return 'population';
  return 'mobilized';
}

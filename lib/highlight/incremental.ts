/**
 * Merging the extraction of appended text into the extraction of what was there.
 * The tail is re-read from the start of the last old paragraph (`cut`), so a sentence
 * cut off by the old end of the page is extracted whole; old mentions from `cut` on are
 * replaced by the tail's.
 */
import type { Extraction } from '../schema/extraction';

export function mergeAppended(prev: Extraction, tail: Extraction, cut: number): Extraction {
  const shift = <T extends { start: number; end: number; sentence?: { start: number; end: number } }>(m: T): T => ({
    ...m,
    start: m.start + cut,
    end: m.end + cut,
    ...(m.sentence ? { sentence: { start: m.sentence.start + cut, end: m.sentence.end + cut } } : {}),
  });
  return {
    detected: prev.detected || tail.detected,
    score: Math.max(prev.score, tail.score),
    reasons: prev.detected ? prev.reasons : tail.reasons,
    headcounts: [...prev.headcounts.filter((h) => h.end <= cut), ...tail.headcounts.map(shift)],
    places: [...prev.places.filter((p) => p.end <= cut), ...tail.places.map(shift)],
  };
}

/**
 * A report's text cut into plain runs and mentions, for rendering as Preact text and
 * <mark> elements. Where mentions overlap (a place inside a headcount, "1名武汉返乡人员"),
 * the one starting first (the longer on a tie) is kept, so marks never nest.
 */
import type { Headcount, PlaceMention } from '../../lib/schema/extraction';

export type Mention = { kind: 'headcount'; headcount: Headcount; start: number; end: number } | { kind: 'place'; place: PlaceMention; start: number; end: number };

export type Segment = { text: string; mention?: undefined } | { text: string; mention: Mention; index: number };

export function mentionsOf(headcounts: Headcount[], places: PlaceMention[]): Mention[] {
  const all: Mention[] = [
    ...headcounts.map((h) => ({ kind: 'headcount' as const, headcount: h, start: h.start, end: h.end })),
    ...places.map((p) => ({ kind: 'place' as const, place: p, start: p.start, end: p.end })),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let at = 0;
  for (const m of all) {
    if (m.start < at || m.end <= m.start) continue;
    kept.push(m);
    at = m.end;
  }
  return kept;
}

export function segments(text: string, mentions: Mention[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  mentions.forEach((m, index) => {
    if (m.end > text.length) return;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mention: m, index });
    at = m.end;
  });
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

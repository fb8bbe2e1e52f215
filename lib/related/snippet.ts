/**
 * A short excerpt of a report around a range, with the range marked. The excerpt keeps
 * the text's own characters (line breaks become spaces one for one) so the marks are
 * plain offsets; the UI renders them as <mark> elements, never as HTML.
 */
import type { Snippet } from './result';

export const SNIPPET_RADIUS = 28;

export function makeSnippet(text: string, ranges: Array<{ start: number; end: number }>, radius = SNIPPET_RADIUS): Snippet {
  const first = Math.min(...ranges.map((r) => r.start));
  const last = Math.max(...ranges.map((r) => r.end));
  const from = Math.max(0, first - radius);
  const to = Math.min(text.length, last + radius);
  const body = text.slice(from, to).replace(/\s/g, ' ');
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  return {
    text: lead + body + tail,
    marks: merge(ranges.map((r) => ({ start: r.start - from + lead.length, end: r.end - from + lead.length }))),
  };
}

/** Overlapping marks (a place inside a figure's sentence span) would nest <mark>s. */
function merge(ranges: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * Publication dates as YYYY-MM-DD. The content script reports one from meta tags where
 * it finds one; otherwise the text often states it near the top (`2020-02-03 来源:…`,
 * `2022年8月15日`).
 */

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const DATE = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)/;

/** A date string in common formats (ISO with time, `2020/2/3`, `2020年2月3日`) → YYYY-MM-DD, else null. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = DATE.exec(value.normalize('NFKC'));
  return match ? valid(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The first full date in the opening of the text (where bylines put it), else null. */
export function dateFromText(text: string, window = 600): string | null {
  return normaliseDate(text.slice(0, window));
}

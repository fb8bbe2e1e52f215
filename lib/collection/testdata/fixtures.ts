/**
 * Realistic extractions for tests and benches, built by hand from the gold annotations of
 * the five seed reports (`gold-extractions.json`, made from ../shared/gold with real
 * division codes added) and the texts in `archive/`. Offsets are found in the text, so
 * `text.slice(start, end) === mention.text` holds as for the real extractor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction, Headcount, PlaceMention } from '../../schema/extraction';
import type { PageFacts } from '../../messages/page';
import { sentenceSpan } from '../export';
import gold from './gold-extractions.json';

const ARCHIVE = join(import.meta.dirname, '../../../archive');

export interface GoldReport {
  page: string;
  text: string;
  extraction: Extraction;
}

function build(entry: (typeof gold)[number]): GoldReport {
  const text = readFileSync(join(ARCHIVE, entry.page), 'utf8');
  const places: PlaceMention[] = entry.places.map((p) => {
    const start = text.indexOf(p.text);
    if (start < 0) throw new Error(`${entry.page}: place ${p.text} not in text`);
    return { ...p, level: p.level as PlaceMention['level'], start, end: start + p.text.length };
  });
  let from = 0;
  const headcounts: Headcount[] = entry.headcounts.map((h) => {
    const start = text.indexOf(h.text, from);
    if (start < 0) throw new Error(`${entry.page}: headcount ${h.text} not in text`);
    from = start + 1;
    const end = start + h.text.length;
    // The nearest place mentioned before the headcount, as a reader would attribute it.
    const before = places.filter((p) => p.start < start && p.level !== 'province').sort((a, b) => b.start - a.start)[0] ?? places[0];
    return {
      ...h,
      kind: h.kind as Headcount['kind'],
      start,
      end,
      place: before?.name ?? null,
      placeCode: before?.code ?? null,
      sentence: sentenceSpan(text, start, end),
    };
  });
  return {
    page: entry.page,
    text,
    extraction: { detected: true, score: 0.9, reasons: ['fixture from gold annotations'], headcounts, places },
  };
}

let cache: GoldReport[] | null = null;
export function goldReports(): GoldReport[] {
  cache ??= gold.map(build);
  return cache;
}

/** Page facts as the content script would send them for seed report `i`. */
export function goldFacts(i: number, url = `https://news.example.cn/${goldReports()[i].page.replace('.txt', '.html')}`): PageFacts {
  const report = goldReports()[i];
  return {
    url,
    title: report.text.trim().split('\n')[0].slice(0, 40),
    published: null,
    articleText: report.text,
    extraction: report.extraction,
    annotated: true,
  };
}

/**
 * `n` distinct pages for load tests: the seed reports with a numbered paragraph added
 * (so texts differ) on many sites and dates.
 */
export function syntheticFacts(n: number): PageFacts[] {
  const reports = goldReports();
  return Array.from({ length: n }, (_, k) => {
    const base = reports[k % reports.length];
    const text = `${base.text}\n\n（编号${k}）`;
    const day = new Date(Date.UTC(2020, 0, 20) + (k % 900) * 86_400_000).toISOString().slice(0, 10);
    return {
      url: `https://site${k % 37}.example.cn/news/${k}.html`,
      title: `${base.text.trim().split('\n')[0].slice(0, 30)} #${k}`,
      published: day,
      articleText: text,
      extraction: base.extraction,
      annotated: true,
    };
  });
}

/**
 * Related-reports query time against an archive plus a collection of generated reports
 * (1,000 → 100,000), queried as the background does: both indexes, results merged.
 * Reports cluster in counties (a few counties have many reports, as real coverage does)
 * and most mention 湖北/武汉 in passing, the worst case for a province-level index.
 * A full scan of every report is timed alongside, to show what the index saves.
 * Target: median < 20 ms at 100,000.
 */
import { RelatedIndex, type QueryPage } from '../lib/related/index';
import type { Headcount, PlaceMention, PlaceLevel } from '../lib/schema/extraction';
import type { Report } from '../lib/schema/report';

const SIZES = [1_000, 10_000, 100_000];
const QUERIES = 200;
const TARGET_MS = 20;

/** Deterministic PRNG, so runs are comparable. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const rand = rng(42);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

// A synthetic division tree with real code shapes: 31 × 12 × 9 × 12 × 10.
const LEVELS: PlaceLevel[] = ['province', 'prefecture', 'county', 'township', 'village'];
const WIDTH = [31, 12, 9, 12, 10];
const CODE_LEN = [2, 4, 6, 9, 12];
const SUFFIX = ['省', '市', '县', '镇', '村'];
const cache = new Map<string, Omit<PlaceMention, 'start' | 'end' | 'text'>>();
function place(indices: number[]) {
  const key = indices.join('.');
  let p = cache.get(key);
  if (!p) {
    const codes = indices.map((_, d) => indices.slice(0, d + 1).map((x, i) => String(x + 1).padStart(i === 3 ? 3 : 2, '0')).join('').slice(0, CODE_LEN[d]).padEnd(CODE_LEN[d], '0'));
    const names = indices.map((x, d) => `地${indices.slice(0, d + 1).join('')}${SUFFIX[d]}`);
    const d = indices.length - 1;
    p = { name: names[d], level: LEVELS[d], code: codes[d], path: names, pathCodes: codes };
    cache.set(key, p);
  }
  return p;
}
const HUBEI = [16];
const WUHAN = [16, 0];
const ROLES = ['党员干部', '下沉党员', '党员', '志愿者', '网格员', '干警', null];

/** County popularity is skewed: county k has weight 1/(k+1). */
const COUNTIES = 2000;
const countyOf = (k: number) => [k % WIDTH[0], Math.floor(k / 31) % WIDTH[1], Math.floor(k / 372) % WIDTH[2]];
function skewedCounty(): number[] {
  return countyOf(Math.floor(Math.exp(rand() * Math.log(COUNTIES))) - 1);
}

function generate(id: string): Report {
  const county = skewedCounty();
  const picks: number[][] = [county];
  for (let i = int(1, 5); i > 0; i--) picks.push([...county, int(0, WIDTH[3] - 1)]);
  for (let i = int(1, 8); i > 0; i--) picks.push([...county, int(0, WIDTH[3] - 1), int(0, WIDTH[4] - 1)]);
  if (rand() < 0.3) picks.push(county.slice(0, 2));
  if (rand() < 0.6) picks.push(HUBEI);
  if (rand() < 0.4) picks.push(WUHAN);
  let text = '';
  const places: PlaceMention[] = picks.map((ix) => {
    const p = place(ix);
    const start = text.length;
    text += `${p.name}，`;
    return { ...p, start, end: start + p.name.length, text: p.name };
  });
  const headcounts: Headcount[] = [];
  for (let i = int(4, 14); i > 0; i--) {
    const value = pick([12, 30, 50, 100, 186, 280, 300, 1000, 3301, 5000, 58000, int(10, 20000)]);
    const role = pick(ROLES);
    const p = pick(places);
    const t = `${value}名${role ?? ''}`;
    const start = text.length;
    text += `${t}下沉社区。`;
    headcounts.push({ start, end: start + t.length, text: t, value, approx: rand() < 0.2, role, kind: 'mobilized', place: p.name, placeCode: p.code });
  }
  return { id, title: `报道${id}`, source: null, url: null, published: '2022-01-01', text, extraction: { detected: true, score: 1, reasons: [], headcounts, places } };
}

const pageOf = (r: Report): QueryPage => ({ id: null, url: null, places: r.extraction.places, headcounts: r.extraction.headcounts });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const reports: Report[] = [];
const pages = Array.from({ length: QUERIES }, (_, i) => generate(`q${i}`));
let failed = false;
console.log('reports  | build ms | heap MB | query median | p95    | max    | scan median');
for (const n of SIZES) {
  while (reports.length < n) reports.push(generate(`r${reports.length}`));
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  // Half archive, half collection, as two indexes the way the background keeps them.
  const archive = new RelatedIndex(reports.slice(0, n / 2).map((report) => ({ report, origin: 'archive' as const })));
  const collection = new RelatedIndex(reports.slice(n / 2, n).map((report) => ({ report, origin: 'collection' as const })));
  const build = performance.now() - t0;
  const heap = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  for (const p of pages.slice(0, 20)) archive.query(pageOf(p)); // warm-up
  const times: number[] = [];
  for (const p of pages) {
    const s = performance.now();
    const merged = [...archive.query(pageOf(p)), ...collection.query(pageOf(p))].sort((a, b) => b.score - a.score).slice(0, 10);
    times.push(performance.now() - s);
    if (merged.length === 0) throw new Error('a query found nothing: the generator is broken');
  }
  // The scan the index avoids: score every report.
  const scan: number[] = [];
  for (const p of pages.slice(0, 5)) {
    const s = performance.now();
    for (const idx of [archive, collection]) {
      const places = idx.preparePlaces(p.extraction.places);
      for (const doc of idx.all()) places.forEach((pl) => idx.bestRelation(pl, doc));
    }
    scan.push(performance.now() - s);
  }
  const m = median(times);
  console.log(
    `${String(n).padStart(8)} | ${build.toFixed(0).padStart(8)} | ${heap.toFixed(0).padStart(7)} | ${m.toFixed(2).padStart(9)} ms | ${pct(times, 0.95).toFixed(2).padStart(6)} | ${Math.max(...times).toFixed(2).padStart(6)} | ${median(scan).toFixed(0).padStart(8)} ms`,
  );
  if (n === 100_000 && m >= TARGET_MS) failed = true;
}
console.log(`target: median < ${TARGET_MS} ms at 100,000 → ${failed ? 'MISSED' : 'met'}`);
process.exit(failed ? 1 : 0);

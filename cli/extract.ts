/**
 * `npm run -s extract -- FILE...`: one JSON object per file, one per line, in the
 * order given. A `.html` file is read as a browser shows it (the content script's
 * article-text extraction), with offsets into that text. A file that cannot be read
 * prints an error line for it; the exit code is 1 after the other files.
 */
import { loadGazetteerSync, nodeVillageSource } from '../lib/gazetteer/node';
import { createExtractor } from '../lib/extract/index';
import { readReportFile } from './read-report';

async function main(files: string[]) {
  if (!files.length) {
    console.error('usage: npm run -s extract -- FILE...');
    process.exit(2);
  }
  const extractor = createExtractor({ gazetteer: loadGazetteerSync(), villages: nodeVillageSource() });
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = (await readReportFile(file)).text;
    } catch (e) {
      failed++;
      console.error(`extract: ${file}: ${(e as Error).message}`);
      continue;
    }
    const r = extractor.extract(text);
    const line = {
      file,
      detected: r.detected,
      score: r.score,
      reasons: r.reasons,
      headcounts: r.headcounts.map(({ sentence: _s, ...h }) => h),
      places: r.places,
    };
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  process.exit(failed ? 1 : 0);
}

main(process.argv.slice(2));

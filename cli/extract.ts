/**
 * `npm run -s extract -- FILE...`: one JSON object per file, one per line, in the
 * order given. A `.html` file is read as a browser shows it (the content script's
 * article-text extraction), with offsets into that text. A file that cannot be read
 * prints an error line for it; the exit code is 1 after the other files.
 */
import { loadGazetteerSync, nodeVillageSource } from '../lib/gazetteer/node';
import { createExtractor } from '../lib/extract/index';
import { printEachReport } from './each-report';

async function main(files: string[]) {
  if (!files.length) {
    console.error('usage: npm run -s extract -- FILE...');
    process.exit(2);
  }
  const extractor = createExtractor({ gazetteer: loadGazetteerSync(), villages: nodeVillageSource() });
  await printEachReport('extract', files, (file, text) => {
    const r = extractor.extract(text);
    return {
      file,
      detected: r.detected,
      score: r.score,
      reasons: r.reasons,
      headcounts: r.headcounts.map(({ sentence: _s, ...h }) => h),
      places: r.places,
    };
  });
}

main(process.argv.slice(2));

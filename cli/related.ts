/**
 * `npm run -s related -- FILE...`: for each file, one JSON line
 *   {"file": ..., "related": [{"id", "title", "score", "places", "figures", "reprint"}]}
 * ranked best first, against the bundled archive (public/archive.json, rebuilt in memory
 * from archive/*.txt when missing or older than a text file). Files are read as `extract`
 * reads them (.html as a browser shows it); an unreadable file prints an error for it and
 * the exit code is 1 after the other files. A file that is itself in the archive is not
 * related to itself.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadGazetteerSync, nodeVillageSource } from '../lib/gazetteer/node';
import { createExtractor, type Extractor } from '../lib/extract/index';
import { ARCHIVE_FILE, loadArchiveFileSync } from '../lib/archive/node';
import { buildArchive, recordIdFor } from '../lib/archive/build';
import type { ArchiveRecord } from '../lib/archive/schema';
import { RelatedIndex } from '../lib/related/index';
import type { RelatedResult } from '../lib/related/result';
import { printEachReport } from './each-report';

const ARCHIVE_DIR = resolve(import.meta.dirname, '../archive');

async function archiveRecords(extractor: Extractor): Promise<ArchiveRecord[]> {
  const texts = existsSync(ARCHIVE_DIR) ? readdirSync(ARCHIVE_DIR).filter((f) => f.endsWith('.txt')) : [];
  const builtAt = existsSync(ARCHIVE_FILE) ? statSync(ARCHIVE_FILE).mtimeMs : -1;
  const stale = texts.some((f) => statSync(join(ARCHIVE_DIR, f)).mtimeMs > builtAt);
  if (!stale) return loadArchiveFileSync().records;
  // Same builder as `npm run archive`, kept in memory: the CLI must not write build output.
  console.error('related: public/archive.json is missing or older than archive/*.txt; using a fresh in-memory build');
  const files = texts.map((name) => ({ name, text: readFileSync(join(ARCHIVE_DIR, name), 'utf8') }));
  return (await buildArchive(files, (t) => extractor.extract(t), new Date())).records;
}

/** The result without offsets: the CLI reader wants what and why, not where. */
function forPrint(r: RelatedResult) {
  return {
    id: r.id,
    title: r.title,
    score: r.score,
    places: r.places,
    figures: r.figures.map((f) => ({
      status: f.status,
      role: f.page.role,
      kind: f.page.kind,
      page: { text: f.page.text, value: f.page.value, approx: f.page.approx, place: f.page.place },
      other: { text: f.other.text, value: f.other.value, approx: f.other.approx, place: f.other.place },
    })),
    reprint: r.reprint,
  };
}

async function main(args: string[]) {
  const limitArg = args.find((a) => a.startsWith('--limit='));
  const limit = limitArg ? Number(limitArg.slice('--limit='.length)) : 10;
  const files = args.filter((a) => !a.startsWith('--'));
  if (!files.length || !Number.isInteger(limit) || limit < 1) {
    console.error('usage: npm run -s related -- [--limit=N] FILE...');
    process.exit(2);
  }
  const extractor = createExtractor({ gazetteer: loadGazetteerSync(), villages: nodeVillageSource() });
  const index = new RelatedIndex((await archiveRecords(extractor)).map((report) => ({ report, origin: 'archive' as const })));
  await printEachReport('related', files, (file, text) => {
    const extraction = extractor.extract(text);
    const related = index.query(
      { id: recordIdFor(basename(file)), places: extraction.places, headcounts: extraction.headcounts },
      { limit },
    );
    return { file, related: related.map(forPrint) };
  });
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`related: ${(e as Error).message}`);
  process.exit(1);
});

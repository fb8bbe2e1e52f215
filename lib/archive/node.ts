/** Loading the built archive in Node (the `related` CLI and benches). */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { archiveDocumentSchema, type ArchiveDocument } from './schema';

export const ARCHIVE_FILE = resolve(import.meta.dirname, '../../public/archive.json');

export function loadArchiveFileSync(file = ARCHIVE_FILE): ArchiveDocument {
  if (!existsSync(file)) throw new Error(`no built archive at ${file}: run npm run archive first`);
  const parsed = archiveDocumentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid archive: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * Builds the archive document from report text files. Pure apart from the extractor it
 * is given, so the build script (Node extractor) and tests (a fake one) share it.
 */
import type { Extraction } from '../schema/extraction';
import { readTextMeta } from './text-meta';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_SCHEMA_VERSION,
  archiveDocumentSchema,
  type ArchiveDocument,
  type ArchiveRecord,
} from './schema';

export interface SourceFile {
  /** File name with extension (`002_3b87ff4c7a31394c.txt`). */
  name: string;
  text: string;
}

export type ExtractFn = (text: string) => Extraction | Promise<Extraction>;

/** The record id is the file's base name, so "adding a report" needs no other naming step. */
export function recordIdFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}

export async function buildRecord(file: SourceFile, extract: ExtractFn): Promise<ArchiveRecord> {
  // A BOM would shift every offset by one against what editors and browsers show.
  const text = file.text.replace(/^\uFEFF/, '');
  const meta = readTextMeta(text);
  return {
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    id: recordIdFor(file.name),
    file: file.name,
    title: meta.title,
    source: meta.source,
    url: null,
    published: meta.published,
    text,
    extraction: await extract(text),
  };
}

/** Files are taken in name order so the output is stable from build to build. */
export async function buildArchive(files: SourceFile[], extract: ExtractFn, generated: Date): Promise<ArchiveDocument> {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const records: ArchiveRecord[] = [];
  for (const f of sorted) records.push(await buildRecord(f, extract));
  // Parsing our own output catches an extractor that breaks the offsets contract at build time.
  return archiveDocumentSchema.parse({
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_SCHEMA_VERSION,
    generated: generated.toISOString(),
    records,
  });
}

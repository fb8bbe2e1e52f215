/**
 * The archive record format (documented in docs/archive-format.md). The bundled archive
 * (`public/archive.json`) and imported packs share it, and both are parsed with these
 * schemas: at build time, when the extension loads the archive, and on import.
 *
 * A record is a `Report` plus its schema version and the file it was built from. The
 * version lives on every record (not only on the document) so records from packs of
 * different ages can sit side by side in storage and be migrated one by one.
 */
import { z } from 'zod';
import { reportSchema, type Report } from '../schema/report';

/** Bump when a record changes shape, and teach ./pack.ts to migrate the older version. */
export const ARCHIVE_SCHEMA_VERSION = 1;
export const ARCHIVE_FORMAT = 'dispatch-lens/archive';

export const archiveRecordSchema = reportSchema
  .extend({
    schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
    /** Name of the text file the record was built from (`002_3b87ff4c7a31394c.txt`), or null for records made elsewhere. */
    file: z.string().nullable(),
  })
  .superRefine((record, ctx) => {
    // Offsets must point into this record's own text, or highlights and snippets would be wrong.
    const check = (kind: 'headcounts' | 'places', i: number, m: { start: number; end: number; text: string }) => {
      if (m.end < m.start || m.end > record.text.length || record.text.slice(m.start, m.end) !== m.text) {
        ctx.addIssue({
          code: 'custom',
          path: ['extraction', kind, i],
          message: `offsets ${m.start}–${m.end} do not match the text "${m.text}"`,
        });
      }
    };
    record.extraction.headcounts.forEach((h, i) => check('headcounts', i, h));
    record.extraction.places.forEach((p, i) => check('places', i, p));
  });
export type ArchiveRecord = z.infer<typeof archiveRecordSchema>;

/** Ids must be unique within one document: they name reader pages and CLI results. */
const uniqueIds = (records: { id: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['records', i, 'id'], message: `duplicate id "${r.id}"` });
    seen.add(r.id);
  });
};

export const archiveDocumentSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    version: z.literal(ARCHIVE_SCHEMA_VERSION),
    /** ISO timestamp of the build or export. */
    generated: z.string(),
    records: z.array(archiveRecordSchema),
  })
  .superRefine((doc, ctx) => uniqueIds(doc.records, ctx));
export type ArchiveDocument = z.infer<typeof archiveDocumentSchema>;

/** Where a report came from, as the reader and cross-reference tell them apart. */
export const REPORT_ORIGINS = ['archive', 'imported', 'collection'] as const;
export const reportOriginSchema = z.enum(REPORT_ORIGINS);
export type ReportOrigin = z.infer<typeof reportOriginSchema>;

export function toArchiveRecord(report: Report, file: string | null): ArchiveRecord {
  return { ...report, schemaVersion: ARCHIVE_SCHEMA_VERSION, file };
}

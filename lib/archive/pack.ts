/**
 * Reading an archive pack a user imports: a JSON file holding either an archive
 * document (as `public/archive.json`, or as exported) or a bare array of records. The
 * whole pack is checked before anything is stored, and the first problems are reported
 * in words a user can act on; a pack with any bad record is refused as a whole.
 */
import { z } from 'zod';
import { ARCHIVE_FORMAT, ARCHIVE_SCHEMA_VERSION, archiveRecordSchema, type ArchiveRecord } from './schema';

export type PackResult = { ok: true; records: ArchiveRecord[] } | { ok: false; error: string };

const MAX_ISSUES = 3;

export function parsePack(json: string): PackResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `The file is not JSON (${(e as Error).message}).` };
  }
  let records: unknown;
  if (Array.isArray(raw)) records = raw;
  else if (raw && typeof raw === 'object' && 'records' in raw) {
    const doc = raw as { format?: unknown; version?: unknown; records: unknown };
    if (doc.format !== undefined && doc.format !== ARCHIVE_FORMAT) {
      return { ok: false, error: `The file is not a Dispatch Lens archive pack (format "${String(doc.format)}").` };
    }
    if (typeof doc.version === 'number' && doc.version > ARCHIVE_SCHEMA_VERSION) {
      return {
        ok: false,
        error: `The pack was made by a newer Dispatch Lens (archive format version ${doc.version}); this version reads version ${ARCHIVE_SCHEMA_VERSION}. Update the extension and import it again.`,
      };
    }
    records = doc.records;
  } else {
    return { ok: false, error: 'The file holds no archive records: expected an archive document with "records" or a list of records.' };
  }
  if (!Array.isArray(records) || records.length === 0) return { ok: false, error: 'The pack holds no records.' };

  const parsed = z.array(archiveRecordSchema).safeParse(records);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error, records) };
  const dup = firstDuplicate(parsed.data.map((r) => r.id));
  if (dup) return { ok: false, error: `The pack has two records with the id "${dup}"; ids must be unique.` };
  return { ok: true, records: parsed.data };
}

function describeIssues(error: z.ZodError, records: unknown[]): string {
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const [index, ...rest] = issue.path;
    const rec = typeof index === 'number' ? (records[index] as { id?: unknown } | undefined) : undefined;
    const who = typeof index === 'number' ? `record ${index + 1}${typeof rec?.id === 'string' ? ` ("${rec.id}")` : ''}` : 'pack';
    const where = rest.length ? ` at ${rest.join('.')}` : '';
    const version =
      rest[0] === 'schemaVersion' ? ` (this version reads schema version ${ARCHIVE_SCHEMA_VERSION})` : '';
    return `${who}${where}: ${issue.message}${version}`;
  });
  const more = error.issues.length > MAX_ISSUES ? ` (and ${error.issues.length - MAX_ISSUES} more problems)` : '';
  return `The pack was refused and nothing was imported. ${lines.join('; ')}${more}.`;
}

function firstDuplicate(ids: string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

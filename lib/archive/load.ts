/**
 * Loading the bundled archive in the extension (`/archive.json`, written at build time).
 * A missing or damaged file is reported and treated as an empty archive: cross-reference
 * then works from the user's collection alone rather than failing.
 */
import { archiveDocumentSchema, type ArchiveRecord } from './schema';

export interface LoadedArchive {
  records: ArchiveRecord[];
  /** Why the archive is empty when it should not be, for the UI to show. */
  problem: string | null;
}

export async function loadBundledArchive(url: string, fetchFn: typeof fetch = fetch): Promise<LoadedArchive> {
  let raw: unknown;
  try {
    const res = await fetchFn(url);
    if (!res.ok) return { records: [], problem: `bundled archive not found (${res.status}); run npm run archive before building` };
    raw = await res.json();
  } catch (e) {
    return { records: [], problem: `bundled archive unreadable: ${(e as Error).message}` };
  }
  const parsed = archiveDocumentSchema.safeParse(raw);
  if (!parsed.success) return { records: [], problem: `bundled archive invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
  return { records: parsed.data.records, problem: null };
}

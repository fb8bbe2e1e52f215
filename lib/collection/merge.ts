/**
 * Merging two versions of the same report (same address or same text). Used by saving,
 * import and the migration, so "the same page" always merges the same way, and nothing
 * the user wrote (note, tags, corrections, other addresses) is dropped.
 */
import type { CollectionRecord, Correction } from './record';
import { normaliseTags } from './tags';

/** Both notes survive: a note that contains the other wins, else they are joined. */
export function mergeNotes(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  if (!y || x.includes(y)) return a;
  if (!x || y.includes(x)) return b;
  return `${a}\n\n${b}`;
}

function mergeCorrections(a: readonly Correction[], b: readonly Correction[]): Correction[] {
  const seen = new Set(a.map((c) => JSON.stringify(c)));
  return [...a, ...b.filter((c) => !seen.has(JSON.stringify(c)))].sort((x, y) => x.at.localeCompare(y.at));
}

/**
 * `content`: whose text, title, date and extraction the result keeps. Saving passes
 * `incoming` (the page as it is now); import passes the more recently updated record.
 * The id and first save time are always the existing record's.
 */
export function mergeRecords(
  existing: CollectionRecord,
  incoming: CollectionRecord,
  content: 'incoming' | 'newer',
  now: string,
): CollectionRecord {
  const fromIncoming = content === 'incoming' || incoming.updatedAt > existing.updatedAt;
  const base = fromIncoming ? incoming : existing;
  const urls = [existing.url, ...existing.altUrls, incoming.url, ...incoming.altUrls];
  return {
    ...base,
    id: existing.id,
    url: existing.url,
    altUrls: [...new Set(urls)].filter((u) => u !== existing.url),
    published: base.published ?? (fromIncoming ? existing.published : incoming.published),
    savedAt: existing.savedAt < incoming.savedAt ? existing.savedAt : incoming.savedAt,
    updatedAt: content === 'incoming' ? now : base.updatedAt,
    note: mergeNotes(existing.note, incoming.note),
    tags: normaliseTags([...existing.tags, ...incoming.tags]),
    corrections: mergeCorrections(existing.corrections, incoming.corrections),
  };
}

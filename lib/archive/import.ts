/**
 * Importing a pack: parse it whole (pack.ts), refuse ids that belong to the bundled
 * archive unless the record is the same report (then it is skipped), then store every
 * record in one transaction. Any refusal leaves storage untouched.
 */
import { parsePack } from './pack';
import type { ArchiveRecord } from './schema';
import type { ImportedStore } from './store';

export type ImportOutcome =
  | { ok: true; added: number; replaced: number; skipped: number }
  | { ok: false; error: string };

export async function importPack(json: string, bundled: ArchiveRecord[], store: ImportedStore): Promise<ImportOutcome> {
  const parsed = parsePack(json);
  if (!parsed.ok) return parsed;
  const bundledById = new Map(bundled.map((r) => [r.id, r]));
  const clashes = parsed.records.filter((r) => bundledById.has(r.id) && bundledById.get(r.id)!.text !== r.text);
  if (clashes.length > 0) {
    const ids = clashes.slice(0, 3).map((r) => `"${r.id}"`).join(', ');
    return {
      ok: false,
      error: `The pack was refused and nothing was imported: ${ids}${clashes.length > 3 ? ' and others' : ''} already name different reports in the bundled archive. Rename those records and import again.`,
    };
  }
  const fresh = parsed.records.filter((r) => !bundledById.has(r.id));
  try {
    const { replaced } = fresh.length ? await store.putAll(fresh) : { replaced: [] };
    return { ok: true, added: fresh.length - replaced.length, replaced: replaced.length, skipped: parsed.records.length - fresh.length };
  } catch (e) {
    return { ok: false, error: `The pack could not be stored, and nothing was imported (${(e as Error).message}).` };
  }
}

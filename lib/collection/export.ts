/**
 * Exports. CSV: one row per headcount (corrections applied), for spreadsheets and R.
 * JSON: the records themselves in the documented schema (docs/collection-format.md),
 * which `import.ts` reads back.
 */
import Papa from 'papaparse';
import { COLLECTION_SCHEMA_VERSION, type CollectionRecord } from './record';
import { correctedExtraction } from './summary';
import { areaColumns, pathUpTo, placeOfHeadcount } from './places';

export const CSV_COLUMNS = [
  'url', 'title', 'date', 'site', 'province', 'prefecture', 'county', 'township', 'village',
  'place_code', 'value', 'approx', 'role', 'kind', 'sentence',
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

const SENTENCE_END = /[。！？!?]|\n\s*\n/g;

/** Offsets of the sentence around a span, where the extractor did not give them. */
export function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) && m.index < start) from = m.index + m[0].length;
  SENTENCE_END.lastIndex = end;
  const next = SENTENCE_END.exec(text);
  return { start: from, end: next ? next.index + next[0].length : text.length };
}

export function csvRows(records: readonly CollectionRecord[]): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const record of records) {
    const { headcounts, places } = correctedExtraction(record);
    for (const h of headcounts) {
      const place = placeOfHeadcount(places, h.placeCode, h.place);
      // A code that names an enclosing level (a prefecture code on a county mention) keeps
      // only the path down to that level.
      const path = place && pathUpTo(place, h.placeCode);
      const span = h.sentence ?? sentenceSpan(record.text, h.start, h.end);
      const sentence = record.text.slice(span.start, span.end);
      rows.push({
        url: record.url,
        title: record.title,
        date: record.published ?? '',
        site: record.site,
        ...areaColumns(path),
        place_code: h.placeCode ?? place?.code ?? '',
        value: String(h.value),
        approx: h.approx ? 'true' : 'false',
        role: h.role ?? '',
        kind: h.kind,
        sentence: sentence.replace(/\s+/g, ' ').trim(),
      });
    }
  }
  return rows;
}

/**
 * CSV text with a byte-order mark, so Excel opens the Chinese as UTF-8. Cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) are quoted with `'`.
 */
export function csvText(rows: readonly CsvRow[]): string {
  const data = rows.map((row) => CSV_COLUMNS.map((c) => row[c]));
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS], data }, { escapeFormulae: true, newline: '\r\n' });
}

export function exportCsv(records: readonly CollectionRecord[]): string {
  return csvText(csvRows(records));
}

export const EXPORT_FORMAT = 'dispatch-lens-collection';

export interface CollectionExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  records: CollectionRecord[];
}

export function exportJson(records: readonly CollectionRecord[], now = new Date()): string {
  const file: CollectionExport = {
    format: EXPORT_FORMAT,
    schemaVersion: COLLECTION_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    records: [...records],
  };
  return JSON.stringify(file, null, 1);
}

/** Derives the list row (`RecordSummary`) from a record, with its corrections applied. */
import { applyCorrections } from './corrections';
import { areasOf } from './places';
import type { CollectionRecord, RecordSummary } from './record';

export function correctedExtraction(record: CollectionRecord) {
  return applyCorrections(record.text, record.extraction, record.corrections).extraction;
}

export function summarize(record: CollectionRecord): RecordSummary {
  const extraction = correctedExtraction(record);
  const areas = areasOf(extraction.places);
  const places = [...new Set(extraction.places.map((p) => p.name))];
  const roles = [...new Set(extraction.headcounts.map((h) => h.role).filter((r): r is string => !!r))];
  const maxMobilized = Math.max(0, ...extraction.headcounts.filter((h) => h.kind === 'mobilized').map((h) => h.value));
  const search = [record.title, record.note, record.site, ...record.tags, ...places, ...roles]
    .join('\u0000')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase();
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    site: record.site,
    published: record.published ?? '',
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    tags: record.tags,
    note: record.note,
    placeCodes: [...areas.keys()],
    areas: [...areas.entries()],
    places,
    roles,
    headcountCount: extraction.headcounts.length,
    maxMobilized,
    search,
  };
}

/**
 * Read access for cross-reference: the user's saved reports as `Report`s with their
 * corrections applied, so a corrected headcount is what cross-reference compares.
 * IndexedDB of the extension is reachable from extension pages and the background only
 * (not from content scripts): call these there.
 */
import type { Report } from '../schema/report';
import { collectionDb, type CollectionDB } from './db';
import { allRecords } from './store';
import { correctedExtraction } from './summary';

export async function listReportsForXref(db?: CollectionDB): Promise<Report[]> {
  const { items } = await allRecords(db ?? (await collectionDb()));
  return items.map((record) => ({
    id: record.id,
    title: record.title,
    source: record.source ?? record.site,
    url: record.url,
    published: record.published,
    text: record.text,
    extraction: correctedExtraction(record),
  }));
}

/**
 * How many saved reports mention a place, by code at any level (`42` counts every report
 * with a place in Hubei). Uses the multi-entry index, without loading records.
 */
export async function countReportsByPlaceCode(code: string, db?: CollectionDB): Promise<number> {
  return (db ?? (await collectionDb())).countFromIndex('summaries', 'placeCodes', code);
}

/** Ids of the saved reports mentioning a place (code at any level). */
export async function reportIdsByPlaceCode(code: string, db?: CollectionDB): Promise<string[]> {
  return (db ?? (await collectionDb())).getAllKeysFromIndex('summaries', 'placeCodes', code);
}

/**
 * What the reader asks of the background, behind one interface (tests pass a fake).
 * Every reply is parsed with its schema from lib/messages/xref.
 */
import { browser } from 'wxt/browser';
import {
  getReportReplySchema,
  importReplySchema,
  listArchiveReplySchema,
  placeCountsReplySchema,
  relatedReplySchema,
  type GetReportReply,
  type ImportReply,
  type ListArchiveReply,
  type PlaceCountsReply,
  type RelatedReply,
  type XrefRequest,
} from '../../lib/messages/xref';
import type { ReportOrigin } from '../../lib/archive/schema';
import type { Report } from '../../lib/schema/report';
import type { z } from 'zod';

export interface ReaderApi {
  list(): Promise<ListArchiveReply>;
  get(id: string, origin?: ReportOrigin): Promise<GetReportReply>;
  related(report: Report): Promise<RelatedReply>;
  placeCounts(codes: string[]): Promise<PlaceCountsReply | null>;
  importPack(json: string): Promise<ImportReply>;
}

async function ask<T>(request: XrefRequest, schema: z.ZodType<T>, fallback: T): Promise<T> {
  try {
    const parsed = schema.safeParse(await browser.runtime.sendMessage(request));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

const noReply = { ok: false as const, error: 'the extension did not answer; reload this page' };

export function browserReaderApi(): ReaderApi {
  return {
    list: () => ask({ type: 'xref/list-archive' }, listArchiveReplySchema, noReply),
    get: (id, origin) => ask({ type: 'xref/get-report', id, origin }, getReportReplySchema, noReply),
    related: (r) =>
      ask(
        { type: 'xref/related', page: { id: r.id, url: r.url, places: r.extraction.places, headcounts: r.extraction.headcounts } },
        relatedReplySchema,
        noReply,
      ),
    placeCounts: (codes) => ask({ type: 'xref/place-counts', codes }, placeCountsReplySchema.nullable(), null),
    importPack: (json) => ask({ type: 'xref/import-pack', json }, importReplySchema, noReply),
  };
}

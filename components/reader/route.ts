/** The reader's address: `reader.html?id=…&origin=…` shows a report, no id the archive index. */
import { reportOriginSchema, type ReportOrigin } from '../../lib/archive/schema';

export type ReaderRoute = { kind: 'index' } | { kind: 'report'; id: string; origin: ReportOrigin | undefined };

export function parseRoute(search: string): ReaderRoute {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  if (!id) return { kind: 'index' };
  const origin = reportOriginSchema.safeParse(params.get('origin'));
  return { kind: 'report', id, origin: origin.success ? origin.data : undefined };
}

export function readerHref(id: string, origin: ReportOrigin): string {
  return `?${new URLSearchParams({ id, origin })}`;
}

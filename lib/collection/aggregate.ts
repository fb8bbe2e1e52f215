/**
 * The aggregate view: per place, the headcounts the reports give, by role and kind, with
 * date and source, and where reports disagree. Also the points of the "mobilised over
 * time" chart. Works on `ReportFacts`, a compact form of each record the collection page
 * keeps in memory (it loads them after first paint).
 */
import type { HeadcountKind } from '../schema/extraction';
import type { CollectionRecord } from './record';
import { correctedExtraction } from './summary';
import { pathUpTo, placeOfHeadcount } from './places';

export interface FactHeadcount {
  value: number;
  approx: boolean;
  role: string | null;
  kind: HeadcountKind;
  /** Place code, else `name:<place name>`, else '' when the report does not say. */
  placeKey: string;
  placeName: string;
  /** The enclosing names, province first (for display). */
  placePath: string[];
  text: string;
}

export interface ReportFacts {
  id: string;
  title: string;
  url: string;
  site: string;
  /** Publication date; '' when unknown (the save date would mislead a chart over time). */
  date: string;
  headcounts: FactHeadcount[];
}

export function reportFacts(record: CollectionRecord): ReportFacts {
  const { headcounts, places } = correctedExtraction(record);
  return {
    id: record.id,
    title: record.title,
    url: record.url,
    site: record.site,
    date: record.published ?? '',
    headcounts: headcounts.map((h) => {
      const place = placeOfHeadcount(places, h.placeCode, h.place);
      return {
        value: h.value,
        approx: h.approx,
        role: h.role,
        kind: h.kind,
        placeKey: h.placeCode ?? (h.place ? `name:${h.place}` : ''),
        placeName: h.place ?? '',
        placePath: place ? pathUpTo(place, h.placeCode).path.slice(0, -1) : [],
        text: h.text,
      };
    }),
  };
}

export interface Reported {
  value: number;
  approx: boolean;
  date: string;
  recordId: string;
  title: string;
  url: string;
  site: string;
}

export interface RoleGroup {
  role: string | null;
  kind: HeadcountKind;
  reports: Reported[];
  /** Two reports give figures that cannot both be right (see `agree`). */
  conflict: boolean;
}

export interface PlaceAggregate {
  placeKey: string;
  placeName: string;
  placePath: string[];
  groups: RoleGroup[];
  conflicts: number;
}

/**
 * Two figures agree when equal, or when one is approximate ("300余") and the other is
 * within 20 % of it: reports round differently, but 300余 against 3301 is a conflict.
 */
export function agree(a: { value: number; approx: boolean }, b: { value: number; approx: boolean }): boolean {
  if (a.value === b.value) return true;
  if (!a.approx && !b.approx) return false;
  const [low, high] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  return high <= low * 1.2;
}

export function aggregateByPlace(reports: readonly ReportFacts[]): PlaceAggregate[] {
  const places = new Map<string, PlaceAggregate & { byGroup: Map<string, RoleGroup> }>();
  for (const report of reports) {
    // A report repeating the same figure (in the lead and again below) counts once.
    const seen = new Set<string>();
    for (const h of report.headcounts) {
      const key = JSON.stringify([h.placeKey, h.role, h.kind, h.value, h.approx]);
      if (seen.has(key)) continue;
      seen.add(key);
      let place = places.get(h.placeKey);
      if (!place) {
        place = { placeKey: h.placeKey, placeName: h.placeName, placePath: h.placePath, groups: [], conflicts: 0, byGroup: new Map() };
        places.set(h.placeKey, place);
      }
      const groupKey = JSON.stringify([h.role, h.kind]);
      let group = place.byGroup.get(groupKey);
      if (!group) {
        group = { role: h.role, kind: h.kind, reports: [], conflict: false };
        place.byGroup.set(groupKey, group);
        place.groups.push(group);
      }
      group.reports.push({ value: h.value, approx: h.approx, date: report.date, recordId: report.id, title: report.title, url: report.url, site: report.site });
    }
  }
  const result: PlaceAggregate[] = [];
  for (const { byGroup: _byGroup, ...place } of places.values()) {
    for (const group of place.groups) {
      group.reports.sort((a, b) => a.date.localeCompare(b.date));
      group.conflict = group.reports.some((a, i) => group.reports.slice(i + 1).some((b) => a.recordId !== b.recordId && !agree(a, b)));
    }
    place.conflicts = place.groups.filter((g) => g.conflict).length;
    result.push(place);
  }
  // Places with the most reported figures first; the unattributed bucket last.
  const weight = (p: PlaceAggregate) => p.groups.reduce((n, g) => n + g.reports.length, 0);
  return result.sort((a, b) => (a.placeKey === '') !== (b.placeKey === '') ? (a.placeKey === '' ? 1 : -1) : weight(b) - weight(a));
}

export interface TimelinePoint {
  date: string;
  value: number;
  role: string | null;
  placeName: string;
  recordId: string;
}

/**
 * Every distinct mobilised headcount of each dated report, by date: the chart's points.
 * `undated` counts the figures left out because their report has no publication date.
 */
export function mobilisedTimeline(reports: readonly ReportFacts[]): { points: TimelinePoint[]; undated: number } {
  const points: TimelinePoint[] = [];
  let undated = 0;
  for (const report of reports) {
    const seen = new Set<string>();
    for (const h of report.headcounts) {
      if (h.kind !== 'mobilized') continue;
      const key = `${h.placeKey}|${h.role}|${h.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!report.date) {
        undated++;
        continue;
      }
      points.push({ date: report.date, value: h.value, role: h.role, placeName: h.placeName, recordId: report.id });
    }
  }
  return { points: points.sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value), undated };
}

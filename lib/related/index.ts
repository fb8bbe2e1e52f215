/**
 * Related reports for a page, from an index by place key. Every place of every report
 * is posted under each key of its chain (its province, prefecture, county … itself), so
 * the reports related to a page's place are read from a handful of posting lists
 * instead of scanning every report.
 *
 * A query walks postings from the deepest keys up, in phases (county and below, then
 * prefectures, then provinces), marking per report which page keys it has (bits.ts),
 * and scores the reports it touched from those bits. Tiers make most queries stop after
 * the first phase: a report not reached through a county-level key can reach at most
 * tier 2, so once `limit` reports score tier 3 or more, the large prefecture and
 * province postings (every report that names 武汉 in passing) are never read. Figures
 * are counted only for reports that could still make the top `limit` with them.
 */
import type { Headcount, PlaceMention } from '../schema/extraction';
import type { Report } from '../schema/report';
import type { ReportOrigin } from '../archive/schema';
import { placeChain, type ChainNode } from './chain';
import { tierOf, strongerThan, type Relation } from './relation';
import { ScoreAccumulator, withFigures, SHARED_FIGURE, TIER_POINTS, type PlaceBest } from './score';
import { KeyTable, sortedSet, has } from './keys';
import { KeyBits } from './bits';
import { figureKey } from './figures';
import { explain } from './explain';
import type { RelatedResult } from './result';

export interface IndexedDoc {
  report: Report;
  origin: ReportOrigin;
  /** Keys of the report's places themselves. */
  exact: Int32Array;
  /** Keys of every node of every place chain (the places and all that contains them). */
  under: Int32Array;
  figures: Int32Array;
}

export interface QueryPage {
  /** The page's own record id, if it has one: it is not related to itself. */
  id?: string | null;
  url?: string | null;
  places: PlaceMention[];
  headcounts: Headcount[];
}

/** A stored report as the page to find relations for (the reader and the CLI ask this way). */
export function pageFromReport(report: Report): QueryPage {
  return { id: report.id, url: report.url, places: report.extraction.places, headcounts: report.extraction.headcounts };
}

export interface PagePlace {
  mention: PlaceMention;
  chain: ChainNode[];
  /** Interned ids of the chain's keys; -1 where no indexed report has that key. */
  ids: number[];
}

export interface BestRelation extends PlaceBest {
  relation: Relation;
  /** Index in the page place's chain of the common place. */
  depth: number;
}

export const DEFAULT_LIMIT = 10;

export class RelatedIndex {
  private keys = new KeyTable();
  private figureTable = new KeyTable();
  /** postings[keyId] = docs with a place at or inside that key. */
  private postings: number[][] = [];
  /** exactPostings[keyId] = docs with a place exactly that key. */
  private exactPostings: number[][] = [];
  /** figurePostings[figureId] = docs with that figure. */
  private figurePostings: number[][] = [];
  private bits = new KeyBits();
  private touchedMark = new Uint8Array(0);
  private base = new Float64Array(0);
  private docs: IndexedDoc[] = [];
  private byId = new Map<string, IndexedDoc>();

  constructor(entries: Array<{ report: Report; origin: ReportOrigin }> = []) {
    for (const e of entries) this.add(e.report, e.origin);
  }

  get size(): number {
    return this.docs.length;
  }

  add(report: Report, origin: ReportOrigin): void {
    const docId = this.docs.length;
    const exact: number[] = [];
    const under = new Set<number>();
    for (const place of report.extraction.places) {
      const chain = placeChain(place);
      for (const node of chain) under.add(this.keys.intern(node.key));
      exact.push(this.keys.intern(chain[chain.length - 1].key));
    }
    for (const id of under) (this.postings[id] ??= []).push(docId);
    for (const id of new Set(exact)) (this.exactPostings[id] ??= []).push(docId);
    const figures: number[] = [];
    for (const h of report.extraction.headcounts) {
      const k = figureKey(h);
      if (k) figures.push(this.figureTable.intern(k));
    }
    const doc: IndexedDoc = { report, origin, exact: sortedSet(exact), under: sortedSet(under), figures: sortedSet(figures) };
    this.docs.push(doc);
    for (const f of doc.figures) (this.figurePostings[f] ??= []).push(docId);
    // The first report with an id wins, as in ranking (docs are never replaced in place).
    if (!this.byId.has(report.id)) this.byId.set(report.id, doc);
  }

  entries(): Array<{ report: Report; origin: ReportOrigin }> {
    return this.docs.map(({ report, origin }) => ({ report, origin }));
  }

  find(id: string): IndexedDoc | undefined {
    return this.byId.get(id);
  }

  /** Every indexed report, for measuring what a full scan would cost (bench). */
  all(): readonly IndexedDoc[] {
    return this.docs;
  }

  /** Reports with a place at or inside each code, per origin (for the hover card's "n reports"). */
  placeCounts(codes: string[]): Record<string, { archive: number; collection: number }> {
    const out: Record<string, { archive: number; collection: number }> = {};
    for (const code of codes) {
      const counts = { archive: 0, collection: 0 };
      const id = this.keys.find(code);
      for (const d of id >= 0 ? (this.postings[id] ?? []) : []) {
        if (this.docs[d].origin === 'collection') counts.collection++;
        else counts.archive++;
      }
      out[code] = counts;
    }
    return out;
  }

  preparePlaces(places: PlaceMention[]): PagePlace[] {
    const seen = new Set<string>();
    const out: PagePlace[] = [];
    for (const mention of places) {
      const chain = placeChain(mention);
      const key = chain[chain.length - 1].key;
      // A place named five times is one place: repetition must not inflate the score.
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ mention, chain, ids: chain.map((n) => this.keys.find(n.key)) });
    }
    return out;
  }

  /** The strongest relation between one page place and any place of a report. */
  bestRelation(place: PagePlace, doc: IndexedDoc): BestRelation | null {
    let best: BestRelation | null = null;
    const last = place.ids.length - 1;
    for (let j = last; j >= 0; j--) {
      const id = place.ids[j];
      if (id < 0) continue;
      let relation: Relation;
      if (has(doc.exact, id)) relation = j === last ? 'same' : 'contains';
      else if (has(doc.under, id)) relation = j === last ? 'inside' : 'same-area';
      else continue;
      const rank = place.chain[j].rank;
      const cand: BestRelation = { relation, tier: tierOf(relation, rank), rank, depth: j };
      if (strongerThan({ tier: cand.tier, via: cand }, best && { tier: best.tier, via: best })) best = cand;
    }
    return best;
  }

  sharedFigures(pageFigures: Int32Array, doc: IndexedDoc): number {
    let n = 0;
    for (const id of pageFigures) if (has(doc.figures, id)) n++;
    return n;
  }

  /**
   * Shared-figure counts for many candidates: per report by sorted-set lookups when they
   * are few, by walking the figures' postings once when they are many.
   */
  private sharedFigureCounter(pageFigures: Int32Array, candidates: number[]): (d: number) => number {
    let postings = 0;
    for (const f of pageFigures) postings += this.figurePostings[f]?.length ?? 0;
    if (candidates.length * pageFigures.length * 4 < postings) return (d) => this.sharedFigures(pageFigures, this.docs[d]);
    const counts = new Map<number, number>();
    for (const f of pageFigures) for (const d of this.figurePostings[f] ?? []) counts.set(d, (counts.get(d) ?? 0) + 1);
    return (d) => counts.get(d) ?? 0;
  }

  query(page: QueryPage, options: { limit?: number } = {}): RelatedResult[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const places = this.preparePlaces(page.places);
    const pageFigures = sortedSet(
      page.headcounts.map((h) => figureKey(h)).flatMap((k) => (k ? [this.figureTable.find(k)] : [])).filter((id) => id >= 0),
    );
    const excluded = (d: IndexedDoc) => (!!page.id && d.report.id === page.id) || (!!page.url && d.report.url === page.url);

    // Distinct keys of the page's chains, each with a bit index.
    const keyIds: number[] = [];
    const keyRank: number[] = [];
    const bitOf = new Map<number, number>();
    for (const p of places)
      p.ids.forEach((id, j) => {
        if (id < 0 || bitOf.has(id)) return;
        bitOf.set(id, keyIds.length);
        keyIds.push(id);
        keyRank.push(p.chain[j].rank);
      });
    const shape = places.map((p) => {
      const bits = p.ids.map((id) => (id < 0 ? -1 : bitOf.get(id)!));
      const masks = new Map<number, number>();
      for (const b of bits) if (b >= 0) masks.set(b >>> 5, (masks.get(b >>> 5) ?? 0) | (1 << (b & 31)));
      return { bits, ranks: p.chain.map((n) => n.rank), masks: [...masks.entries()] };
    });

    const n = this.docs.length;
    if (this.touchedMark.length < n) {
      this.touchedMark = new Uint8Array(Math.max(n, this.touchedMark.length * 2));
      this.base = new Float64Array(this.touchedMark.length);
    }
    const bits = this.bits;
    bits.begin(n, keyIds.length);
    const touched: number[] = [];
    const skipped: number[] = [];
    const acc = new ScoreAccumulator();
    const baseScore = (d: number): number => {
      acc.reset();
      for (const sh of shape) {
        if (!bits.any(d, sh.masks)) continue;
        let bestT = 0;
        let bestR = 0;
        const last = sh.bits.length - 1;
        for (let j = last; j >= 0; j--) {
          const b = sh.bits[j];
          if (b < 0 || !bits.hasUnder(d, b)) continue;
          const relation: Relation = bits.hasExact(d, b) ? (j === last ? 'same' : 'contains') : j === last ? 'inside' : 'same-area';
          const t = tierOf(relation, sh.ranks[j]);
          if (t > bestT || (t === bestT && sh.ranks[j] > bestR)) {
            bestT = t;
            bestR = sh.ranks[j];
          }
        }
        acc.add(bestT, bestR);
      }
      return acc.base();
    };

    try {
      // Phases by the rank of the keys walked: county and below (3+), prefecture (2), province (1).
      for (const [lo, hi] of [[3, Infinity], [2, 3], [1, 2]] as const) {
        const fresh: number[] = [];
        keyIds.forEach((id, b) => {
          if (keyRank[b] < lo || keyRank[b] >= hi) return;
          for (const d of this.postings[id] ?? []) {
            if (this.touchedMark[d] === 0) {
              const skip = excluded(this.docs[d]);
              this.touchedMark[d] = 1;
              (skip ? skipped : fresh).push(d);
            }
            bits.set(d, b, false);
          }
          for (const d of this.exactPostings[id] ?? []) bits.set(d, b, true);
        });
        // A report first reached now has no deeper page key; its shallower ones are looked up directly.
        const shallow = keyIds.flatMap((id, b) => (keyRank[b] < lo ? [[id, b] as const] : []));
        for (const d of fresh) {
          const doc = this.docs[d];
          for (const [id, b] of shallow) {
            if (has(doc.exact, id)) bits.set(d, b, true);
            else if (has(doc.under, id)) bits.set(d, b, false);
          }
          this.base[d] = baseScore(d);
          touched.push(d);
        }
        // Reports not reached yet can score at most tier lo-1: stop when `limit` reports are safely above.
        let above = 0;
        for (const d of touched) if (this.base[d] >= TIER_POINTS * lo) above++;
        if (above >= limit) break;
      }

      const related = touched.filter((d) => this.base[d] > 0);
      // Figures add at most SHARED_FIGURE.max: only reports within that of the limit-th base can use them.
      let floor = -Infinity;
      if (related.length > limit) {
        const sorted = Float64Array.from(related, (d) => this.base[d]).sort();
        floor = sorted[sorted.length - limit] - SHARED_FIGURE.max;
      }
      const shared = this.sharedFigureCounter(pageFigures, related);
      // Top `limit` by a bounded insertion: tens of thousands of tied tier-2 reports must not be sorted whole.
      const top: Array<{ doc: IndexedDoc; score: number }> = [];
      for (const d of related) {
        if (this.base[d] < floor) continue;
        const cand = { doc: this.docs[d], score: withFigures(this.base[d], shared(d)) };
        if (top.length === limit && byRank(cand, top[limit - 1]) >= 0) continue;
        let i = top.length;
        while (i > 0 && byRank(cand, top[i - 1]) < 0) i--;
        top.splice(i, 0, cand);
        if (top.length > limit) top.pop();
      }
      return top.map((s) => explain(page, places, s.doc, s.score, places.map((p) => this.bestRelation(p, s.doc))));
    } finally {
      bits.end();
      for (const d of touched) this.touchedMark[d] = 0;
      for (const d of skipped) this.touchedMark[d] = 0;
    }
  }
}

/** Score, then the newer report, then id: a stable order for equal scores. */
function byRank(a: { doc: IndexedDoc; score: number }, b: { doc: IndexedDoc; score: number }): number {
  if (a.score !== b.score) return b.score - a.score;
  const pa = a.doc.report.published ?? '';
  const pb = b.doc.report.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return a.doc.report.id < b.doc.report.id ? -1 : a.doc.report.id > b.doc.report.id ? 1 : 0;
}

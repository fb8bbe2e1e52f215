/**
 * The index must rank exactly as the pairwise definition does (relate() on every pair
 * of places, combineScore over the best per page place): checked on random reports.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RelatedIndex, pageFromReport } from './index';
import { placeChain } from './chain';
import { relate, strongerThan, type PlaceRelation } from './relation';
import { combineScore } from './score';
import { figureKeys } from './figures';
import { buildReport, PLACES, seedReports, type Part } from './__fixtures__/reports';
import type { Report } from '../schema/report';

const NAMES = Object.keys(PLACES);
const FIGURES: Part[] = [
  { hc: { text: '3301名党员干部', value: 3301, role: '党员干部', place: '监利市' } },
  { hc: { text: '280名党员', value: 280, role: '党员' } },
  { hc: { text: '5.8万名下沉党员', value: 58000, role: '下沉党员', place: '黄冈市' } },
  { hc: { text: '5名党员', value: 5, role: '党员' } },
];

function bruteScore(page: Report, other: Report): number {
  const seen = new Set<string>();
  const best = page.extraction.places.flatMap((p) => {
    const pc = placeChain(p);
    const key = pc[pc.length - 1].key;
    if (seen.has(key)) return [];
    seen.add(key);
    let b: PlaceRelation | null = null;
    for (const q of other.extraction.places) {
      const r = relate(pc, placeChain(q));
      if (r && strongerThan(r, b)) b = r;
    }
    return [b && { tier: b.tier, rank: b.via.rank }];
  });
  const pk = figureKeys(page.extraction.headcounts);
  const ok = figureKeys(other.extraction.headcounts);
  return combineScore(best, [...pk].filter((k) => ok.has(k)).length);
}

const reportArb = (id: string) =>
  fc
    .array(fc.oneof(fc.constantFrom(...NAMES).map((place): Part => ({ place })), fc.constantFrom(...FIGURES)), { maxLength: 6 })
    .map((parts) => buildReport(id, parts.flatMap((p) => [p, '，'])));

describe('RelatedIndex', () => {
  it('ranks as the pairwise definition does', () => {
    fc.assert(
      fc.property(reportArb('page'), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }).chain((xs) => fc.tuple(...xs.map((_, i) => reportArb(`r${i}`)))), (page, others) => {
        const results = new RelatedIndex(others.map((report) => ({ report, origin: 'archive' as const }))).query(pageFromReport(page), { limit: 100 });
        const expected = others
          .map((o) => ({ id: o.id, score: bruteScore(page, o) }))
          .filter((x) => x.score > 0)
          .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
        expect(results.map((r) => [r.id, r.score])).toEqual(expected.map((e) => [e.id, e.score]));
        // With a small limit the index skips province postings when it can: the top must not change.
        const top2 = new RelatedIndex(others.map((report) => ({ report, origin: 'archive' as const }))).query(pageFromReport(page), { limit: 2 });
        expect(top2.map((r) => r.id)).toEqual(expected.slice(0, 2).map((e) => e.id));
      }),
      { numRuns: 300 },
    );
  });

  it('relates the seed reports as a researcher would', () => {
    const seeds = seedReports();
    const index = new RelatedIndex(seeds.map((report) => ({ report, origin: 'archive' as const })));
    // 红安县 (黄冈) report: 监利 is in the same province, 离石 (山西) and 兴文 (四川) are not related by place.
    const results = index.query(pageFromReport(seeds[2]));
    expect(results.map((r) => r.id)).not.toContain(seeds[2].id);
    const jianli = results.find((r) => r.id === '000_7d9928301217a0d3');
    expect(jianli?.places[0]).toMatchObject({ via: '湖北省', tier: 1 });
    expect(results.every((r) => r.places.length > 0)).toBe(true);
    for (const r of results) for (const s of r.snippets) for (const m of s.marks) expect(m.end).toBeGreaterThan(m.start);
  });

  it('counts reports by place code, at or inside it, per origin', () => {
    const [a, b] = [buildReport('a', [{ place: '容城镇' }]), buildReport('b', [{ place: '监利市' }])];
    const index = new RelatedIndex([
      { report: a, origin: 'archive' },
      { report: b, origin: 'collection' },
    ]);
    expect(index.placeCounts(['421088', '421088100', '4211', 'zz'])).toEqual({
      '421088': { archive: 1, collection: 1 },
      '421088100': { archive: 1, collection: 0 },
      '4211': { archive: 0, collection: 0 },
      zz: { archive: 0, collection: 0 },
    });
  });
});

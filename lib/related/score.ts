/**
 * A related report's score from the best relation of each of the page's places and the
 * number of figures the two reports share. The best tier dominates: everything else
 * adds at most 81 points, less than the 100 between tiers, so a report in the same
 * place always outranks one that is only in the same prefecture, however many figures
 * the latter shares. Within a tier: more places related at that tier, then places
 * related at lower tiers, then the specificity of the best common place, then figures.
 */
export interface PlaceBest {
  tier: number;
  /** Rank of the common place (1 province … 6 compound). */
  rank: number;
}

export const TIER_POINTS = 100;
const MORE_AT_BEST = { each: 5, max: 20 };
const AT_LOWER = { each: 2, max: 10 };
const RANK_MAX = 6;
export const SHARED_FIGURE = { each: 15, max: 45 };

export function combineScore(best: Array<PlaceBest | null>, sharedFigures: number): number {
  let tier = 0;
  let atBest = 0;
  let lower = 0;
  let rank = 0;
  for (const b of best) {
    if (!b) continue;
    if (b.tier > tier) {
      lower += atBest;
      tier = b.tier;
      atBest = 1;
      rank = b.rank;
    } else if (b.tier === tier) {
      atBest++;
      rank = Math.max(rank, b.rank);
    } else lower++;
  }
  // Figures alone do not relate two reports: "100名党员" recurs all over the country.
  if (tier === 0) return 0;
  return (
    TIER_POINTS * tier +
    Math.min(MORE_AT_BEST.max, MORE_AT_BEST.each * (atBest - 1)) +
    Math.min(AT_LOWER.max, AT_LOWER.each * lower) +
    Math.min(RANK_MAX, rank) +
    Math.min(SHARED_FIGURE.max, SHARED_FIGURE.each * sharedFigures)
  );
}

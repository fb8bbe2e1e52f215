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

/**
 * The score built up one page place at a time, without allocating: the index scores tens
 * of thousands of candidates per query with one reused accumulator.
 */
export class ScoreAccumulator {
  private tier = 0;
  private atBest = 0;
  private lower = 0;
  private rank = 0;

  reset(): this {
    this.tier = this.atBest = this.lower = this.rank = 0;
    return this;
  }

  /** The best relation of one page place (tier 0 = none). */
  add(tier: number, rank: number): void {
    if (tier === 0) return;
    if (tier > this.tier) {
      this.lower += this.atBest;
      this.tier = tier;
      this.atBest = 1;
      this.rank = rank;
    } else if (tier === this.tier) {
      this.atBest++;
      if (rank > this.rank) this.rank = rank;
    } else this.lower++;
  }

  /** The score without figures; 0 when no place relates. */
  base(): number {
    // Figures alone do not relate two reports: "100名党员" recurs all over the country.
    if (this.tier === 0) return 0;
    return (
      TIER_POINTS * this.tier +
      Math.min(MORE_AT_BEST.max, MORE_AT_BEST.each * (this.atBest - 1)) +
      Math.min(AT_LOWER.max, AT_LOWER.each * this.lower) +
      Math.min(RANK_MAX, this.rank)
    );
  }
}

export function withFigures(base: number, sharedFigures: number): number {
  return base === 0 ? 0 : base + Math.min(SHARED_FIGURE.max, SHARED_FIGURE.each * sharedFigures);
}

export function combineScore(best: Array<PlaceBest | null>, sharedFigures: number): number {
  const acc = new ScoreAccumulator();
  for (const b of best) if (b) acc.add(b.tier, b.rank);
  return withFigures(acc.base(), sharedFigures);
}

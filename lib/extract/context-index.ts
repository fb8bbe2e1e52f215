/**
 * Counties and townships found so far on a page, by where they end: the place a village
 * or compound belongs to is the one mentioned last before it in the same paragraph.
 */
import type { RawPlace } from './places';

export class ContextIndex {
  private readonly list: RawPlace[] = [];
  constructor(private readonly text: string) {}

  add(p: RawPlace): void {
    if (!p.code || (p.level !== 'county' && p.level !== 'township')) return;
    const i = this.lastEndingBy(p.end) + 1;
    this.list.splice(i, 0, p);
  }

  private lastEndingBy(pos: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The nearest one before `at`: within 300 characters, or 120 across a sentence end. */
  nearest(at: number): RawPlace | null {
    const k = this.lastEndingBy(at);
    if (k < 0) return null;
    const p = this.list[k];
    const gap = at - p.end;
    if (gap > 300 || (gap > 120 && /[。!?]/.test(this.text.slice(p.end, at)))) return null;
    return p;
  }
}


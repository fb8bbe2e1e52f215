/**
 * Interned keys and sorted id sets: the index holds 100,000 reports with some forty
 * place keys each, which as JS Sets of strings would take hundreds of megabytes.
 */
export class KeyTable {
  private ids = new Map<string, number>();

  /** The id of a key, adding it if new. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** The id of a key, or -1 when no indexed report has it. */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

export function sortedSet(ids: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(ids)).sort();
}

export function has(set: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = set.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = set[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

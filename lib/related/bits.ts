/**
 * Per-query scratch space of the index: for each touched report, one bit per distinct
 * key of the page's place chains, "has a place exactly here" and "has a place at or
 * inside here". Filled by walking posting lists (term at a time), then each candidate's
 * relations are read from its bits instead of searching its places. The arrays live as
 * long as the index and only touched rows are cleared after a query.
 */
export class KeyBits {
  exact = new Uint32Array(0);
  under = new Uint32Array(0);
  words = 1;
  private dirty: number[] = [];

  /** Prepares for a query over `docs` reports and `keys` distinct keys. */
  begin(docs: number, keys: number): void {
    this.words = Math.max(1, Math.ceil(keys / 32));
    const size = docs * this.words;
    if (this.exact.length < size) {
      this.exact = new Uint32Array(size);
      this.under = new Uint32Array(size);
    }
  }

  set(doc: number, key: number, exact: boolean): void {
    const i = doc * this.words + (key >>> 5);
    const bit = 1 << (key & 31);
    if (this.under[i] === 0 && this.exact[i] === 0) this.dirty.push(i);
    this.under[i] |= bit;
    if (exact) this.exact[i] |= bit;
  }

  hasUnder(doc: number, key: number): boolean {
    return (this.under[doc * this.words + (key >>> 5)] & (1 << (key & 31))) !== 0;
  }

  hasExact(doc: number, key: number): boolean {
    return (this.exact[doc * this.words + (key >>> 5)] & (1 << (key & 31))) !== 0;
  }

  /** Whether any of the keys in `masks` (word index → mask) is set for the doc. */
  any(doc: number, masks: Array<[number, number]>): boolean {
    for (const [w, m] of masks) if ((this.under[doc * this.words + w] & m) !== 0) return true;
    return false;
  }

  end(): void {
    for (const i of this.dirty) this.exact[i] = this.under[i] = 0;
    this.dirty.length = 0;
  }
}

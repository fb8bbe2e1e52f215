/**
 * A dictionary of surface strings scanned over text at every position. Built for speed
 * on long pages: a per-character bitmap rejects most positions at once, then a map on the
 * first two characters gives the range of key lengths to try (longest first).
 */
export interface SurfaceMatch<T> {
  start: number;
  end: number;
  key: string;
  values: T[];
}

/** Hash width of the bit filter (1 M bits) and of the length table (64 K slots). */
const BIGRAM_BITS = 20;
const LENGTH_BITS = 16;

function bigramHash(c1: number, c2: number): number {
  return (Math.imul(c1, 0x9e3779b1) ^ Math.imul(c2, 0x85ebca6b)) >>> (32 - BIGRAM_BITS);
}

export class SurfaceIndex<T extends object> {
  /** A key's value, or its values when several share it (most keys have one: no array). */
  private readonly keys = new Map<string, T | T[]>();
  private readonly firstChar = new Uint8Array(65536);
  /** Last characters of keys: a candidate is sliced and looked up only if its last one is here. */
  private readonly lastChar = new Uint8Array(65536);
  /**
   * Hashed first two characters → bit set of the lengths (2..31) of keys that start with
   * them. Colliding bigrams share a slot, which only adds lengths to try (each is checked
   * against `keys`); a typed array builds far faster than a Map of 40,000 entries.
   */
  private readonly lengthsByBigram = new Int32Array(1 << LENGTH_BITS);
  /** A larger, one-bit-per-slot filter in front of it: 128 KB stays in cache on every character. */
  private readonly bigramBits = new Uint8Array(1 << (BIGRAM_BITS - 3));

  constructor(entries: Iterable<[string, T]>) {
    for (const [key, value] of entries) this.add(key, value);
  }

  add(key: string, value: T): void {
    if (key.length < 2) return;
    const had = this.keys.get(key);
    if (had !== undefined) {
      if (Array.isArray(had)) had.push(value);
      else this.keys.set(key, [had, value]);
      return;
    }
    this.keys.set(key, value);
    this.firstChar[key.charCodeAt(0)] = 1;
    this.lastChar[key.charCodeAt(key.length - 1)] = 1;
    if (key.length > 31) return; // no division name is that long
    const h = bigramHash(key.charCodeAt(0), key.charCodeAt(1));
    this.bigramBits[h >>> 3] |= 1 << (h & 7);
    this.lengthsByBigram[h >>> (BIGRAM_BITS - LENGTH_BITS)] |= 1 << key.length;
  }

  get(key: string): T[] | undefined {
    const v = this.keys.get(key);
    return v === undefined ? undefined : Array.isArray(v) ? v : [v];
  }

  get size(): number {
    return this.keys.size;
  }

  /** The longest key starting at `i`, or null. */
  longestAt(text: string, i: number): SurfaceMatch<T> | null {
    const c1 = text.charCodeAt(i);
    if (!this.firstChar[c1] || i + 1 >= text.length) return null;
    const h = bigramHash(c1, text.charCodeAt(i + 1));
    if (!(this.bigramBits[h >>> 3] & (1 << (h & 7)))) return null;
    const lengths = this.lengthsByBigram[h >>> (BIGRAM_BITS - LENGTH_BITS)];
    if (lengths === 0) return null;
    // Only the lengths some key has, longest first.
    for (let len = Math.min(31, text.length - i); len >= 2; len--) {
      if (!(lengths & (1 << len)) || !this.lastChar[text.charCodeAt(i + len - 1)]) continue;
      const key = text.slice(i, i + len);
      const v = this.keys.get(key);
      if (v !== undefined) return { start: i, end: i + len, key, values: Array.isArray(v) ? v : [v] };
    }
    return null;
  }

  /**
   * Like scan, but a match whose values are all `isWeak` does not hide the positions it
   * covers: a later match may start inside it (从江 | 江苏省).
   */
  scanAll(text: string, isWeak: (values: T[]) => boolean = () => true): SurfaceMatch<T>[] {
    const out: SurfaceMatch<T>[] = [];
    const firstChar = this.firstChar;
    const bits = this.bigramBits;
    const n = text.length - 1;
    let c2 = text.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      // The two filters inline: this loop visits every character of the page.
      const c1 = c2;
      c2 = text.charCodeAt(i + 1);
      if (!firstChar[c1]) continue;
      const h = bigramHash(c1, c2);
      if (!(bits[h >>> 3] & (1 << (h & 7)))) continue;
      const m = this.longestAt(text, i);
      if (!m) continue;
      out.push(m);
      if (!isWeak(m.values)) {
        i = m.end - 1;
        c2 = text.charCodeAt(i + 1);
      }
    }
    return out;
  }

  /** All keys found in `text`, leftmost-longest, not overlapping. */
  scan(text: string, from = 0, to = text.length): SurfaceMatch<T>[] {
    const out: SurfaceMatch<T>[] = [];
    const firstChar = this.firstChar;
    const bits = this.bigramBits;
    for (let i = from; i < to - 1; i++) {
      const c1 = text.charCodeAt(i);
      if (!firstChar[c1]) continue;
      const h = bigramHash(c1, text.charCodeAt(i + 1));
      if (!(bits[h >>> 3] & (1 << (h & 7)))) continue;
      const m = this.longestAt(text, i);
      if (m && m.end <= to) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }
}

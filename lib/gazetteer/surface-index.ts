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

function bigramHash(c1: number, c2: number): number {
  return (Math.imul(c1, 0x9e3779b1) ^ Math.imul(c2, 0x85ebca6b)) >>> 12 & 0xfffff;
}

export class SurfaceIndex<T> {
  private readonly keys = new Map<string, T[]>();
  private readonly firstChar = new Uint8Array(65536);
  /** A hashed bit set of the first two characters: most positions fail here, before the Map. */
  private readonly bigramBits = new Uint8Array(1 << 17);
  /** (c1 << 16 | c2) → bit set of the lengths (2..31) of keys starting with c1c2. */
  private readonly bigram = new Map<number, number>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [key, value] of entries) this.add(key, value);
  }

  add(key: string, value: T): void {
    if (key.length < 2) return;
    const list = this.keys.get(key);
    if (list) {
      list.push(value);
      return;
    }
    this.keys.set(key, [value]);
    this.firstChar[key.charCodeAt(0)] = 1;
    if (key.length > 31) return; // no division name is that long
    const bg = (key.charCodeAt(0) << 16) | key.charCodeAt(1);
    this.bigram.set(bg, (this.bigram.get(bg) ?? 0) | (1 << key.length));
    const h = bigramHash(key.charCodeAt(0), key.charCodeAt(1));
    this.bigramBits[h >> 3] |= 1 << (h & 7);
  }

  get(key: string): T[] | undefined {
    return this.keys.get(key);
  }

  get size(): number {
    return this.keys.size;
  }

  /** The longest key starting at `i`, or null. */
  longestAt(text: string, i: number): SurfaceMatch<T> | null {
    const c1 = text.charCodeAt(i);
    if (!this.firstChar[c1] || i + 1 >= text.length) return null;
    const c2 = text.charCodeAt(i + 1);
    const h = bigramHash(c1, c2);
    if (!(this.bigramBits[h >> 3] & (1 << (h & 7)))) return null;
    const lengths = this.bigram.get((c1 << 16) | text.charCodeAt(i + 1));
    if (lengths === undefined) return null;
    // Only the lengths some key has, longest first.
    for (let len = Math.min(31, text.length - i); len >= 2; len--) {
      if (!(lengths & (1 << len))) continue;
      const key = text.slice(i, i + len);
      const values = this.keys.get(key);
      if (values) return { start: i, end: i + len, key, values };
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
      if (!(bits[h >> 3] & (1 << (h & 7)))) continue;
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
      if (!(bits[h >> 3] & (1 << (h & 7)))) continue;
      const m = this.longestAt(text, i);
      if (m && m.end <= to) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }
}

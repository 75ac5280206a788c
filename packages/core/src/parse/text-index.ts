import { ownText } from "./own-text.js";

/**
 * Open-addressing hash tables keyed by text, for the parsing hot path: they
 * find a substring (an attribute value, an inflow kind) without slicing it.
 */

/**
 * FNV-1a of `s[start, end)` char codes, with murmur3's finalizer: FNV alone
 * leaves the low bits of similar keys (`T-0000001`, `T-0000002`…) clustered,
 * and tables index by the low bits (the repeated-id search by the high ones).
 */
export function hashText(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return finishHash(h);
}

/** murmur3's finalizer, which ends {@link hashText}. */
export function finishHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function sameText(value: string, s: string, start: number, end: number): boolean {
  if (value.length !== end - start) return false;
  for (let i = 0; i < value.length; i++)
    if (value.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

/** Maps strings to dense indexes 0, 1, 2…; `lookup` finds a substring in place. */
export class TextTable {
  /** The strings, by index. */
  readonly values: string[] = [];
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Uint32Array(1024);
  private readonly recent = new Int32Array(256).fill(-1);

  /** The index of `s[start, end)`, or -1. */
  lookup(s: string, start: number, end: number, hash = hashText(s, start, end)): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot];
      if (index < 0) return -1;
      if (this.hashes[index] === hash && sameText(this.values[index], s, start, end)) return index;
    }
  }

  /** Adds `value` (known to be absent) and returns its index. */
  add(value: string, hash = hashText(value, 0, value.length)): number {
    const index = this.values.length;
    this.values.push(value);
    if (index >= this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[index] = hash;
    if (this.values.length * 2 > this.slots.length) this.rehash();
    else this.place(index, hash);
    return index;
  }

  /**
   * The index of `s[start, end)`, adding it if new: for columns with few
   * distinct values (categories, channels, teams). A small table keyed by the
   * text's length and three of its chars remembers the last value seen with
   * that key, so most lookups read the text once to compare, not twice.
   */
  internFew(s: string, start: number, end: number): number {
    const length = end - start;
    const key =
      (length * 31 +
        s.charCodeAt(start) * 7 +
        s.charCodeAt(start + (length >> 1)) * 3 +
        s.charCodeAt(end - 1)) &
      255;
    const candidate = this.recent[key];
    if (candidate >= 0 && sameText(this.values[candidate] as string, s, start, end))
      return candidate;
    const index = this.intern(s, start, end);
    this.recent[key] = index;
    return index;
  }

  /** The index of `s[start, end)`, adding it if new. */
  intern(s: string, start: number, end: number): number {
    const hash = hashText(s, start, end);
    const found = this.lookup(s, start, end, hash);
    return found >= 0 ? found : this.add(ownText(s, start, end), hash);
  }

  private place(index: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = index;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let i = 0; i < this.values.length; i++) this.place(i, this.hashes[i]);
  }
}

import { finishHash } from "./text-index.js";

/**
 * The ticket ids of a log being read, packed one after another in one char
 * buffer. A million ids kept as strings are a million small heap objects, and
 * making them and collecting the garbage around them took a sixth of a CSV
 * parse; most uses of a log read one id or none (see {@link packedIds}).
 */
export class IdColumn {
  /** Ids pushed. */
  size = 0;
  /** True when each id so far is known to sort after the one before (then none repeats). */
  ascending = true;
  private chars = new Uint16Array(1 << 14);
  /** Where each id ends in `chars`; it starts where the one before ends. */
  private ends = new Int32Array(1024);

  /** Makes room for `ids` ids of `chars` chars in all. */
  reserve(ids: number, chars: number): void {
    if (ids > this.ends.length) this.ends = grow(this.ends, ids);
    if (chars > this.chars.length) this.chars = grow(this.chars, chars);
  }

  /** Appends the id `s[start, end)`. */
  push(s: string, start: number, end: number): void {
    const from = this.size === 0 ? 0 : (this.ends[this.size - 1] as number);
    const to = from + (end - start);
    if (to > this.chars.length) this.chars = grow(this.chars, to);
    if (this.size === this.ends.length) this.ends = grow(this.ends, this.size + 1);
    const chars = this.chars;
    for (let i = start, k = from; i < end; i++, k++) chars[k] = s.charCodeAt(i);
    if (this.ascending && this.size > 0) this.ascending = this.compare(this.size - 1, from, to) < 0;
    this.ends[this.size++] = to;
  }

  /** Id `i` compared with the chars `[from, to)`, as JavaScript compares strings. */
  private compare(i: number, from: number, to: number): number {
    const chars = this.chars;
    const start = this.start(i);
    const end = this.ends[i] as number;
    const n = Math.min(end - start, to - from);
    for (let k = 0; k < n; k++) {
      const d = (chars[start + k] as number) - (chars[from + k] as number);
      if (d !== 0) return d;
    }
    return end - start - (to - from);
  }

  private start(i: number): number {
    return i === 0 ? 0 : (this.ends[i - 1] as number);
  }

  /** Id `i` as a string. */
  text(i: number): string {
    return charsToString(this.chars, this.start(i), this.ends[i] as number);
  }

  /** Hash of id `i`: {@link hashText} of its text. */
  hash(i: number): number {
    const chars = this.chars;
    let h = 0x811c9dc5;
    for (let k = this.start(i), end = this.ends[i] as number; k < end; k++)
      h = Math.imul(h ^ (chars[k] as number), 0x01000193);
    return finishHash(h);
  }

  /** Removes the ids where `drop` is 1, keeping the others in order. */
  remove(drop: Uint8Array): void {
    const chars = this.chars;
    let kept = 0;
    let to = 0;
    for (let i = 0; i < this.size; i++) {
      if (drop[i] === 1) continue;
      for (let k = this.start(i), end = this.ends[i] as number; k < end; k++)
        chars[to++] = chars[k];
      this.ends[kept++] = to;
    }
    this.size = kept;
  }

  /** A new column of the ids `i` where `keep[i]` is not -1, in order. */
  subset(keep: Int32Array): IdColumn {
    const out = new IdColumn();
    let chars = 0;
    let ids = 0;
    for (let i = 0; i < this.size; i++) {
      if (keep[i] === -1) continue;
      chars += (this.ends[i] as number) - this.start(i);
      ids++;
    }
    out.reserve(ids, chars);
    let to = 0;
    for (let i = 0; i < this.size; i++) {
      if (keep[i] === -1) continue;
      for (let k = this.start(i), end = this.ends[i] as number; k < end; k++)
        out.chars[to++] = this.chars[k] as number;
      out.ends[out.size++] = to;
    }
    out.ascending = this.ascending;
    return out;
  }

  /** Every id as a string, in order. */
  toArray(): string[] {
    const size = this.size;
    const ids = new Array<string>(size);
    if (size === 0) return ids;
    // One string of all ids, then a slice per id: much faster than a string
    // built from chars per id.
    const all = charsToString(this.chars, 0, this.ends[size - 1] as number);
    let start = 0;
    for (let i = 0; i < size; i++) {
      const end = this.ends[i] as number;
      ids[i] = all.slice(start, end);
      start = end;
    }
    return ids;
  }
}

/** Char codes `[start, end)` as a string, built in pieces that `apply` takes. */
function charsToString(chars: Uint16Array, start: number, end: number): string {
  const PIECE = 8192;
  let text = "";
  for (let k = start; k < end; k += PIECE) {
    const piece = chars.subarray(k, Math.min(end, k + PIECE));
    text += String.fromCharCode.apply(null, piece as unknown as number[]);
  }
  return text;
}

function grow<T extends Uint16Array | Int32Array>(a: T, atLeast: number): T {
  const next = new (a.constructor as new (n: number) => T)(Math.max(atLeast, a.length * 2));
  next.set(a);
  return next;
}

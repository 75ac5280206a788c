/**
 * Finds the values at a few ranks of many numbers without sorting them: one
 * pass counts the values by a bin read from their float bits (sign, exponent
 * and the top 4 mantissa bits: 16 bins per doubling, in value order), the
 * counts tell which bins hold the ranks, a second pass copies out just those
 * bins' values, and a quickselect inside each finds the exact value.
 *
 * Keeps its scratch buffers between calls, so one selector serves many buckets.
 */
export class RankSelector {
  private readonly counts = new Int32Array(BINS);
  /** For a bin that holds a wanted rank: 1 + its region in `candidates`; else 0. */
  private readonly regionOf = new Int32Array(BINS);
  /** Per region: where it starts in `candidates`, and how many values lie in lower bins. */
  private regionStart = new Int32Array(8);
  private regionBelow = new Int32Array(8);
  /** Per wanted rank: its region. */
  private rankRegion = new Int32Array(8);
  private candidates = new Float64Array(256);
  private readonly highWord: number;

  constructor() {
    // The high 32 bits of a float64 are the second word on little-endian machines.
    this.highWord = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  }

  /**
   * Writes to `out[i]` the value of rank `ranks[i]` (0 = smallest) of `values`,
   * for ascending ranks below `values.length`. `values` is not reordered.
   */
  select(values: Float64Array, ranks: readonly number[], out: Float64Array): void {
    const n = values.length;
    if (n <= SMALL) {
      const sorted = this.room(n).subarray(0, n);
      sorted.set(values);
      sorted.sort();
      for (let i = 0; i < ranks.length; i++) out[i] = sorted[ranks[i]];
      return;
    }
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
    const [first, last] = this.count(words);
    const total = this.markRegions(ranks, first, last);
    const candidates = this.room(total);
    const cursor = this.regionStart.slice();
    for (let i = 0; i < n; i++) {
      const r = this.regionOf[binOf(words[2 * i + this.highWord])];
      if (r > 0) candidates[cursor[r - 1]++] = values[i];
    }
    for (let i = 0; i < ranks.length; i++) {
      const r = this.rankRegion[i];
      const from = this.regionStart[r];
      const k = from + ranks[i] - this.regionBelow[r];
      selectKth(candidates, k, from, cursor[r] - 1);
      out[i] = candidates[k];
    }
    this.counts.fill(0, first, last + 1);
    this.regionOf.fill(0, first, last + 1);
  }

  /** Counts the values per bin; the lowest and highest bin used. */
  private count(words: Uint32Array): [number, number] {
    const counts = this.counts;
    let first = BINS;
    let last = -1;
    for (let i = this.highWord; i < words.length; i += 2) {
      const b = binOf(words[i]);
      counts[b]++;
      if (b < first) first = b;
      if (b > last) last = b;
    }
    return [first, last];
  }

  /**
   * Gives each bin that holds a wanted rank a region of the candidates buffer,
   * and each rank its region; the number of candidates to copy.
   */
  private markRegions(ranks: readonly number[], first: number, last: number): number {
    if (ranks.length > this.rankRegion.length) {
      this.rankRegion = new Int32Array(ranks.length);
      this.regionStart = new Int32Array(ranks.length);
      this.regionBelow = new Int32Array(ranks.length);
    }
    let regions = 0;
    let total = 0;
    let below = 0;
    let i = 0;
    for (let b = first; b <= last && i < ranks.length; b++) {
      const c = this.counts[b];
      while (i < ranks.length && ranks[i] < below + c) {
        if (this.regionOf[b] === 0) {
          this.regionStart[regions] = total;
          this.regionBelow[regions] = below;
          this.regionOf[b] = ++regions;
          total += c;
        }
        this.rankRegion[i++] = this.regionOf[b] - 1;
      }
      below += c;
    }
    return total;
  }

  /** The candidates buffer, grown to hold at least `n` values. */
  private room(n: number): Float64Array {
    if (this.candidates.length < n)
      this.candidates = new Float64Array(Math.max(n, 2 * this.candidates.length));
    return this.candidates;
  }
}

/** Below this many values, a sort of a copy is quicker than counting bins. */
const SMALL = 64;
/** 64 doublings of 16 bins each: values from 2^-32 to 2^32; smaller and larger ones share the end bins. */
const BINS = 1024;
const FIRST_KEY = (1023 - 32) << 4;

/** The bin of a float64 from its high word: monotone in the value; all negative values share bin 0. */
function binOf(high: number): number {
  if (high >= 0x80000000) return 0;
  const b = (high >>> 16) - FIRST_KEY;
  return b < 0 ? 0 : b < BINS ? b : BINS - 1;
}

/** Moves the k-th smallest of `a[lo..hi]` to index k (quickselect, Hoare partition). */
export function selectKth(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * A small seeded random source (mulberry32): the same seed gives the same
 * sequence on every runtime, with no dependencies and no global state.
 */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A standard normal number (mean 0, standard deviation 1), by Box–Muller. */
  normal(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
}

/**
 * A seeded random source. Seeds are taken as unsigned 32-bit integers.
 *
 * @example
 * const random = createRandom(42);
 * random.next(); // the same number for seed 42, every time
 */
export function createRandom(seed = 1): Random {
  let state = seed >>> 0;
  let spare = Number.NaN;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = Number.NaN;
      return z;
    }
    const u = 1 - next(); // (0, 1]: log stays finite
    const r = Math.sqrt(-2 * Math.log(u));
    const a = 2 * Math.PI * next();
    spare = r * Math.sin(a);
    return r * Math.cos(a);
  };
  return { next, normal, int: (n) => Math.floor(next() * n) };
}

const GUIDE = 256;

/** Cumulative weights, with a guide to start the search near the answer. */
export interface WeightedTable {
  cumulative: Float64Array;
  /** For each of 256 equal slices of [0, 1), the first index whose cumulative weight exceeds the slice's start. */
  guide: Uint8Array;
}

/** A table for picking an index (fewer than 256) with the given weights. */
export function weightedTable(weights: readonly number[]): WeightedTable {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (const w of weights) total += w;
  let running = 0;
  weights.forEach((w, i) => {
    running += w / total;
    cumulative[i] = running;
  });
  cumulative[weights.length - 1] = 1;
  const guide = new Uint8Array(GUIDE);
  let i = 0;
  for (let k = 0; k < GUIDE; k++) {
    while ((cumulative[i] as number) <= k / GUIDE) i++;
    guide[k] = i;
  }
  return { cumulative, guide };
}

/** The index picked by a uniform `u` in [0, 1) from a {@link weightedTable}. */
export function pick(table: WeightedTable, u: number): number {
  let i = table.guide[(u * GUIDE) | 0] as number;
  while (u >= (table.cumulative[i] as number)) i++;
  return i;
}

import { MS_PER_HOUR } from "../time/civil.js";
import { dayFinder, findDay, type TimeGrid } from "../time/grid.js";
import type { DurationSummary } from "../types.js";
import { BINS, binOf, highWordIndex } from "./duration-bins.js";
import { selectKth } from "./rank-select.js";
import { summaryOf, summaryRanks } from "./summary.js";

/**
 * Duration summaries (hours) per bucket: for each ticket whose `doneAt` falls in
 * the grid, `doneAt - createdAt`, grouped by the bucket of `doneAt`. Also the
 * summary over the whole grid. Means add the durations in ticket order.
 * `known`, when given, holds each `doneAt`'s day already found: the day's index
 * in the grid is `slots[i] >> shift` (-1: outside the grid), as the flow pass
 * leaves it; it saves looking the days up again.
 *
 * No sort and no copy of every duration: one pass counts the durations per
 * bucket into bins of their float bits, the counts tell which few bins hold the
 * ranks a summary needs, and a second pass copies out only those bins' values.
 */
export function durationsByBucket(
  createdAt: Float64Array,
  doneAt: Float64Array,
  grid: TimeGrid,
  known?: { slots: Int32Array; shift: number },
): { perBucket: (DurationSummary | null)[]; total: DurationSummary | null } {
  const t: Durations = {
    createdAt,
    doneAt,
    days: known ? known.slots : daysOf(doneAt, grid),
    shift: known ? known.shift : 0,
    dayBucket: grid.dayBucket,
  };
  const rows = grid.bucketCount + 1;
  const tally: Tally = {
    count: new Int32Array(rows),
    sum: new Float64Array(rows),
    bins: new Int32Array(rows * BINS),
  };
  // Each ticket's bin, kept so that the second pass need not compute it again.
  const binOfTicket = new Uint8Array(doneAt.length);
  // The whole grid's bins are added up from the buckets' afterwards; its sum is
  // taken in ticket order like the buckets' sums.
  tally.sum[rows - 1] = sumAndBin(t, tally, binOfTicket);
  addUpCounts(tally);
  const wanted = wantedBins(tally);
  const candidates = gatherWanted(t, binOfTicket, tally, wanted);
  const summaries: (DurationSummary | null)[] = [];
  for (let row = 0; row < tally.count.length; row++) {
    summaries.push(rowSummary(tally, wanted, candidates, row));
  }
  const total = summaries.pop() ?? null;
  return { perBucket: summaries, total };
}

interface Durations {
  createdAt: Float64Array;
  doneAt: Float64Array;
  /** Day of each `doneAt` in the grid, shifted left by `shift` (-1: outside). */
  days: Int32Array;
  shift: number;
  dayBucket: Int32Array;
}

/** Each `doneAt`'s day in the grid, -1 outside it. */
function daysOf(doneAt: Float64Array, grid: TimeGrid): Int32Array {
  const finder = dayFinder(grid);
  const days = new Int32Array(doneAt.length).fill(-1);
  for (let i = 0; i < doneAt.length; i++) {
    const t = doneAt[i];
    if (t >= finder.origin && t < finder.end) days[i] = findDay(finder, t);
  }
  return days;
}

/**
 * Per row (one per bucket, then one for the whole grid): the count, the sum,
 * and the counts per bin. (The maximum is read as the value of the top rank.)
 */
interface Tally {
  count: Int32Array;
  sum: Float64Array;
  /** `bins[row * BINS + bin]`; a bin holding a wanted rank is replaced by -(1 + its region). */
  bins: Int32Array;
}

/**
 * The first pass: each ticket's hours added to its bucket's sum and counted in
 * its bucket's bin (kept in `binOfTicket`); returns the sum over all. (It
 * returns a number and creates nothing after the loop: V8 then keeps its
 * optimized code from one call to the next.)
 */
function sumAndBin(t: Durations, tally: Tally, binOfTicket: Uint8Array): number {
  const { days, shift, doneAt, createdAt, dayBucket } = t;
  const { sum, bins } = tally;
  // The duration's high word, through a one-element scratch buffer.
  const scratch = new Float64Array(1);
  const words = new Uint32Array(scratch.buffer);
  const high = highWordIndex();
  let totalSum = 0;
  for (let i = 0; i < days.length; i++) {
    if (days[i] < 0) continue;
    const ms = doneAt[i] - createdAt[i];
    const h = ms / MS_PER_HOUR;
    const row = dayBucket[days[i] >> shift];
    scratch[0] = ms;
    const bin = binOf(words[high]);
    binOfTicket[i] = bin;
    sum[row] += h;
    bins[row * BINS + bin]++;
    totalSum += h;
  }
  return totalSum;
}

/** Each row's count from its bins, and the whole grid's bins from the buckets'. */
function addUpCounts(tally: Tally): void {
  const total = tally.count.length - 1;
  for (let row = 0; row < total; row++) {
    for (let bin = 0; bin < BINS; bin++) {
      const c = tally.bins[row * BINS + bin];
      tally.count[row] += c;
      tally.bins[total * BINS + bin] += c;
    }
    tally.count[total] += tally.count[row];
  }
}

/**
 * The bins that hold the ranks each row's summary needs, each given a region of
 * the candidates buffer; for each row and rank, its region.
 */
interface Wanted {
  /** Per region: its start in the candidates, its size, and how many of the row's values lie in lower bins. */
  start: Int32Array;
  size: Int32Array;
  below: Int32Array;
  /** `rankRegion[row * RANKS + i]`: the region of the row's i-th wanted rank. */
  rankRegion: Int32Array;
  total: number;
}

/** The ranks a summary needs ({@link summaryRanks}), then the top one, for the maximum. */
const RANKS = 7;

function rowRanks(n: number): number[] {
  return [...summaryRanks(n), n - 1];
}

function wantedBins(tally: Tally): Wanted {
  const rows = tally.count.length;
  const w: Wanted = {
    start: new Int32Array(rows * RANKS),
    size: new Int32Array(rows * RANKS),
    below: new Int32Array(rows * RANKS),
    rankRegion: new Int32Array(rows * RANKS),
    total: 0,
  };
  let regions = 0;
  for (let row = 0; row < rows; row++) {
    if (tally.count[row] === 0) continue;
    const ranks = rowRanks(tally.count[row]);
    let below = 0;
    let i = 0;
    for (let bin = row * BINS; i < ranks.length; bin++) {
      const c = tally.bins[bin];
      if (ranks[i] >= below + c) {
        below += c;
        continue;
      }
      w.start[regions] = w.total;
      w.size[regions] = c;
      w.below[regions] = below;
      w.total += c;
      tally.bins[bin] = -(1 + regions);
      while (i < ranks.length && ranks[i] < below + c) w.rankRegion[row * RANKS + i++] = regions;
      below += c;
      regions++;
    }
  }
  return w;
}

/** The values of the wanted bins, by region (a second pass over the tickets). */
function gatherWanted(
  t: Durations,
  binOfTicket: Uint8Array,
  tally: Tally,
  wanted: Wanted,
): Float64Array {
  const candidates = new Float64Array(wanted.total);
  const cursor = wanted.start.slice();
  const totalRow = (tally.count.length - 1) * BINS;
  const { days, shift, doneAt, createdAt, dayBucket } = t;
  const bins = tally.bins;
  for (let i = 0; i < days.length; i++) {
    if (days[i] < 0) continue;
    const bin = binOfTicket[i];
    const inBucket = bins[dayBucket[days[i] >> shift] * BINS + bin];
    const inTotal = bins[totalRow + bin];
    if (inBucket >= 0 && inTotal >= 0) continue;
    const h = (doneAt[i] - createdAt[i]) / MS_PER_HOUR;
    if (inBucket < 0) candidates[cursor[-inBucket - 1]++] = h;
    if (inTotal < 0) candidates[cursor[-inTotal - 1]++] = h;
  }
  return candidates;
}

function rowSummary(
  tally: Tally,
  wanted: Wanted,
  candidates: Float64Array,
  row: number,
): DurationSummary | null {
  const n = tally.count[row];
  if (n === 0) return null;
  const at = rowRanks(n).map((rank, i) => {
    const r = wanted.rankRegion[row * RANKS + i];
    const from = wanted.start[r];
    const k = from + rank - wanted.below[r];
    selectKth(candidates, k, from, from + wanted.size[r] - 1);
    return candidates[k];
  });
  return summaryOf(n, tally.sum[row], at[RANKS - 1], at);
}

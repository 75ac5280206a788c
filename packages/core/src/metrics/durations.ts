import { MS_PER_HOUR } from "../time/civil.js";
import { dayFinder, findDay, type TimeGrid } from "../time/grid.js";
import type { DurationSummary } from "../types.js";
import { RankSelector } from "./rank-select.js";
import { summarize } from "./summary.js";

/**
 * Duration summaries (hours) per bucket: for each ticket whose `doneAt` falls in
 * the grid, `doneAt - createdAt`, grouped by the bucket of `doneAt`. Also the
 * summary over the whole grid. `knownDays`, when given, holds the day of each
 * `doneAt` already found, as an index into the grid + `dayOffset` (-1 for none),
 * which saves looking them up again.
 */
export function durationsByBucket(
  createdAt: Float64Array,
  doneAt: Float64Array,
  grid: TimeGrid,
  knownDays?: Int32Array,
  dayOffset = 0,
): { perBucket: (DurationSummary | null)[]; total: DurationSummary | null } {
  const n = createdAt.length;
  const bucketOf = knownDays
    ? bucketsOfDays(knownDays, dayOffset, grid)
    : bucketsOfInstants(doneAt, grid);
  const offsets = new Int32Array(grid.bucketCount + 1);
  for (let i = 0; i < n; i++) offsets[bucketOf[i] + 1]++;
  // Tickets outside the grid (bucket -1) were counted at offsets[0].
  offsets[0] = 0;
  for (let b = 0; b < grid.bucketCount; b++) offsets[b + 1] += offsets[b];
  const hours = new Float64Array(offsets[grid.bucketCount]);
  const cursor = offsets.slice(0, grid.bucketCount);
  // The total's sum in ticket order, so that its mean does not depend on the bucket unit.
  let totalSum = 0;
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i];
    if (b >= 0) {
      const h = (doneAt[i] - createdAt[i]) / MS_PER_HOUR;
      hours[cursor[b]++] = h;
      totalSum += h;
    }
  }
  const selector = new RankSelector();
  const perBucket: (DurationSummary | null)[] = [];
  for (let b = 0; b < grid.bucketCount; b++) {
    perBucket.push(summarize(hours.subarray(offsets[b], offsets[b + 1]), selector));
  }
  return { perBucket, total: summarize(hours, selector, totalSum) };
}

/** The bucket of each day index in `days` (shifted by `offset`), -1 outside the grid. */
function bucketsOfDays(days: Int32Array, offset: number, grid: TimeGrid): Int32Array {
  const out = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const d = days[i] - offset;
    out[i] = d >= 0 && d < grid.dayCount ? grid.dayBucket[d] : -1;
  }
  return out;
}

/** The bucket of each instant's day, -1 outside the grid (or NaN). */
function bucketsOfInstants(instants: Float64Array, grid: TimeGrid): Int32Array {
  const finder = dayFinder(grid);
  const out = new Int32Array(instants.length).fill(-1);
  for (let i = 0; i < instants.length; i++) {
    const t = instants[i];
    if (t >= finder.origin && t < finder.end) out[i] = grid.dayBucket[findDay(finder, t)];
  }
  return out;
}

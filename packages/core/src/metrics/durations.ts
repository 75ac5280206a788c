import { MS_PER_HOUR } from "../time/civil.js";
import { dayFinder, findDay, type TimeGrid } from "../time/grid.js";
import type { DurationSummary } from "../types.js";
import { summarizeInPlace } from "./summary.js";

/**
 * Duration summaries (hours) per bucket: for each ticket whose `doneAt` falls in
 * the grid, `doneAt - createdAt`, grouped by the bucket of `doneAt`. Also the
 * summary over the whole grid.
 */
export function durationsByBucket(
  createdAt: Float64Array,
  doneAt: Float64Array,
  grid: TimeGrid,
): { perBucket: (DurationSummary | null)[]; total: DurationSummary | null } {
  const n = createdAt.length;
  const from = grid.dayStarts[0];
  const to = grid.dayStarts[grid.dayCount];
  const finder = dayFinder(grid);
  const bucketOf = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(grid.bucketCount + 1);
  for (let i = 0; i < n; i++) {
    const t = doneAt[i];
    if (t >= from && t < to) {
      const b = grid.dayBucket[findDay(finder, t)];
      bucketOf[i] = b;
      offsets[b + 1]++;
    }
  }
  for (let b = 0; b < grid.bucketCount; b++) offsets[b + 1] += offsets[b];
  const hours = new Float64Array(offsets[grid.bucketCount]);
  const cursor = offsets.slice(0, grid.bucketCount);
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i];
    if (b >= 0) hours[cursor[b]++] = (doneAt[i] - createdAt[i]) / MS_PER_HOUR;
  }
  const perBucket: (DurationSummary | null)[] = [];
  for (let b = 0; b < grid.bucketCount; b++) {
    perBucket.push(summarizeInPlace(hours.subarray(offsets[b], offsets[b + 1])));
  }
  return { perBucket, total: summarizeInPlace(hours) };
}

import { checkList, checkShare } from "../input-checks.js";
import type { DurationSummary } from "../types.js";
import { valuesAtRanks } from "./rank-select.js";

/**
 * The R-7 quantile (linear interpolation between closest ranks, what numpy and
 * d3.quantile compute by default) of values that are already sorted ascending.
 * Returns null for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  checkList(sorted, "quantileSorted", "sorted values");
  checkShare(p, "quantileSorted");
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo];
  if (lo + 1 >= n) return a;
  return a + (h - lo) * (sorted[lo + 1] - a);
}

/** The R-7 quantile of unsorted values (copied, not reordered). Null for no values. */
export function quantile(values: ArrayLike<number>, p: number): number | null {
  checkList(values, "quantile", "values");
  checkShare(p, "quantile");
  const sorted = Float64Array.from(values).sort();
  return quantileSorted(sorted, p);
}

/**
 * Count, mean, p50/p85/p95 and max of `values`, in their own unit; null
 * for no values. `values` is not reordered.
 */
export function summarize(values: Float64Array): DurationSummary | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    sum += values[i];
    if (values[i] > max) max = values[i];
  }
  return summaryOf(n, sum, max, valuesAtRanks(values, summaryRanks(n)));
}

const PERCENTILES = [0.5, 0.85, 0.95];

/**
 * The ranks (0 = smallest, ascending) whose values a summary of `n > 0` values
 * needs: each R-7 quantile interpolates between two neighbouring ranks.
 */
export function summaryRanks(n: number): number[] {
  const ranks: number[] = [];
  for (const p of PERCENTILES) {
    const lo = Math.floor((n - 1) * p);
    ranks.push(lo, Math.min(lo + 1, n - 1));
  }
  return ranks;
}

/** The summary of `n > 0` values from their sum, maximum and the values at {@link summaryRanks}. */
export function summaryOf(
  n: number,
  sum: number,
  max: number,
  at: ArrayLike<number>,
): DurationSummary {
  const [p50, p85, p95] = PERCENTILES.map((p, i) =>
    interpolate((n - 1) * p, at[2 * i], at[2 * i + 1]),
  );
  return { count: n, mean: sum / n, p50, p85, p95, max };
}

/** The R-7 value at fractional rank `h` from the values at its floor and the next rank. */
function interpolate(h: number, below: number, above: number): number {
  const lo = Math.floor(h);
  return h === lo ? below : below + (h - lo) * (above - below);
}

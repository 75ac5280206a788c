import type { DurationSummary } from "../types.js";
import { RankSelector } from "./rank-select.js";

/**
 * The R-7 quantile (linear interpolation between closest ranks, what numpy and
 * d3.quantile compute by default) of values that are already sorted ascending.
 * Returns null for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
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
  const sorted = Float64Array.from(values).sort();
  return quantileSorted(sorted, p);
}

const PERCENTILES = [0.5, 0.85, 0.95];

/**
 * Count, mean, p50/p85/p95 (R-7) and max of `values`, in their own unit; null
 * for no values. `values` is not reordered; `selector` lends its scratch space.
 * `sum`, when given, is the values' sum taken in another order (floating-point
 * sums depend on the order in the last bits).
 */
export function summarize(
  values: Float64Array,
  selector: RankSelector = new RankSelector(),
  sum = sumOf(values),
): DurationSummary | null {
  const n = values.length;
  if (n === 0) return null;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if (values[i] > max) max = values[i];
  // Each R-7 quantile needs the values at two neighbouring ranks.
  const ranks: number[] = [];
  for (const p of PERCENTILES) {
    const lo = Math.floor((n - 1) * p);
    ranks.push(lo, Math.min(lo + 1, n - 1));
  }
  const at = new Float64Array(ranks.length);
  selector.select(values, ranks, at);
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

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

import type { DurationSummary } from "../types.js";

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

/** Moves the k-th smallest of `a[lo..hi]` to index k (Floyd–Rivest-free quickselect, Hoare partition). */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
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

/** R-7 quantile of `a[0..n)` by selection, reordering `a`. Call with ascending `p`. */
function selectQuantile(a: Float64Array, n: number, p: number, from: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  select(a, lo, from, n - 1);
  const x = a[lo];
  if (h === lo) return x;
  let next = Number.POSITIVE_INFINITY;
  for (let i = lo + 1; i < n; i++) if (a[i] < next) next = a[i];
  return x + (h - lo) * (next - x);
}

/**
 * Count, mean, p50/p85/p95 and max of `values`, in their own unit.
 * Reorders `values` in place (it is a scratch buffer). Null for no values.
 */
export function summarizeInPlace(values: Float64Array): DurationSummary | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    sum += v;
    if (v > max) max = v;
  }
  // Each selection leaves everything above its rank to its right, so the next
  // (higher) rank can search only from there.
  const p50 = selectQuantile(values, n, 0.5, 0);
  const p85 = selectQuantile(values, n, 0.85, Math.floor((n - 1) * 0.5));
  const p95 = selectQuantile(values, n, 0.95, Math.floor((n - 1) * 0.85));
  return { count: n, mean: sum / n, p50, p85, p95, max };
}

/**
 * Whether a change in a count between two windows of equal length is larger
 * than ordinary week-to-week noise.
 *
 * The rule: an over-dispersed Poisson test. If nothing changed, the two counts
 * come from the same rate, and their difference has variance about
 * `φ × (current + previous)`, where φ = 1 for pure Poisson arrivals. Real
 * weeks vary more than Poisson (campaigns, outages, holidays), so φ is the
 * variance-to-mean ratio of the category's weekly counts in the baseline
 * weeks before the window, never below 1. The change is beyond noise when
 * `|z| = |current − previous| / √(φ × (current + previous))` reaches 2
 * (about a 5% false alarm rate per category).
 */
export interface TrendTest {
  /** (current − previous) / previous; null when previous is 0 or not known. */
  growth: number | null;
  /** The change in noise units; null when both counts are 0 or previous is not known. */
  z: number | null;
  /** φ: the baseline weeks' variance-to-mean ratio, at least 1; 1 without a baseline. */
  dispersion: number;
  /** `up`/`down` when |z| reaches the threshold, else null. */
  change: "up" | "down" | null;
}

export function trendTest(
  current: number,
  previous: number | null,
  baselineWeeks: readonly number[],
  threshold = 2,
): TrendTest {
  const dispersion = dispersionOf(baselineWeeks);
  // No previous count to compare with (a window before the data): no trend.
  if (previous === null) return { growth: null, z: null, dispersion, change: null };
  const total = current + previous;
  const z = total > 0 ? (current - previous) / Math.sqrt(dispersion * total) : null;
  return {
    growth: previous > 0 ? (current - previous) / previous : null,
    z,
    dispersion,
    change: z === null || Math.abs(z) < threshold ? null : z > 0 ? "up" : "down",
  };
}

/** Variance-to-mean ratio of weekly counts (sample variance), at least 1. */
export function dispersionOf(weeks: readonly number[]): number {
  const n = weeks.length;
  if (n < 2) return 1;
  const mean = weeks.reduce((a, b) => a + b, 0) / n;
  if (mean === 0) return 1;
  const variance = weeks.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  return Math.max(1, variance / mean);
}

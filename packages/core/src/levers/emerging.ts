import type { TrendTest } from "./noise.js";
import { count } from "./words.js";

/** A category present recently and absent or rare before. */
export interface EmergingCategory {
  category: string;
  /** `new`: no inflow in the baseline weeks; `emerging`: at least 3× its usual rate, beyond noise. */
  status: "new" | "emerging";
  /** Inflow in the window. */
  count: number;
  /** Inflow in the baseline weeks, and what that rate gives over a window's length. */
  baselineCount: number;
  expected: number;
  reason: string;
}

export interface EmergingInput {
  names: readonly string[];
  current: readonly number[];
  baseline: readonly number[];
  trends: readonly TrendTest[];
  days: number;
  baselineDays: number;
  minCount: number;
}

/**
 * New categories (none in the baseline weeks) and emerging ones (at least 3×
 * the baseline rate and a rise beyond noise), with at least `minCount` inflow
 * in the window; most inflow first.
 */
export function emergingCategories(e: EmergingInput): EmergingCategory[] {
  const out: EmergingCategory[] = [];
  // Without a whole baseline week there is no "before" to compare with.
  if (e.baselineDays < 7) return out;
  e.names.forEach((category, i) => {
    const n = e.current[i] as number;
    if (n < e.minCount) return;
    const b = e.baseline[i] as number;
    const expected = (b * e.days) / e.baselineDays;
    const weeks = Math.round(e.baselineDays / 7);
    if (b === 0) {
      out.push({
        category,
        status: "new",
        count: n,
        baselineCount: 0,
        expected: 0,
        reason: `${count(n, "ticket")} in the ${count(e.days, "day")} audited, none in the ${count(weeks, "week")} before.`,
      });
    } else if (n >= 3 * expected && (e.trends[i] as TrendTest).change === "up") {
      out.push({
        category,
        status: "emerging",
        count: n,
        baselineCount: b,
        expected,
        reason: `${count(n, "ticket")} in the ${count(e.days, "day")} audited, against about ${Math.round(expected * 10) / 10} in ${count(e.days, "day")} over the ${count(weeks, "week")} before.`,
      });
    }
  });
  return out.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

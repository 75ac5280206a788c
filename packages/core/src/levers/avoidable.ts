import { INFLOW_KINDS, type InflowKind } from "../types.js";
import type { InflowCounts } from "./inflow-counts.js";

/** Inflow that should never have come in: every kind but `new`. Shares 0–1. */
export interface AvoidableInflow {
  /** Inflow in the window, and the part that is not `new`. */
  total: number;
  avoidable: number;
  /** avoidable / total; null without inflow. */
  share: number | null;
  /** Every kind in {@link INFLOW_KINDS} order, with its count and share of inflow. */
  byKind: { kind: InflowKind; count: number; share: number | null }[];
  /**
   * Categories with avoidable inflow, most avoidable first: their avoidable
   * count, its share of the category's inflow, and of all avoidable inflow.
   */
  byCategory: {
    category: string;
    count: number;
    avoidable: number;
    share: number;
    shareOfAvoidable: number;
  }[];
}

export function avoidableInflow(counts: InflowCounts): AvoidableInflow {
  const K = INFLOW_KINDS.length;
  const kindTotals = new Array<number>(K).fill(0);
  const perCategory: { category: string; count: number; avoidable: number }[] = [];
  counts.names.forEach((category, slot) => {
    let n = 0;
    for (let k = 0; k < K; k++) {
      const c = counts.byKind[slot * K + k] as number;
      kindTotals[k] = (kindTotals[k] as number) + c;
      n += c;
    }
    const avoidable = n - (counts.byKind[slot * K] as number);
    if (avoidable > 0) perCategory.push({ category, count: n, avoidable });
  });
  const total = kindTotals.reduce((a, b) => a + b, 0);
  const avoidable = total - (kindTotals[0] as number);
  return {
    total,
    avoidable,
    share: total > 0 ? avoidable / total : null,
    byKind: INFLOW_KINDS.map((kind, k) => ({
      kind,
      count: kindTotals[k] as number,
      share: total > 0 ? (kindTotals[k] as number) / total : null,
    })),
    byCategory: perCategory
      .sort((a, b) => b.avoidable - a.avoidable || a.category.localeCompare(b.category))
      .map((c) => ({
        ...c,
        share: c.avoidable / c.count,
        shareOfAvoidable: c.avoidable / avoidable,
      })),
  };
}

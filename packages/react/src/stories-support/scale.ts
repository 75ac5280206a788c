/**
 * Stories only: a metrics result with every count multiplied by `k` (durations
 * and days of work unchanged), to show how charts cope with huge numbers without
 * generating millions of tickets in the browser. The bathtub equation still holds.
 */
import type { BucketMetrics, DurationSummary, MetricsResult } from "@tidemark/core";

const times = (v: number | null, k: number) => (v === null ? null : v * k);
const summary = (s: DurationSummary | null, k: number) =>
  s === null ? null : { ...s, count: s.count * k };

export function scaleCounts(r: MetricsResult, k: number): MetricsResult {
  const bucket = (b: BucketMetrics): BucketMetrics => ({
    ...b,
    created: b.created * k,
    reopened: b.reopened * k,
    inflow: b.inflow * k,
    throughput: b.throughput * k,
    netFlow: b.netFlow * k,
    backlog: b.backlog * k,
    peakBacklog: b.peakBacklog * k,
    leadTime: summary(b.leadTime, k),
    firstResolution: summary(b.firstResolution, k),
    capacity: times(b.capacity, k),
    bandLow: times(b.bandLow, k),
    bandHigh: times(b.bandHigh, k),
  });
  const byKind = { ...r.inflowMix.byKind };
  for (const kind of Object.keys(byKind) as (keyof typeof byKind)[]) byKind[kind] *= k;
  return {
    ...r,
    startBacklog: r.startBacklog * k,
    buckets: r.buckets.map(bucket),
    totals: {
      created: r.totals.created * k,
      reopened: r.totals.reopened * k,
      inflow: r.totals.inflow * k,
      throughput: r.totals.throughput * k,
      leadTime: summary(r.totals.leadTime, k),
      firstResolution: summary(r.totals.firstResolution, k),
    },
    inflowMix: { ...r.inflowMix, byKind, total: r.inflowMix.total * k },
    aging: {
      ...r.aging,
      count: r.aging.count * k,
      olderThan: r.aging.olderThan.map((o) => ({ ...o, count: o.count * k })),
    },
  };
}

import type { MetricsResult } from "@tidemark/core";

/** The columns of a metrics CSV, in order: the same as the `tidemark metrics` command's. */
export const METRICS_CSV_COLUMNS = [
  "bucket_start",
  "created",
  "reopened",
  "inflow",
  "throughput",
  "net_flow",
  "backlog",
  "peak_backlog",
  "lead_time_count",
  "lead_time_p50_h",
  "lead_time_p85_h",
  "lead_time_p95_h",
  "capacity_per_day",
  "backlog_days",
  "band_low",
  "band_high",
  "status",
] as const;

/** A number with at most 3 fraction digits and no exponent; empty for null. */
function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/**
 * One row per bucket of `result`, header first, `\n` line ends. Missing values
 * (no capacity yet, no resolved tickets) are empty cells, never `0` or `NaN`.
 * Durations are hours; capacity is tickets per day; band limits are tickets.
 *
 * @example metricsCsv(computeMetrics(log, { bucket: "week" })).split("\n")[0] // "bucket_start,created,…"
 */
export function metricsCsv(result: MetricsResult): string {
  const lines = [METRICS_CSV_COLUMNS.join(",")];
  for (const b of result.buckets) {
    lines.push(
      [
        b.start,
        b.created,
        b.reopened,
        b.inflow,
        b.throughput,
        b.netFlow,
        b.backlog,
        b.peakBacklog,
        b.leadTime?.count ?? 0,
        num(b.leadTime?.p50),
        num(b.leadTime?.p85),
        num(b.leadTime?.p95),
        num(b.capacity),
        num(b.backlogDays),
        num(b.bandLow),
        num(b.bandHigh),
        b.status ?? "",
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

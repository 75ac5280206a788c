import { checkMetricsResult } from "../input-checks.js";
import type { MetricsResult } from "../types.js";

/** The columns of the metrics CSV, in this order: other tools rely on them. */
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

/** A decimal with at most `digits` fraction digits, trailing zeros dropped; `""` for no value. */
export function csvDecimal(n: number | null | undefined, digits = 4): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "";
  const text = n.toFixed(digits);
  const trimmed = text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  return trimmed === "-0" ? "0" : trimmed;
}

/**
 * The metrics as CSV, one row per bucket in {@link METRICS_CSV_COLUMNS} order:
 * `bucket_start` is the local date, hours and days are decimals (at most 4
 * fraction digits), empty where there is no value; `\n` line ends.
 *
 * @example metricsCsv(computeMetrics(log)).split("\n")[0] // "bucket_start,created,…"
 */
export function metricsCsv(result: MetricsResult): string {
  checkMetricsResult(result, "metricsCsv");
  const lines: string[] = [METRICS_CSV_COLUMNS.join(",")];
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
        csvDecimal(b.leadTime?.p50),
        csvDecimal(b.leadTime?.p85),
        csvDecimal(b.leadTime?.p95),
        csvDecimal(b.capacity),
        csvDecimal(b.backlogDays),
        csvDecimal(b.bandLow),
        csvDecimal(b.bandHigh),
        b.status ?? "",
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

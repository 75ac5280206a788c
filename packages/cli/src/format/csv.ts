import type { MetricsResult } from "@tidemark/core";
import { decimal } from "../numbers.js";

/** The columns of `--format csv`, in this order: other tools rely on them. */
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

/**
 * One row per bucket: `bucket_start` is the local date, hours and days are
 * decimals (at most 4 fraction digits), empty where there is no value.
 */
export function metricsCsv(result: MetricsResult): string {
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
        decimal(b.leadTime?.p50, 4),
        decimal(b.leadTime?.p85, 4),
        decimal(b.leadTime?.p95, 4),
        decimal(b.capacity, 4),
        decimal(b.backlogDays, 4),
        decimal(b.bandLow, 4),
        decimal(b.bandHigh, 4),
        b.status ?? "",
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

import type { MetricsResult } from "@tidemark/core";

/**
 * The metrics CSV, byte for byte what `tidemark metrics --format csv` writes
 * (packages/cli/src/format/csv.ts; the e2e test compares the two). A stopgap
 * until that writer moves into @tidemark/core, where both can import it.
 */

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

/** At most 4 fraction digits, trailing zeros dropped, no exponent; empty for null (as the CLI writes). */
function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  const text = value.toFixed(4);
  const trimmed = text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  return trimmed === "-0" ? "0" : trimmed;
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

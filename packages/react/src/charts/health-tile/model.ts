import type { BandStatus, BucketMetrics, MetricsResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { TableModel } from "../../parts/types.js";
import { px } from "../../scale/linear.js";
import { inBucket, statusLabel, statusWords } from "../common.js";

/** The figures a tile can show, each a field of a bucket. */
export type HealthMetric = "backlog" | "inflow" | "throughput" | "backlogDays";

/** Options of {@link healthTileModel}. */
export interface HealthTileOptions extends LocaleOptions {
  metric?: HealthMetric;
  /** How many recent buckets the sparkline shows. Default 12. */
  sparkBuckets?: number;
}

/** A tile's text and sparkline. */
export interface HealthTileModel {
  label: string;
  value: string;
  /** The change in words: for the backlog, the bucket's net flow; otherwise the previous bucket's value. */
  trend: string;
  direction: "up" | "down" | "flat";
  /** The band status of the last bucket; shown for the backlog metrics only. */
  status: BandStatus | null;
  statusLabel: string;
  /** Whether the status belongs on this tile: it describes the backlog, not inflow or throughput. */
  showsStatus: boolean;
  /** Sparkline in a 100×24 box; empty when fewer than two buckets. */
  sparkPath: string;
  summary: string;
  table: TableModel;
}

const LABELS: Record<HealthMetric, string> = {
  backlog: "Backlog",
  inflow: "Inflow",
  throughput: "Throughput",
  backlogDays: "Days of work",
};

/**
 * One number, its trend and the band status, from the last bucket of a
 * {@link MetricsResult}. For the backlog the trend is the bucket's `netFlow`.
 *
 * @example healthTileModel(result).value // "1,234"
 */
export function healthTileModel(
  result: MetricsResult,
  options: HealthTileOptions = {},
): HealthTileModel {
  const fmt = createFormatter({
    locale: options.locale,
    timeZone: options.timeZone ?? result.timeZone,
  });
  const metric = options.metric ?? "backlog";
  const pick = (b: BucketMetrics | undefined): number | null => {
    const v = b ? b[metric] : null;
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  const format = metric === "backlogDays" ? fmt.decimal : fmt.count;
  const buckets = result.buckets;
  const n = buckets.length;
  const last = buckets[n - 1];
  const prev = buckets[n - 2];
  const unit = result.bucket;
  let trend: string;
  let direction: "up" | "down" | "flat" = "flat";
  if (metric === "backlog") {
    const net = last?.netFlow ?? 0;
    direction = net > 0 ? "up" : net < 0 ? "down" : "flat";
    trend = last ? `${fmt.signed(last.netFlow)} ${inBucket(unit)}` : "";
  } else {
    const a = pick(last);
    const p = pick(prev);
    direction = a === null || p === null || a === p ? "flat" : a > p ? "up" : "down";
    trend = p === null ? "" : `${format(p)} the ${unit} before`;
    // Open work and no solves lately: the days of work are unbounded, not
    // unknown. Before the log's first solve, capacity is not known at all.
    if (metric === "backlogDays" && a === null && last && last.backlog > 0) {
      if (last.capacity === 0) trend = `${fmt.count(last.backlog)} open, none solved lately`;
      else if (last.capacity === null) trend = `${fmt.count(last.backlog)} open, none solved yet`;
    }
  }
  const k = Math.max(2, Math.floor(options.sparkBuckets ?? 12));
  const recent = buckets.slice(-k);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const b of recent) {
    const v = pick(b);
    if (v !== null) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  let sparkPath = "";
  if (recent.length > 1 && hi >= lo) {
    const span = hi - lo || 1;
    let move = true;
    recent.forEach((b, i) => {
      const v = pick(b);
      if (v === null) {
        move = true;
        return;
      }
      sparkPath += `${move ? "M" : "L"}${px((i / (recent.length - 1)) * 100)},${px(21 - ((v - lo) / span) * 18)}`;
      move = false;
    });
  }
  const status = last?.status ?? null;
  const label = LABELS[metric];
  const value = format(pick(last));
  const showsStatus = metric === "backlog" || metric === "backlogDays";
  const statusPart = showsStatus ? `; ${statusWords(status).toLowerCase()}` : "";
  const summary = last
    ? `${label} ${value}${trend ? `, ${trend}` : ""}${statusPart}.`
    : `${label}: no data.`;
  const table: TableModel = {
    caption: `${label}, last ${recent.length === 1 ? unit : `${recent.length} ${unit}s`}`,
    columns: [`${unit[0]?.toUpperCase()}${unit.slice(1)} starting`, label],
    rows: () => recent.map((b) => [fmt.day(b.start), format(pick(b))]),
  };
  return {
    label,
    value,
    trend,
    direction,
    status,
    statusLabel: statusLabel(status),
    showsStatus,
    sparkPath,
    summary,
    table,
  };
}

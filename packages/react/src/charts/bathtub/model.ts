import type { BandStatus, BucketMetrics, BucketUnit, MetricsResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { TableModel } from "../../parts/types.js";
import { px } from "../../scale/linear.js";
import { statusLabel, statusWords } from "../common.js";

/** Options of {@link bathtubModel}. */
export interface BathtubOptions extends LocaleOptions {
  /** Which bucket to show. Default: the last one. Negative counts from the end. */
  bucketIndex?: number;
  /** `"hero"` (default) or `"compact"` for a KPI card. */
  variant?: "hero" | "compact";
}

/** Which way the level moves in the bucket, from its `netFlow`. */
export type LevelTrend = "rising" | "falling" | "steady";

/** The bathtub's geometry (in its own viewBox units) and text. */
export interface BathtubModel {
  variant: "hero" | "compact";
  /** The viewBox is `0 0 width height`; the SVG scales to its container. */
  width: number;
  height: number;
  bucket: BucketMetrics | null;
  unit: BucketUnit;
  /** Tub interior: the water fills it from `bottom` up to `waterY`. */
  tub: { left: number; right: number; top: number; bottom: number };
  /** Outline of the tub (SVG `d`). */
  tubPath: string;
  waterY: number;
  /** 0…1: the water's height as a share of the tub's depth. */
  fill: number;
  /** The band on the tub wall, y of its edges; null without a band. */
  band: { top: number; bottom: number } | null;
  /** y of the band's two labels on the wall, kept at least 13 units apart. */
  bandLabels: { high: number; low: number } | null;
  /** Stream widths: the faucet's is inflow per day, the drain's throughput per day, relative to each other. */
  inflowWidth: number;
  outflowWidth: number;
  trend: LevelTrend;
  status: BandStatus | null;
  /** Text for the drawing, all from the bucket's core figures. */
  labels: {
    backlog: string;
    backlogDays: string;
    inflow: string;
    throughput: string;
    netFlow: string;
    trend: string;
    status: string;
    band: string;
    /** The band's edges for the labels on the tub wall: compact above 10,000 (`1.7M`). */
    bandLow: string;
    bandHigh: string;
    date: string;
  };
  summary: string;
  table: TableModel;
}

const DAY = 86_400_000;
const HERO = { width: 640, height: 340, tub: { left: 70, right: 370, top: 118, bottom: 292 } };
const COMPACT = { width: 320, height: 120, tub: { left: 14, right: 118, top: 34, bottom: 104 } };

const perDay = (value: number, b: BucketMetrics): number => {
  const days = (b.endMs - b.startMs) / DAY;
  return Number.isFinite(value) && days > 0 ? value / days : 0;
};

function tubOutline(t: { left: number; right: number; top: number; bottom: number }): string {
  const r = Math.min(28, (t.bottom - t.top) * 0.3);
  const inset = (t.right - t.left) * 0.025;
  return (
    `M${t.left},${t.top}L${t.right},${t.top}` +
    `L${px(t.right - inset)},${px(t.bottom - r)}Q${px(t.right - inset)},${t.bottom} ${px(t.right - inset - r)},${t.bottom}` +
    `L${px(t.left + inset + r)},${t.bottom}Q${px(t.left + inset)},${t.bottom} ${px(t.left + inset)},${px(t.bottom - r)}Z`
  );
}

/**
 * The bathtub of one bucket of a {@link MetricsResult}: the faucet is `inflow`,
 * the water level `backlog` with the band `[bandLow, bandHigh]` on the wall, the
 * drain `throughput`; the level rises or falls by `netFlow`; `status` in words.
 * The tub's scale puts the band's top at about three quarters of its depth, so
 * the picture reads the same for 40 tickets or 100,000.
 *
 * @example bathtubModel(result).labels.status // "Healthy"
 */
export function bathtubModel(result: MetricsResult, options: BathtubOptions = {}): BathtubModel {
  const fmt = createFormatter({
    locale: options.locale,
    timeZone: options.timeZone ?? result.timeZone,
  });
  const variant = options.variant ?? "hero";
  const frame = variant === "compact" ? COMPACT : HERO;
  const tub = frame.tub;
  const n = result.buckets.length;
  let index = options.bucketIndex ?? n - 1;
  if (index < 0) index += n;
  const b =
    n > 0 ? (result.buckets[Math.min(n - 1, Math.max(0, Math.floor(index) || 0))] ?? null) : null;
  const unit = result.bucket;
  const finite = (v: number | null | undefined) =>
    typeof v === "number" && Number.isFinite(v) ? v : null;
  const backlog = finite(b?.backlog) ?? 0;
  const low = finite(b?.bandLow);
  const high = finite(b?.bandHigh);
  const top = Math.max(
    high !== null && high > 0 ? high / 0.75 : 0,
    backlog / 0.9,
    low !== null ? low / 0.5 : 0,
    1,
  );
  const depth = tub.bottom - tub.top;
  const y = (v: number) => px(tub.bottom - (Math.min(Math.max(v, 0), top) / top) * depth);
  const fill = Math.min(1, Math.max(0, backlog / top));
  const band = low !== null && high !== null ? { top: y(high), bottom: y(low) } : null;
  const inRate = b ? perDay(b.inflow, b) : 0;
  const outRate = b ? perDay(b.throughput, b) : 0;
  const maxRate = Math.max(inRate, outRate);
  const maxStream = variant === "compact" ? 8 : 22;
  const stream = (r: number) =>
    maxRate > 0 && r > 0 ? px(3 + (maxStream - 3) * Math.sqrt(r / maxRate)) : 0;
  const net = finite(b?.netFlow) ?? 0;
  const trend: LevelTrend = net > 0 ? "rising" : net < 0 ? "falling" : "steady";
  const per = `per ${unit}`;
  // A small band (a team that solves one ticket a day) keeps its decimals: 0.5–2, not 1–2.
  const bandNumber = (v: number | null) =>
    v !== null && Math.abs(v) < 10 ? fmt.decimal(v) : fmt.count(v);
  const status = b?.status ?? null;
  const labels = {
    backlog: fmt.count(b?.backlog),
    backlogDays: b?.backlogDays != null ? `${fmt.decimal(b.backlogDays)} days of work` : "",
    inflow: fmt.count(b?.inflow),
    throughput: fmt.count(b?.throughput),
    netFlow: fmt.signed(b?.netFlow),
    trend:
      trend === "steady"
        ? `Steady this ${unit}`
        : `${trend === "rising" ? "Rising" : "Falling"} ${fmt.signed(b?.netFlow)} this ${unit}`,
    status: statusLabel(status),
    band:
      low !== null && high !== null ? `${bandNumber(low)}–${bandNumber(high)}` : "not yet known",
    bandLow: low !== null && low >= 10_000 ? fmt.compact(low) : bandNumber(low),
    bandHigh: high !== null && high >= 10_000 ? fmt.compact(high) : bandNumber(high),
    date: b ? fmt.day(b.start) : "",
  };
  const summary = !b
    ? "Backlog bathtub: no data."
    : `Backlog bathtub for the ${unit} of ${labels.date}: ${labels.inflow} came in, ${labels.throughput} ` +
      `were resolved, so the level is ${trend}${trend === "steady" ? "" : ` by ${fmt.count(Math.abs(net))}`}; ` +
      `${labels.backlog} open${labels.backlogDays ? ` (${labels.backlogDays})` : ""}, ` +
      `${statusWords(status).toLowerCase()}` +
      (low !== null ? ` of ${labels.band}` : "") +
      ".";
  const table: TableModel = {
    caption: `Backlog bathtub, ${unit} of ${labels.date || "–"}`,
    columns: ["Measure", "Value"],
    rows: () => [
      [`Inflow (${per})`, labels.inflow],
      [`Throughput (${per})`, labels.throughput],
      [`Net flow (${per})`, labels.netFlow],
      ["Backlog", labels.backlog],
      ["Days of work", fmt.decimal(b?.backlogDays)],
      ["Healthy band", labels.band],
      ["Status", labels.status],
    ],
  };
  return {
    variant,
    width: frame.width,
    height: frame.height,
    bucket: b,
    unit,
    tub,
    tubPath: tubOutline(tub),
    waterY: y(backlog),
    fill,
    band,
    bandLabels: band
      ? {
          high: Math.min(band.top, (band.top + band.bottom) / 2 - 6.5),
          low: Math.max(band.bottom, (band.top + band.bottom) / 2 + 6.5),
        }
      : null,
    inflowWidth: stream(inRate),
    outflowWidth: stream(outRate),
    trend,
    status,
    labels,
    summary,
    table,
  };
}

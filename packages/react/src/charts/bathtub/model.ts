import type { BandStatus, BucketMetrics, BucketUnit, MetricsResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import { labelWidth } from "../../format/label-width.js";
import { plural } from "../../format/plural.js";
import type { TableModel } from "../../parts/types.js";
import { px } from "../../scale/linear.js";
import { bucketHeading, inBucket, statusLabel, statusWords } from "../common.js";

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
  /**
   * Where the band's two labels go. Outside the tub, next to the bracket on its
   * wall (`inside: false`, start-anchored at `x`), while both fit the gutter before
   * the side panel; else inside the tub along its right wall (end-anchored at `x`,
   * on a halo), where long numbers (`1.730.357` in de-DE) have room. `high` and
   * `low` are their y, at least 13 units apart.
   */
  bandLabels: { high: number; low: number; x: number; inside: boolean } | null;
  /** Stream widths: the faucet's is inflow per day, the drain's throughput per day, relative to each other. */
  inflowWidth: number;
  outflowWidth: number;
  trend: LevelTrend;
  status: BandStatus | null;
  /** Text for the drawing, all from the bucket's core figures. */
  labels: {
    backlog: string;
    backlogDays: string;
    /** The figure in `backlogDays`: `2.5`. */
    days: string;
    inflow: string;
    throughput: string;
    netFlow: string;
    trend: string;
    status: string;
    band: string;
    /** The band's edges for the labels on the tub wall: compact (`1.7M`) when that fits the gutter and the full figure does not. */
    bandLow: string;
    bandHigh: string;
    date: string;
    /** The bucket's heading: `Day: Jun 30, 2024`, `Week of Jun 24, 2024`; empty without data. */
    heading: string;
    /** After the backlog figure: `open ticket` for 1, else `open tickets`. */
    open: string;
    /** The level's change without its sign (the trend words give the direction): `6`. */
    change: string;
  };
  summary: string;
  table: TableModel;
}

export { labelWidth };

const DAY = 86_400_000;

const HERO = { width: 640, height: 352, tub: { left: 70, right: 370, top: 118, bottom: 292 } };
/**
 * Hero: the gutter between the band bracket (the tub's right edge, its 9-unit
 * shell, the bracket) and the side panel's text at x 426, viewBox units.
 */
const GUTTER = { x: HERO.tub.right + 25, room: 426 - 4 - (HERO.tub.right + 25), fontSize: 11 };
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
  const [shownLow, shownHigh] = fmt.bandLimits(low, high);
  const status = b?.status ?? null;
  const labels = {
    backlog: fmt.count(b?.backlog),
    backlogDays:
      b?.backlogDays != null
        ? `${fmt.decimal(b.backlogDays)} ${plural(Math.round(b.backlogDays * 10) / 10, "day", "days")} of work`
        : "",
    open: plural(b?.backlog, "open ticket", "open tickets"),
    days: fmt.decimal(b?.backlogDays),
    inflow: fmt.count(b?.inflow),
    throughput: fmt.count(b?.throughput),
    netFlow: fmt.signed(b?.netFlow),
    change: fmt.count(Math.abs(net)),
    trend: !b
      ? ""
      : trend === "steady"
        ? `Steady ${inBucket(unit)}`
        : `${trend === "rising" ? "Rising" : "Falling"} by ${fmt.count(Math.abs(net))} ${inBucket(unit)}`,
    status: statusLabel(status),
    band: low !== null && high !== null ? `${shownLow}–${shownHigh}` : "not yet known",
    bandLow: shownLow,
    bandHigh: shownHigh,
    date: b ? fmt.day(b.start) : "",
    heading: b ? bucketHeading(unit, fmt.day(b.start)) : "",
  };
  // The wall labels: the full figures if both fit the gutter, else the compact ones
  // if those fit, else the full figures inside the tub.
  const fits = (a: string, c: string) =>
    Math.max(labelWidth(a, GUTTER.fontSize), labelWidth(c, GUTTER.fontSize)) <= GUTTER.room;
  let inside = false;
  if (low !== null && high !== null && !fits(labels.bandLow, labels.bandHigh)) {
    const shortLow = Math.abs(low) < 10 ? labels.bandLow : fmt.compact(low);
    const shortHigh = Math.abs(high) < 10 ? labels.bandHigh : fmt.compact(high);
    if (fits(shortLow, shortHigh)) {
      labels.bandLow = shortLow;
      labels.bandHigh = shortHigh;
    } else inside = true;
  }
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
    bandLabels: band ? wallLabels(band, tub, inside) : null,
    inflowWidth: stream(inRate),
    outflowWidth: stream(outRate),
    trend,
    status,
    labels,
    summary,
    table,
  };
}

/**
 * The y of the band's labels. Outside: on the band's edges, pushed apart to 13
 * units. Inside: within the band, 8 units off each edge, when it is tall enough
 * for two lines; else just above its top edge and just below its bottom edge,
 * kept in the tub.
 */
function wallLabels(
  band: { top: number; bottom: number },
  tub: { left: number; right: number; top: number; bottom: number },
  inside: boolean,
): { high: number; low: number; x: number; inside: boolean } {
  const mid = (band.top + band.bottom) / 2;
  if (!inside)
    return {
      high: Math.min(band.top, mid - 6.5),
      low: Math.max(band.bottom, mid + 6.5),
      x: GUTTER.x,
      inside,
    };
  const x = tub.right - 14;
  if (band.bottom - band.top >= 34) return { high: band.top + 9, low: band.bottom - 9, x, inside };
  const low = Math.min(band.bottom + 9, tub.bottom - 8);
  return { high: Math.min(band.top - 9, low - 13), low, x, inside };
}

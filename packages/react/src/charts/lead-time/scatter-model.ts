import type { DurationSummary, LeadTimePoints } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { Margin, PointNavigation, TableModel, Tick } from "../../parts/types.js";
import { dayTicks } from "../../scale/day-ticks.js";
import { linearScale, niceMax, px } from "../../scale/linear.js";
import { plotArea } from "../common.js";
import { type PercentileLine, percentileLines } from "./percentiles.js";

/** Options of {@link leadTimeScatterModel}. */
export interface LeadTimeScatterOptions extends LocaleOptions {
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** `"log"` spreads the short lead times out; default `"linear"`. */
  scale?: "linear" | "log";
}

/** The geometry and text of a lead-time scatterplot. */
export interface LeadTimeScatterModel {
  width: number;
  height: number;
  /** Every dot in one path (fast to render, even for tens of thousands). */
  dotsPath: string;
  /** Pixel position of each dot, in the order of the input. */
  xs: Float64Array;
  ys: Float64Array;
  lines: PercentileLine[];
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  summary: string;
  table: TableModel;
  nav: PointNavigation;
}

const MARGIN: Margin = { top: 12, right: 72, bottom: 28, left: 56 };
const LOG_TICKS = [1, 4, 24, 168, 720, 2160, 8760];
const LOG_MIN = 0.5;

/**
 * One dot per resolved ticket (core's `leadTimePoints`): x is the final solve,
 * y the lead time in hours; `summary` (e.g. `result.totals.leadTime`) gives the
 * p50/p85/p95 lines. Empty input gives no dots and no lines.
 *
 * @example leadTimeScatterModel(points, result.totals.leadTime, { width: 640, height: 300 })
 */
export function leadTimeScatterModel(
  points: LeadTimePoints,
  summary: DurationSummary | null,
  options: LeadTimeScatterOptions,
): LeadTimeScatterModel {
  const fmt = createFormatter(options);
  const box = plotArea(options.width, options.height, { ...MARGIN, ...options.margin });
  const n = Math.min(points.ids.length, points.resolvedAt.length, points.hours.length);
  let t0 = Number.POSITIVE_INFINITY;
  let t1 = Number.NEGATIVE_INFINITY;
  let hMax = 0;
  for (let i = 0; i < n; i++) {
    const t = points.resolvedAt[i] as number;
    const h = points.hours[i] as number;
    if (Number.isFinite(t)) {
      if (t < t0) t0 = t;
      if (t > t1) t1 = t;
    }
    if (Number.isFinite(h) && h > hMax) hMax = h;
  }
  if (!(t1 >= t0)) t0 = t1 = 0;
  const x = linearScale([t0, t1 > t0 ? t1 : t0 + 1], [box.left, box.right]);
  const log = options.scale === "log";
  // Long lead times read in days: round the axis in days, not in hours.
  const unit = Math.max(hMax, summary?.p95 ?? 0) > 72 ? 24 : 1;
  const top = niceMax(Math.max(hMax, summary?.p95 ?? 0) / unit, 5) * unit;
  const yLin = linearScale([0, top], [box.bottom, box.top]);
  const linTicks = linearScale([0, top / unit], [0, 1])
    .ticks(5)
    .map((v) => v * unit);
  const logTop = Math.log10(Math.max(top, 24));
  const yLog = linearScale([Math.log10(LOG_MIN), logTop], [box.bottom, box.top]);
  const y = (h: number) => (log ? yLog(Math.log10(Math.max(LOG_MIN, h))) : yLin(h));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const r = n > 2000 ? 1.6 : n > 300 ? 2.2 : 3;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const cx = px(x(points.resolvedAt[i] as number));
    const cy = px(y(points.hours[i] as number));
    xs[i] = cx;
    ys[i] = cy;
    parts.push(`M${px(cx - r)},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
  }
  const yTicks = (log ? LOG_TICKS.filter((h) => Math.log10(h) <= logTop) : linTicks).map((h) => ({
    pos: px(y(h)),
    label: fmt.hoursShort(h),
  }));
  // Dates at local midnights, on round steps; a range within one day (one
  // ticket, or all solved the same day) has no midnight inside: its date, once.
  const count = Math.max(2, Math.floor((box.right - box.left) / 110));
  const at = n === 0 ? [] : dayTicks(t0, t1, count, fmt.timeZone);
  const xTicks: Tick[] = (n > 0 && at.length === 0 ? [t0] : at).map((t) => ({
    pos: px(x(t)),
    label: fmt.instant(t),
  }));
  const lines = percentileLines(summary, (h) => px(y(h)), fmt.hoursShort);
  const text =
    n === 0
      ? "Lead time: no resolved tickets."
      : `Lead time of ${fmt.count(n)} resolved tickets, ${fmt.instant(t0)} – ${fmt.instant(t1)}` +
        (summary
          ? `: median ${fmt.hours(summary.p50)}, 85th percentile ${fmt.hours(summary.p85)}, ` +
            `95th percentile ${fmt.hours(summary.p95)}, longest ${fmt.hours(summary.max)}.`
          : ".");
  const table: TableModel = {
    caption: "Lead time by resolved ticket",
    columns: ["Ticket", "Resolved", "Lead time"],
    rows: () =>
      Array.from({ length: n }, (_, i) => [
        points.ids[i] ?? "",
        fmt.instant(points.resolvedAt[i] as number),
        fmt.hours(points.hours[i]),
      ]),
  };
  const nav: PointNavigation = {
    count: n,
    pointAt: (i) => ({ x: xs[i] ?? 0, y: ys[i] ?? 0 }),
    indexAt(px_, py) {
      if (n === 0) return -1;
      // xs ascend with the solve time: search near px_, then pick the nearest in 2D.
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((xs[mid] as number) < px_ - 12) lo = mid + 1;
        else hi = mid;
      }
      let best = Math.min(lo, n - 1);
      let bestD = Number.POSITIVE_INFINITY;
      for (let i = lo; i < n && (xs[i] as number) <= px_ + 12; i++) {
        const d = ((xs[i] as number) - px_) ** 2 + ((ys[i] as number) - py) ** 2;
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
      return best;
    },
    tooltipAt: (i) => ({
      title: points.ids[i] ?? "",
      lines: [
        { label: "Resolved", value: fmt.instant(points.resolvedAt[i] as number) },
        { label: "Lead time", value: fmt.hours(points.hours[i]) },
      ],
    }),
  };
  return {
    width: box.width,
    height: box.height,
    dotsPath: parts.join(""),
    xs,
    ys,
    lines,
    plot: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
    xTicks,
    yTicks,
    summary: text,
    table,
    nav,
  };
}

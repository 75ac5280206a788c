import { type DurationSummary, LEAD_TIME_BIN_EDGES_HOURS, leadTimeHistogram } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import { labelWidth } from "../../format/label-width.js";
import type { Margin, PointNavigation, TableModel, Tick } from "../../parts/types.js";
import { slotScale } from "../../scale/band.js";
import { linearScale, niceMax, px } from "../../scale/linear.js";
import { countLabels, countTicks, marginFor, plotArea } from "../common.js";
import { type PercentileLine, percentileLines } from "./percentiles.js";

/** Options of {@link leadTimeHistogramModel}. */
export interface LeadTimeHistogramOptions extends LocaleOptions {
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** Bin edges in hours, ascending; the last bin is open-ended. Default: 1 h, 4 h, 8 h, 1 d, 2 d, 1 w, 2 w, 30 d, 90 d. */
  edges?: number[];
}

/** One bar: tickets whose lead time is in `[from, to)` hours. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The geometry and text of a lead-time histogram. */
export interface LeadTimeHistogramModel {
  width: number;
  height: number;
  bins: HistogramBin[];
  lines: PercentileLine[];
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  summary: string;
  table: TableModel;
  nav: PointNavigation;
}

/** Axis label size, px, and the least room between two labels. */
const FONT = 11;
const GAP = 4;

/**
 * Every k-th tick from the first, with the smallest k whose labels (estimated
 * widths, centred on their ticks) keep `GAP` px apart. The last bin is open
 * ended (`≥ 90d`), so its label takes the place of the last one kept.
 */
function everyKth(ticks: Tick[]): Tick[] {
  const last = ticks[ticks.length - 1];
  for (let k = 1; k < ticks.length; k++) {
    const kept = ticks.filter((_, i) => i % k === 0);
    if (last !== undefined && kept.length > 1) kept[kept.length - 1] = last;
    const fits = kept.every((t, i) => {
      const next = kept[i + 1];
      if (!next) return true;
      const room = next.pos - t.pos;
      return room >= (labelWidth(t.label, FONT) + labelWidth(next.label, FONT)) / 2 + GAP;
    });
    if (fits) return kept;
  }
  return ticks.slice(0, 1);
}

const MARGIN: Margin = { top: 44, right: 16, bottom: 28, left: 48 };

/**
 * Resolved tickets by lead time in duration bins that read well for support
 * (under an hour … over 90 days), with the p50/p85/p95 lines of `summary`.
 * `hours` is core's `leadTimePoints(…).hours`.
 *
 * @example leadTimeHistogramModel(points.hours, result.totals.leadTime, { width: 640, height: 260 })
 */
export function leadTimeHistogramModel(
  hours: readonly number[],
  summary: DurationSummary | null,
  options: LeadTimeHistogramOptions,
): LeadTimeHistogramModel {
  const fmt = createFormatter(options);
  // The counts are core's; this model only lays them out.
  const counted = leadTimeHistogram(hours, options.edges ?? LEAD_TIME_BIN_EDGES_HOURS);
  const edges = counted.map((b) => b.fromHours);
  const counts = counted.map((b) => b.count);
  const total = counts.reduce((a, b) => a + b, 0);
  const top = niceMax(Math.max(0, ...counts), 4);
  const margin = marginFor(MARGIN, options.margin, countLabels(top, fmt.count, 4));
  const box = plotArea(options.width, options.height, margin);
  const slots = slotScale(edges.length, box.left, box.right);
  const y = linearScale([0, top], [box.bottom, box.top]);
  const barW = Math.max(1, slots.step - 4);
  const bins: HistogramBin[] = counts.map((count, k) => {
    const from = edges[k] as number;
    const to = edges[k + 1] ?? Number.POSITIVE_INFINITY;
    const label = Number.isFinite(to)
      ? from === 0
        ? `< ${fmt.hoursShort(to)}`
        : `${fmt.hoursShort(from)}–${fmt.hoursShort(to)}`
      : `≥ ${fmt.hoursShort(from)}`;
    const top = px(y(count));
    return {
      from,
      to,
      count,
      label,
      x: px(slots.start(k) + 2),
      y: top,
      width: px(barW),
      height: px(box.bottom - top),
    };
  });
  const place = (h: number) => {
    let k = edges.length - 1;
    while (k > 0 && h < (edges[k] as number)) k--;
    const from = edges[k] as number;
    const to = edges[k + 1];
    const f = to === undefined ? 0.5 : (h - from) / (to - from);
    return px(slots.start(k) + slots.step * Math.min(1, Math.max(0, f)));
  };
  const lines = percentileLines(summary, place, fmt.hoursShort);
  const text =
    total === 0
      ? "Lead time distribution: no resolved tickets."
      : `Lead time distribution of ${fmt.count(total)} resolved tickets` +
        (summary
          ? `: median ${fmt.hours(summary.p50)}, 85th percentile ${fmt.hours(summary.p85)}, 95th percentile ${fmt.hours(summary.p95)}.`
          : ".");
  const table: TableModel = {
    caption: "Resolved tickets by lead time",
    columns: ["Lead time", "Tickets"],
    rows: () => bins.map((b) => [b.label, fmt.count(b.count)]),
  };
  const nav: PointNavigation = {
    count: bins.length,
    initial: 0,
    pointAt: (i) => ({ x: px(slots.center(i)), y: bins[i]?.y ?? box.bottom }),
    indexAt: (px_) => slots.indexAt(px_),
    tooltipAt: (i) => ({
      title: bins[i]?.label ?? "",
      lines: [{ label: "Tickets", value: fmt.count(bins[i]?.count), token: "throughput" }],
    }),
  };
  return {
    width: box.width,
    height: box.height,
    bins,
    lines,
    plot: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
    xTicks: everyKth(bins.map((b, k) => ({ pos: px(slots.center(k)), label: b.label }))),
    yTicks: countTicks(y, fmt.count, 4),
    summary: text,
    table,
    nav,
  };
}

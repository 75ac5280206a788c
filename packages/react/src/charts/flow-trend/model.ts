import type { BucketMetrics, MetricsResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { Margin, PointNavigation, TableModel, Tick } from "../../parts/types.js";
import { slotScale } from "../../scale/band.js";
import { visibleIndices } from "../../scale/decimate.js";
import { linearScale, niceMax, px } from "../../scale/linear.js";
import { linePath } from "../../scale/path.js";
import { bucketTicks, maxOf, plotArea, rangeWords, valueTicks } from "../common.js";

/** Options of {@link flowTrendModel}. */
export interface FlowTrendOptions extends LocaleOptions {
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** The geometry and text of a flow trend: inflow and throughput lines, net flow bars. */
export interface FlowTrendModel {
  width: number;
  height: number;
  /** Line paths (SVG `d`); empty string when there is nothing to draw. */
  inflowPath: string;
  throughputPath: string;
  /** Net flow bars above zero (more came in) and below (more went out), one path each. */
  netUpPath: string;
  netDownPath: string;
  /** y of net flow zero, px. */
  netZero: number;
  plot: { left: number; right: number; top: number; bottom: number };
  net: { top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  netTicks: Tick[];
  summary: string;
  table: TableModel;
  nav: PointNavigation;
}

const MARGIN: Margin = { top: 12, right: 16, bottom: 28, left: 48 };

/**
 * Flow over time from a {@link MetricsResult}: every number drawn is a bucket's
 * `inflow`, `throughput` or `netFlow`. Empty input gives empty paths.
 *
 * @example flowTrendModel(result, { width: 640, height: 280 }).inflowPath // "M24,80L…"
 */
export function flowTrendModel(result: MetricsResult, options: FlowTrendOptions): FlowTrendModel {
  const fmt = createFormatter({
    locale: options.locale,
    timeZone: options.timeZone ?? result.timeZone,
  });
  const area = plotArea(options.width, options.height, { ...MARGIN, ...options.margin });
  const buckets = result.buckets;
  const n = buckets.length;
  const gap = 22;
  const mainBottom = area.top + (area.bottom - area.top) * 0.7;
  const netTop = mainBottom + gap;
  const slots = slotScale(n, area.left, area.right);
  const y = linearScale(
    [
      0,
      niceMax(
        Math.max(
          maxOf(buckets, (b) => b.inflow),
          maxOf(buckets, (b) => b.throughput),
        ),
        4,
      ),
    ],
    [mainBottom, area.top],
  );
  const netMax = niceMax(
    maxOf(buckets, (b) => Math.abs(b.netFlow)),
    2,
  );
  const yNet = linearScale([-netMax, netMax], [area.bottom, netTop]);
  const zero = px(yNet(0));
  const path = (f: (b: BucketMetrics) => number) => {
    const value = (i: number) => y(f(buckets[i] as BucketMetrics));
    const ok = (i: number) => Number.isFinite(f(buckets[i] as BucketMetrics));
    return linePath(visibleIndices(n, slots.center, value, ok), slots.center, value, ok);
  };
  // One bar per bucket; where buckets are narrower than 2 px, one bar per 2 px
  // column spanning that column's largest rise and largest fall.
  const barWidth = Math.max(0.5, Math.min(24, slots.step * 0.7));
  const dense = slots.step < 2;
  const columns = new Map<number, { x: number; up: number; down: number }>();
  buckets.forEach((b, i) => {
    const v = b.netFlow;
    if (!Number.isFinite(v) || v === 0) return;
    const key = dense ? Math.floor(slots.center(i) / 2) : i;
    const c = columns.get(key) ?? {
      x: dense ? key * 2 : slots.center(i) - barWidth / 2,
      up: 0,
      down: 0,
    };
    if (v > 0) c.up = Math.max(c.up, v);
    else c.down = Math.min(c.down, v);
    columns.set(key, c);
  });
  const w = dense ? 1.6 : px(barWidth);
  let up = "";
  let down = "";
  for (const c of columns.values()) {
    const x = px(c.x);
    if (c.up > 0) {
      const top = px(yNet(c.up));
      up += `M${x},${top}h${w}v${px(zero - top)}h${-w}Z`;
    }
    if (c.down < 0) down += `M${x},${zero}h${w}v${px(yNet(c.down) - zero)}h${-w}Z`;
  }
  const last = buckets[n - 1];
  const t = result.totals;
  const unit = result.bucket;
  const summary =
    n === 0
      ? "Inflow and throughput: no data."
      : `Inflow and throughput by ${unit}, ${rangeWords(buckets, fmt)}: ${fmt.count(t.inflow)} came in, ` +
        `${fmt.count(t.throughput)} were resolved. ` +
        `Last ${unit} (${fmt.day(last?.start ?? "")}): ${fmt.count(last?.inflow)} in, ` +
        `${fmt.count(last?.throughput)} out, net ${fmt.signed(last?.netFlow)}.`;
  const table: TableModel = {
    caption: `Inflow, throughput and net flow by ${unit}`,
    columns: [
      `${unit[0]?.toUpperCase()}${unit.slice(1)} starting`,
      "Inflow",
      "Throughput",
      "Net flow",
    ],
    rows: () =>
      buckets.map((b) => [
        fmt.day(b.start),
        fmt.count(b.inflow),
        fmt.count(b.throughput),
        fmt.signed(b.netFlow),
      ]),
  };
  const nav: PointNavigation = {
    count: n,
    pointAt: (i) => ({ x: px(slots.center(i)), y: px(y(buckets[i]?.inflow ?? 0)) }),
    indexAt: (x) => slots.indexAt(x),
    tooltipAt(i) {
      const b = buckets[i];
      return {
        title: b ? fmt.day(b.start) : "",
        lines: [
          { label: "Inflow", value: fmt.count(b?.inflow), token: "inflow" },
          { label: "Throughput", value: fmt.count(b?.throughput), token: "throughput" },
          { label: "Net flow", value: fmt.signed(b?.netFlow) },
        ],
      };
    },
  };
  return {
    width: area.width,
    height: area.height,
    inflowPath: path((b) => b.inflow),
    throughputPath: path((b) => b.throughput),
    netUpPath: up,
    netDownPath: down,
    netZero: zero,
    plot: { left: area.left, right: area.right, top: area.top, bottom: px(mainBottom) },
    net: { top: px(netTop), bottom: area.bottom },
    xTicks: bucketTicks(buckets, slots, fmt, unit),
    yTicks: valueTicks(y, fmt.count, 4),
    netTicks: [
      { pos: px(yNet(netMax)), label: fmt.signed(netMax) },
      { pos: zero, label: fmt.count(0) },
      { pos: px(yNet(-netMax)), label: fmt.signed(-netMax) },
    ],
    summary,
    table,
    nav,
  };
}

import type { BucketMetrics, MetricsResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { Margin, PointNavigation, TableModel, Tick } from "../../parts/types.js";
import { slotCenters, slotScale } from "../../scale/band.js";
import { visibleOf } from "../../scale/decimate.js";
import { linearScale, niceMax, pixelsOf, px } from "../../scale/linear.js";
import { coord, linePathAt, lonePoints } from "../../scale/path.js";
import {
  bucketTicks,
  countLabels,
  countTicks,
  marginFor,
  maxOf,
  plotArea,
  rangeWords,
} from "../common.js";

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
  /** Buckets with no neighbour to draw a line to (one bucket, or one between gaps). */
  inflowDots: { x: number; y: number }[];
  throughputDots: { x: number; y: number }[];
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
  const buckets = result.buckets;
  const n = buckets.length;
  const top = niceMax(
    Math.max(
      maxOf(buckets, (b) => b.inflow),
      maxOf(buckets, (b) => b.throughput),
    ),
    4,
  );
  const netMax = niceMax(
    maxOf(buckets, (b) => Math.abs(b.netFlow)),
    2,
  );
  const margin = marginFor(MARGIN, options.margin, [
    ...countLabels(top, fmt.count, 4),
    fmt.signed(netMax),
    fmt.signed(-netMax),
  ]);
  const area = plotArea(options.width, options.height, margin);
  const gap = 22;
  const mainBottom = area.top + (area.bottom - area.top) * 0.7;
  const netTop = mainBottom + gap;
  const slots = slotScale(n, area.left, area.right);
  const y = linearScale([0, top], [mainBottom, area.top]);
  const yNet = linearScale([-netMax, netMax], [area.bottom, netTop]);
  const zero = px(yNet(0));
  const xs = slotCenters(slots);
  const inflows = pixelsOf(buckets, (b) => b.inflow, y);
  const throughputs = pixelsOf(buckets, (b) => b.throughput, y);
  // One bar per bucket; where buckets are narrower than 2 px, one bar per 2 px
  // column spanning that column's largest rise and largest fall.
  const barWidth = Math.max(0.5, Math.min(24, slots.step * 0.7));
  const dense = slots.step < 2;
  const w = dense ? "1.6" : coord(px(barWidth));
  let up = "";
  let down = "";
  const bar = (x: number, rise: number, fall: number): void => {
    const left = coord(px(x));
    if (rise > 0) {
      const top = px(yNet(rise));
      up += `M${left},${coord(top)}h${w}v${coord(px(zero - top))}h-${w}Z`;
    }
    if (fall < 0) down += `M${left},${coord(zero)}h${w}v${coord(px(yNet(fall) - zero))}h-${w}Z`;
  };
  let key = Number.NaN;
  let colX = 0;
  let rise = 0;
  let fall = 0;
  for (let i = 0; i < n; i++) {
    const v = (buckets[i] as BucketMetrics).netFlow;
    if (!Number.isFinite(v) || v === 0) continue;
    const k = dense ? Math.floor((xs[i] as number) / 2) : i;
    if (k !== key) {
      if (!Number.isNaN(key)) bar(colX, rise, fall);
      key = k;
      colX = dense ? k * 2 : (xs[i] as number) - barWidth / 2;
      rise = 0;
      fall = 0;
    }
    if (v > 0) rise = Math.max(rise, v);
    else fall = Math.min(fall, v);
  }
  if (!Number.isNaN(key)) bar(colX, rise, fall);
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
    inflowPath: linePathAt(visibleOf(xs, inflows), xs, inflows),
    throughputPath: linePathAt(visibleOf(xs, throughputs), xs, throughputs),
    inflowDots: lonePoints(xs, inflows),
    throughputDots: lonePoints(xs, throughputs),
    netUpPath: up,
    netDownPath: down,
    netZero: zero,
    plot: { left: area.left, right: area.right, top: area.top, bottom: px(mainBottom) },
    net: { top: px(netTop), bottom: area.bottom },
    xTicks: bucketTicks(buckets, slots, fmt, unit),
    yTicks: countTicks(y, fmt.count, 4),
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

import { cumulativeFlow, type MetricsResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { Margin, PointNavigation, TableModel, Tick } from "../../parts/types.js";
import { slotCenters, slotScale } from "../../scale/band.js";
import { visibleOf } from "../../scale/decimate.js";
import { linearScale, niceMax, pixelsOf, px } from "../../scale/linear.js";
import { areaPathAt, linePathAt, lonePoints } from "../../scale/path.js";
import {
  bucketTicks,
  countLabels,
  countTicks,
  marginFor,
  maxOf,
  plotArea,
  rangeWords,
} from "../common.js";

/** Options of {@link cumulativeFlowModel}. */
export interface CumulativeFlowOptions extends LocaleOptions {
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** The geometry and text of a cumulative flow diagram. */
export interface CumulativeFlowModel {
  width: number;
  height: number;
  arrivalsPath: string;
  departuresPath: string;
  /** Buckets with no neighbour to draw a line to (one bucket, or one between gaps). */
  arrivalsDots: { x: number; y: number }[];
  departuresDots: { x: number; y: number }[];
  /** The band between the two lines: its height is the backlog. */
  gapPath: string;
  /** The area under departures (done work). */
  donePath: string;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  summary: string;
  table: TableModel;
  nav: PointNavigation;
}

const MARGIN: Margin = { top: 12, right: 16, bottom: 28, left: 56 };

/**
 * Cumulative arrivals and departures from core's `cumulativeFlow(result)`; the
 * vertical gap between them is each bucket's `backlog`.
 *
 * @example cumulativeFlowModel(result, { width: 640, height: 260 }).gapPath
 */
export function cumulativeFlowModel(
  result: MetricsResult,
  options: CumulativeFlowOptions,
): CumulativeFlowModel {
  const fmt = createFormatter({
    locale: options.locale,
    timeZone: options.timeZone ?? result.timeZone,
  });
  const points = cumulativeFlow(result);
  const buckets = result.buckets;
  const n = points.length;
  const top = niceMax(
    maxOf(points, (p) => p.arrivals),
    4,
  );
  const margin = marginFor(MARGIN, options.margin, countLabels(top, fmt.count, 4));
  const box = plotArea(options.width, options.height, margin);
  const slots = slotScale(n, box.left, box.right);
  const y = linearScale([0, top], [box.bottom, box.top]);
  const xs = slotCenters(slots);
  const ok = (p: { arrivals: number; departures: number }) =>
    Number.isFinite(p.arrivals) && Number.isFinite(p.departures);
  const arrivals = pixelsOf(points, (p) => (ok(p) ? p.arrivals : null), y);
  const departures = pixelsOf(points, (p) => (ok(p) ? p.departures : null), y);
  const upper = visibleOf(xs, arrivals);
  const lower = visibleOf(xs, departures);
  const arrivalsPath = linePathAt(upper, xs, arrivals);
  const departuresPath = linePathAt(lower, xs, departures);
  const gapPath = areaPathAt(upper, xs, departures, arrivals);
  const donePath = areaPathAt(lower, xs, box.bottom, departures);
  const last = points[n - 1];
  const lastBucket = buckets[n - 1];
  const unit = result.bucket;
  const summary =
    !last || !lastBucket
      ? "Cumulative flow: no data."
      : `Cumulative flow by ${unit}, ${rangeWords(buckets, fmt)}: ${fmt.count(last.arrivals)} arrived ` +
        `(including ${fmt.count(result.startBacklog)} open at the start), ${fmt.count(last.departures)} departed; ` +
        `the gap, ${fmt.count(lastBucket.backlog)}, is the backlog.`;
  const table: TableModel = {
    caption: `Cumulative arrivals and departures by ${unit}`,
    columns: [
      `${unit[0]?.toUpperCase()}${unit.slice(1)} starting`,
      "Arrivals",
      "Departures",
      "Backlog",
    ],
    rows: () =>
      points.map((p, i) => [
        fmt.day(p.start),
        fmt.count(p.arrivals),
        fmt.count(p.departures),
        fmt.count(buckets[i]?.backlog),
      ]),
  };
  const nav: PointNavigation = {
    count: n,
    pointAt: (i) => ({ x: px(slots.center(i)), y: px(y(points[i]?.arrivals ?? 0)) }),
    indexAt: (px_) => slots.indexAt(px_),
    tooltipAt(i) {
      const p = points[i];
      return {
        title: p ? fmt.day(p.start) : "",
        lines: [
          { label: "Arrivals", value: fmt.count(p?.arrivals), token: "inflow" },
          { label: "Departures", value: fmt.count(p?.departures), token: "throughput" },
          { label: "Backlog", value: fmt.count(buckets[i]?.backlog), token: "backlog" },
        ],
      };
    },
  };
  return {
    width: box.width,
    height: box.height,
    arrivalsPath,
    departuresPath,
    arrivalsDots: lonePoints(xs, arrivals),
    departuresDots: lonePoints(xs, departures),
    gapPath,
    donePath,
    plot: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
    xTicks: bucketTicks(buckets, slots, fmt, unit),
    yTicks: countTicks(y, fmt.count, 4),
    summary,
    table,
    nav,
  };
}

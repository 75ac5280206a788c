import type { BucketMetrics, MetricsResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { Margin, PointNavigation, TableModel, Tick } from "../../parts/types.js";
import { slotCenters, slotScale } from "../../scale/band.js";
import { visibleOf } from "../../scale/decimate.js";
import { linearScale, niceMax, pixelsOf, px } from "../../scale/linear.js";
import { areaPathAt, coord, linePathAt, lonePoints } from "../../scale/path.js";
import {
  bucketTicks,
  countLabels,
  countTicks,
  marginFor,
  maxOf,
  num,
  plotArea,
  rangeWords,
  statusLabel,
  statusWords,
} from "../common.js";

/** Options of {@link backlogTrendModel}. */
export interface BacklogTrendOptions extends LocaleOptions {
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** The geometry and text of a backlog trend. */
export interface BacklogTrendModel {
  width: number;
  height: number;
  /** The level, one line through each bucket's `backlog`. */
  backlogPath: string;
  /** Buckets whose level has no neighbour to draw a line to (one bucket, or one between gaps). */
  backlogDots: { x: number; y: number }[];
  /** The healthy band `[bandLow, bandHigh]` as a shaded area; gaps where there is no band. */
  bandPath: string;
  /** Markers of buckets above the band (triangles pointing up) and below it (pointing down). */
  abovePath: string;
  belowPath: string;
  aboveCount: number;
  belowCount: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  summary: string;
  table: TableModel;
  nav: PointNavigation;
}

const MARGIN: Margin = { top: 12, right: 16, bottom: 28, left: 52 };

/**
 * The level over time with the healthy band: draws each bucket's `backlog`,
 * `bandLow`, `bandHigh` and `status`. Buckets without a band (no capacity yet)
 * leave a gap in the band, never a made-up one.
 *
 * @example backlogTrendModel(result, { width: 640, height: 260 }).aboveCount
 */
export function backlogTrendModel(
  result: MetricsResult,
  options: BacklogTrendOptions,
): BacklogTrendModel {
  const fmt = createFormatter({
    locale: options.locale,
    timeZone: options.timeZone ?? result.timeZone,
  });
  const buckets = result.buckets as BucketMetrics[];
  const n = buckets.length;
  const top = niceMax(
    Math.max(
      maxOf(buckets, (b) => b.backlog),
      maxOf(buckets, (b) => b.bandHigh),
    ) * 1.05,
    4,
  );
  const margin = marginFor(MARGIN, options.margin, countLabels(top, fmt.count, 4));
  const box = plotArea(options.width, options.height, margin);
  const slots = slotScale(n, box.left, box.right);
  const y = linearScale([0, top], [box.bottom, box.top]);
  const x = (i: number) => px(slots.center(i));
  const xs = slotCenters(slots);
  const levels = pixelsOf(buckets, (b) => b.backlog, y);
  const hasBand = (b: BucketMetrics) => num(b.bandLow) !== null && num(b.bandHigh) !== null;
  const lows = pixelsOf(buckets, (b) => (hasBand(b) ? b.bandLow : null), y);
  const highs = pixelsOf(buckets, (b) => (hasBand(b) ? b.bandHigh : null), y);
  const backlogPath = linePathAt(visibleOf(xs, levels), xs, levels);
  // A band over one bucket (alone, or between buckets without capacity) spans its slot.
  const bandPath = areaPathAt(visibleOf(xs, highs), xs, lows, highs, Math.max(3, slots.step / 2));
  const s = Math.max(2.5, Math.min(5, slots.step / 2));
  const rise = coord(s * 1.7);
  const tip = `l${coord(s)},`;
  const base = `h${coord(-2 * s)}Z`;
  let abovePath = "";
  let belowPath = "";
  let aboveCount = 0;
  let belowCount = 0;
  let lastAbove = Number.NaN;
  let lastBelow = Number.NaN;
  for (let i = 0; i < n; i++) {
    const status = (buckets[i] as BucketMetrics).status;
    if (status !== "above" && status !== "below") continue;
    const cx = px(xs[i] as number);
    // One marker per kind per 2 px is all the eye can see; the table lists every bucket.
    const column = Math.floor(cx / 2);
    if (status === "above") {
      aboveCount++;
      if (column === lastAbove) continue;
      lastAbove = column;
      const cy = px(Number.isFinite(levels[i]) ? (levels[i] as number) : box.bottom);
      abovePath += `M${coord(cx)},${coord(cy - s * 2.4)}${tip}${rise}${base}`;
    } else {
      belowCount++;
      if (column === lastBelow) continue;
      lastBelow = column;
      const cy = px(Number.isFinite(levels[i]) ? (levels[i] as number) : box.bottom);
      // Never below the plot, where the dates are (a backlog of 0 sits on its floor).
      const under = Math.min(cy + s * 2.4, box.bottom - 1);
      belowPath += `M${coord(cx)},${coord(under)}${tip}-${rise}${base}`;
    }
  }
  const unit = result.bucket;
  const last = buckets[n - 1];
  const summary = !last
    ? "Backlog: no data."
    : `Backlog by ${unit}, ${rangeWords(buckets, fmt)}. On ${fmt.day(last.start)}: ` +
      `${fmt.count(last.backlog)} open, ${statusWords(last.status).toLowerCase()}` +
      (last.bandLow !== null && last.bandHigh !== null
        ? ` (${fmt.bandLimits(last.bandLow, last.bandHigh).join("–")})`
        : "") +
      `. ${fmt.count(aboveCount)} ${unit}s above the band, ${fmt.count(belowCount)} below.`;
  const table: TableModel = {
    caption: `Backlog and healthy band by ${unit}`,
    columns: [
      `${unit[0]?.toUpperCase()}${unit.slice(1)} starting`,
      "Backlog",
      "Band low",
      "Band high",
      "Days of work",
      "Status",
    ],
    rows: () =>
      buckets.map((b) => [
        fmt.day(b.start),
        fmt.count(b.backlog),
        ...fmt.bandLimits(b.bandLow, b.bandHigh),
        fmt.decimal(b.backlogDays),
        statusLabel(b.status),
      ]),
  };
  const nav: PointNavigation = {
    count: n,
    pointAt: (i) => ({ x: x(i), y: px(y(buckets[i]?.backlog ?? 0)) }),
    indexAt: (px_) => slots.indexAt(px_),
    tooltipAt(i) {
      const b = buckets[i];
      return {
        title: b ? fmt.day(b.start) : "",
        lines: [
          { label: "Backlog", value: fmt.count(b?.backlog), token: "backlog" },
          {
            label: "Healthy band",
            value: b && b.bandLow !== null ? fmt.bandLimits(b.bandLow, b.bandHigh).join("–") : "–",
            token: "band",
          },
          { label: "Status", value: statusLabel(b?.status ?? null) },
        ],
      };
    },
  };
  return {
    width: box.width,
    height: box.height,
    backlogPath,
    backlogDots: lonePoints(xs, levels),
    bandPath,
    abovePath,
    belowPath,
    aboveCount,
    belowCount,
    plot: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
    xTicks: bucketTicks(buckets, slots, fmt, unit),
    yTicks: countTicks(y, fmt.count, 4),
    summary,
    table,
    nav,
  };
}

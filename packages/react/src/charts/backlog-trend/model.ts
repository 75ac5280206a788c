import type { BucketMetrics, MetricsResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { Margin, PointNavigation, TableModel, Tick } from "../../parts/types.js";
import { slotScale } from "../../scale/band.js";
import { visibleIndices } from "../../scale/decimate.js";
import { linearScale, niceMax, px } from "../../scale/linear.js";
import { areaPath, linePath } from "../../scale/path.js";
import {
  bucketTicks,
  maxOf,
  num,
  plotArea,
  rangeWords,
  statusLabel,
  statusWords,
  valueTicks,
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
  const box = plotArea(options.width, options.height, { ...MARGIN, ...options.margin });
  const buckets = result.buckets as BucketMetrics[];
  const n = buckets.length;
  const slots = slotScale(n, box.left, box.right);
  const top = Math.max(
    maxOf(buckets, (b) => b.backlog),
    maxOf(buckets, (b) => b.bandHigh),
  );
  const y = linearScale([0, niceMax(top * 1.05, 4)], [box.bottom, box.top]);
  const x = (i: number) => px(slots.center(i));
  const hasLevel = (i: number) => num(buckets[i]?.backlog) !== null;
  const level = (i: number) => y(buckets[i]?.backlog ?? 0);
  const low = (i: number) => y(buckets[i]?.bandLow ?? 0);
  const high = (i: number) => y(buckets[i]?.bandHigh ?? 0);
  const hasBand = (i: number) =>
    num(buckets[i]?.bandLow) !== null && num(buckets[i]?.bandHigh) !== null;
  const backlogPath = linePath(
    visibleIndices(n, slots.center, level, hasLevel),
    x,
    level,
    hasLevel,
  );
  const bandPath = areaPath(visibleIndices(n, slots.center, high, hasBand), x, low, high, hasBand);
  const s = Math.max(2.5, Math.min(5, slots.step / 2));
  let abovePath = "";
  let belowPath = "";
  let aboveCount = 0;
  let belowCount = 0;
  let lastAbove = Number.NaN;
  let lastBelow = Number.NaN;
  buckets.forEach((b, i) => {
    if (b.status !== "above" && b.status !== "below") return;
    const cx = x(i);
    // One marker per kind per 2 px is all the eye can see; the table lists every bucket.
    const column = Math.floor(cx / 2);
    if (b.status === "above" ? column === lastAbove : column === lastBelow) {
      if (b.status === "above") aboveCount++;
      else belowCount++;
      return;
    }
    if (b.status === "above") lastAbove = column;
    else lastBelow = column;
    const cy = px(y(b.backlog));
    if (b.status === "above") {
      aboveCount++;
      abovePath += `M${cx},${px(cy - s * 2.4)}l${s},${px(s * 1.7)}h${px(-2 * s)}Z`;
    } else {
      belowCount++;
      belowPath += `M${cx},${px(cy + s * 2.4)}l${s},${px(-s * 1.7)}h${px(-2 * s)}Z`;
    }
  });
  const unit = result.bucket;
  const last = buckets[n - 1];
  const summary = !last
    ? "Backlog: no data."
    : `Backlog by ${unit}, ${rangeWords(buckets, fmt)}. On ${fmt.day(last.start)}: ` +
      `${fmt.count(last.backlog)} open, ${statusWords(last.status).toLowerCase()}` +
      (last.bandLow !== null && last.bandHigh !== null
        ? ` (${fmt.count(last.bandLow)}–${fmt.count(last.bandHigh)})`
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
        fmt.count(b.bandLow),
        fmt.count(b.bandHigh),
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
            value:
              b && b.bandLow !== null ? `${fmt.count(b.bandLow)}–${fmt.count(b.bandHigh)}` : "–",
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
    bandPath,
    abovePath,
    belowPath,
    aboveCount,
    belowCount,
    plot: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
    xTicks: bucketTicks(buckets, slots, fmt, unit),
    yTicks: valueTicks(y, fmt.count, 4),
    summary,
    table,
    nav,
  };
}

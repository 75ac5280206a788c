import type { BandStatus, BucketMetrics, BucketUnit } from "@tidemark/core";
import type { Formatter } from "../format/format.js";
import { labelWidth } from "../format/label-width.js";
import type { Margin, Tick } from "../parts/types.js";
import type { SlotScale } from "../scale/band.js";
import type { LinearScale } from "../scale/linear.js";
import { linearScale, px } from "../scale/linear.js";
import { firstOfMonthIn, tickBuckets } from "../scale/tick-buckets.js";

/** The plot's box inside the margins, px; never negative. */
export interface PlotArea {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const size = (v: number | undefined, fallback: number): number =>
  typeof v === "number" && Number.isFinite(v) && v > 0 ? v : fallback;

/** The plot area for a chart of `width × height` with `margin`. */
export function plotArea(width: number, height: number, margin: Margin): PlotArea {
  const w = size(width, 640);
  const h = size(height, 240);
  const left = Math.min(margin.left, w / 2);
  const top = Math.min(margin.top, h / 2);
  return {
    width: w,
    height: h,
    left,
    top,
    right: Math.max(left + 1, w - margin.right),
    bottom: Math.max(top + 1, h - margin.bottom),
  };
}

export { size as positiveOr };

/** Where a change happened, in running text: `on the day`, `in the week`, `in the month`. */
export function inBucket(unit: BucketUnit): string {
  return unit === "day" ? "on the day" : `in the ${unit}`;
}

/** The heading of one bucket: `Day: Jun 30, 2024`, `Week of Jun 24, 2024`. */
export function bucketHeading(unit: BucketUnit, date: string): string {
  return unit === "day" ? `Day: ${date}` : `${unit === "week" ? "Week" : "Month"} of ${date}`;
}

/** Status in words, so it is never told by colour alone. */
export function statusWords(status: BandStatus | null): string {
  if (status === "above") return "Above the healthy band";
  if (status === "below") return "Below the healthy band";
  if (status === "healthy") return "Within the healthy band";
  return "No band yet";
}

/** A short status label for badges. */
export function statusLabel(status: BandStatus | null): string {
  if (status === "above") return "Above band";
  if (status === "below") return "Below band";
  if (status === "healthy") return "Healthy";
  return "No band";
}

/** The theme token of a status. */
export function statusToken(status: BandStatus | null): "above" | "below" | "healthy" | "muted" {
  return status ?? "muted";
}

/** `day`, `week`, `month`. */
export const bucketNoun = (unit: BucketUnit): string => unit;

/** Finite numbers only: anything else becomes `null`. */
export const num = (v: number | null | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

/** How many date labels fit on a bucket axis `width` px wide: one per 80 px, at least one. */
export const dateTickRoom = (width: number): number => Math.max(1, Math.floor(width / 80));

/**
 * Labels for the bucket axis: no more than one per 80 px, on the buckets of
 * a round step ({@link tickBuckets}: Mondays, the 1st of months, quarters…).
 */
export function bucketTicks(
  buckets: readonly BucketMetrics[],
  slots: SlotScale,
  fmt: Formatter,
  unit: BucketUnit,
): Tick[] {
  const n = buckets.length;
  const first = buckets[0]?.start ?? "";
  const last = buckets[n - 1]?.start ?? "";
  const multiYear = first.slice(0, 4) !== last.slice(0, 4);
  const starts = buckets.map((b) => b.start);
  const withYear = unit === "month" || (multiYear && n * slots.step > 0 && n > 60);
  const chosen = tickBuckets(starts, unit, dateTickRoom(slots.step * n));
  // Weeks ticked by month (four or more weeks apart, each holding a 1st) are
  // named for the 1st they hold: the week of Mon, Feb 26 reads "Mar 1", and
  // by month the week of Mon, Jun 28 2010 marks where July begins.
  const byMonth =
    unit === "week" &&
    chosen.length > 1 &&
    chosen.every(
      (i, k) =>
        firstOfMonthIn(starts[i] ?? "", unit) !== null &&
        (k === 0 || i - (chosen[k - 1] ?? 0) >= 4),
    );
  return chosen.map((i) => {
    const start = starts[i] ?? "";
    const date = byMonth || withYear ? (firstOfMonthIn(start, unit) ?? start) : start;
    return { pos: px(slots.center(i)), label: fmt.dayShort(date, withYear) };
  });
}

/** Labels for a count axis: whole numbers only (a count has no 0.2, which would read "0"). */
export function countTicks(scale: LinearScale, label: (v: number) => string, count = 5): Tick[] {
  return scale
    .ticks(count)
    .filter(Number.isInteger)
    .map((v) => ({ pos: px(scale(v)), label: label(v) }));
}

/** The labels {@link countTicks} gives a count axis over `[0, top]`, before its pixels are known. */
export function countLabels(top: number, label: (v: number) => string, count = 5): string[] {
  return linearScale([0, top], [0, 1]).ticks(count).filter(Number.isInteger).map(label);
}

/**
 * A chart's margin (its own, then the caller's), the left side widened to fit
 * the widest of the value axis' `labels` (11 px text set 6 px from the axis,
 * 4 px from the edge): "1,000,000" is wider than the 52 px a chart starts
 * with. A left margin the caller gave is kept as given.
 */
export function marginFor(
  base: Margin,
  given: Partial<Margin> | undefined,
  labels: readonly string[],
): Margin {
  const margin = { ...base, ...given };
  if (given?.left !== undefined) return margin;
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, labelWidth(label, 11));
  return { ...margin, left: Math.max(margin.left, Math.ceil(widest + 10)) };
}

/** The largest finite value of `f` over `items`, or 0. */
export function maxOf<T>(items: readonly T[], f: (item: T) => number | null | undefined): number {
  let m = 0;
  for (const item of items) {
    const v = f(item);
    if (typeof v === "number" && Number.isFinite(v) && v > m) m = v;
  }
  return m;
}

/** A date range in words: "Mar 1, 2024 – Mar 31, 2024". */
export function rangeWords(buckets: readonly BucketMetrics[], fmt: Formatter): string {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return "no data";
  return first === last ? fmt.day(first.start) : `${fmt.day(first.start)} – ${fmt.day(last.start)}`;
}

import type { AgingPoints, AgingResult } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import type { Margin, PointNavigation, TableModel } from "../../parts/types.js";
import { linearScale, niceMax, px } from "../../scale/linear.js";
import { plotArea } from "../common.js";

/** Options of {@link agingWorkModel}. */
export interface AgingWorkOptions extends LocaleOptions {
  width: number;
  height?: number;
  margin?: Partial<Margin>;
  /** Core's `agingPoints(log, { asOf })`: lists the oldest open tickets by name. */
  points?: AgingPoints;
  /** How many of the oldest tickets to list. Default 5. */
  oldestCount?: number;
}

/** One row: open tickets older than a threshold (or all open tickets). */
export interface AgingRow {
  label: string;
  /** The figure inside `label` (the threshold as formatted), or `""`. */
  labelFigure: string;
  /** The threshold in days; null for "all open". */
  days: number | null;
  count: number;
  /** Severity, oldest first: 0 is the oldest threshold. */
  rank: number;
  y: number;
  barWidth: number;
  valueLabel: string;
}

/** The geometry and text of the aging chart. */
export interface AgingWorkModel {
  width: number;
  height: number;
  rows: AgingRow[];
  barHeight: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Age percentiles and the oldest ticket, as text. */
  stats: { label: string; value: string }[];
  /** The oldest open tickets, oldest first (empty without `points`). */
  oldest: { id: string; age: string }[];
  summary: string;
  table: TableModel;
  nav: PointNavigation;
}

const MARGIN: Margin = { top: 8, right: 64, bottom: 8, left: 132 };
const ROW = 30;

/**
 * Open work by age from core's `aging` (or `result.aging`): how many open
 * tickets are older than each threshold, oldest first, then all open tickets.
 *
 * @example agingWorkModel(result.aging, { width: 480 }).rows[0].label // "Older than 30 days"
 */
export function agingWorkModel(aging: AgingResult, options: AgingWorkOptions): AgingWorkModel {
  const fmt = createFormatter(options);
  const thresholds = [...aging.olderThan].sort((a, b) => b.days - a.days);
  const n = thresholds.length + 1;
  const height = options.height ?? n * ROW + MARGIN.top + MARGIN.bottom;
  const box = plotArea(options.width, height, { ...MARGIN, ...options.margin });
  const step = n > 0 ? (box.bottom - box.top) / n : 0;
  const barHeight = Math.max(2, Math.min(20, step * 0.66));
  const x = linearScale([0, niceMax(aging.count, 4)], [0, box.right - box.left]);
  const dayUnit = (d: number) => `${fmt.count(d)} ${d === 1 ? "day" : "days"}`;
  const rows: AgingRow[] = [
    ...thresholds.map((t, i) => ({
      label: `Older than ${dayUnit(t.days)}`,
      labelFigure: fmt.count(t.days),
      days: t.days,
      count: t.count,
      rank: i,
    })),
    { label: "All open", labelFigure: "", days: null, count: aging.count, rank: thresholds.length },
  ].map((r, i) => ({
    ...r,
    y: px(box.top + i * step + (step - barHeight) / 2),
    barWidth: px(Math.max(0, x(r.count))),
    valueLabel: fmt.count(r.count),
  }));
  const stats = [
    { label: "Open", value: fmt.count(aging.count) },
    { label: "Median age", value: fmt.hours(aging.p50) },
    { label: "85th percentile", value: fmt.hours(aging.p85) },
    {
      label: "Oldest",
      value: aging.oldestId
        ? `${fmt.hours(aging.oldest)} (${aging.oldestId})`
        : fmt.hours(aging.oldest),
    },
  ];
  const oldest = (options.points?.ids ?? []).slice(0, options.oldestCount ?? 5).map((id, i) => ({
    id,
    age: fmt.hours(options.points?.ageHours[i] ?? null),
  }));
  const asOf = fmt.instant(aging.asOf);
  const summary =
    aging.count === 0
      ? `Open work on ${asOf}: nothing open.`
      : `Open work on ${asOf}: ${fmt.count(aging.count)} tickets open; ` +
        rows
          .slice(0, -1)
          .map((r) => `${fmt.count(r.count)} ${r.label.toLowerCase()}`)
          .join(", ") +
        (rows.length > 1 ? "; " : "") +
        `median age ${fmt.hours(aging.p50)}, oldest ${fmt.hours(aging.oldest)}.`;
  const table: TableModel = {
    caption: `Open tickets by age on ${asOf}`,
    columns: ["Age", "Open tickets"],
    rows: () => rows.map((r) => [r.label, r.valueLabel]),
  };
  const nav: PointNavigation = {
    count: rows.length,
    initial: 0,
    pointAt: (i) => ({
      x: px(box.left + (rows[i]?.barWidth ?? 0)),
      y: px((rows[i]?.y ?? 0) + barHeight / 2),
    }),
    indexAt: (_, py) =>
      step > 0 ? Math.min(rows.length - 1, Math.max(0, Math.floor((py - box.top) / step))) : -1,
    tooltipAt: (i) => ({
      title: rows[i]?.label ?? "",
      lines: [{ label: "Open tickets", value: rows[i]?.valueLabel ?? "" }],
    }),
  };
  return {
    width: box.width,
    height: box.height,
    rows,
    barHeight,
    plot: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
    stats,
    oldest,
    summary,
    table,
    nav,
  };
}

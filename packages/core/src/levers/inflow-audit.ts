import { checkOptions, checkTicketLog } from "../input-checks.js";
import type { TicketLog } from "../types.js";
import { type AuditWindow, resolveWindow, type WindowOptions, windowDates } from "./audit-range.js";
import { type AutomationCandidate, automationCandidates } from "./automation.js";
import { type AvoidableInflow, avoidableInflow } from "./avoidable.js";
import { type EmergingCategory, emergingCategories } from "./emerging.js";
import { failOption, isFiniteNumber, wholeOption } from "./errors.js";
import { countInflow, sumDays, weeklyCounts } from "./inflow-counts.js";
import { trendTest } from "./noise.js";
import { isCatchAllCategory, type TaxonomyHealth, taxonomyHealth } from "./taxonomy.js";

/** Options of {@link inflowAudit}. */
export interface InflowAuditOptions extends WindowOptions {
  /** |z| from which a change counts as beyond noise. Default 2. */
  zThreshold?: number;
  /** Least inflow in the window for a new/emerging category or an automation candidate. Default 5 and 10. */
  minEmergingCount?: number;
  minCandidateCount?: number;
  /** A ticket solved within this many hours counts as quick. Default 4. */
  quickSolveHours?: number;
}

/** One category's inflow over the window, ranked by volume. Shares 0–1. */
export interface CategoryTrend {
  /** The category; `""` for tickets without one. */
  category: string;
  count: number;
  /** Share of the window's inflow. */
  share: number;
  /** Inflow in the previous window of equal length. */
  previous: number;
  /** (count − previous) / previous; null when previous is 0. */
  growth: number | null;
  /** The change in noise units (see the docs); null when both are 0. */
  z: number | null;
  /** `up`/`down` when the change is beyond ordinary week-to-week noise. */
  change: "up" | "down" | null;
  /** Inflow per 7-day block over the baseline weeks and the window, oldest first (for a sparkline). */
  weekly: number[];
  catchAll: boolean;
}

/** The result of {@link inflowAudit}: plain data. */
export interface InflowAuditResult {
  timeZone: string;
  /** Local dates, inclusive; the previous window has the same length and ends the day before. */
  window: { from: string; to: string; days: number };
  /**
   * `covered` is false when the previous window starts before the data's
   * first day: then no category's growth, z or change is given, nor the
   * taxonomy's new and dropped categories (days before a log began are not
   * quiet days).
   */
  previous: { from: string; to: string; covered: boolean };
  /** Inflow (creations + reopenings) in the window and in the previous one. */
  total: number;
  previousTotal: number;
  categories: CategoryTrend[];
  emerging: EmergingCategory[];
  avoidable: AvoidableInflow;
  automation: AutomationCandidate[];
  taxonomy: TaxonomyHealth;
}

/**
 * The faucet, audited over a window of local days: categories ranked by
 * inflow with their trend against the previous window and whether it beats
 * ordinary weekly noise; new and emerging categories; avoidable inflow by kind
 * and category; automation candidates with their reasons; taxonomy health.
 * Counts are inflow units (creations and reopenings). An empty log or window
 * gives zero totals, empty lists and null shares.
 *
 * @example
 * const a = inflowAudit(log, { timeZone: "Europe/Paris", asOf: Date.parse("2024-04-01"), windowDays: 28 });
 * a.categories[0]; // { category: "Billing", count: 412, share: 0.18, growth: 0.25, change: "up", … }
 */
export function inflowAudit(log: TicketLog, options: InflowAuditOptions = {}): InflowAuditResult {
  checkTicketLog(log, "inflowAudit");
  options = checkOptions(options, "inflowAudit", {
    timeZone: true,
    window: true,
    asOf: true,
    windowDays: true,
    baselineWeeks: true,
    zThreshold: true,
    minEmergingCount: true,
    minCandidateCount: true,
    quickSolveHours: true,
  });
  const zThreshold = options.zThreshold ?? 2;
  if (!isFiniteNumber(zThreshold) || zThreshold <= 0)
    failOption("zThreshold", "must be a positive number, e.g. 2.");
  const quickSolveHours = options.quickSolveHours ?? 4;
  if (!isFiniteNumber(quickSolveHours) || quickSolveHours <= 0) {
    failOption("quickSolveHours", "must be a positive number of hours, e.g. 4.");
  }
  const minEmerging = wholeOption(
    "minEmergingCount",
    options.minEmergingCount,
    5,
    1,
    Number.MAX_SAFE_INTEGER,
  );
  const minCandidate = wholeOption(
    "minCandidateCount",
    options.minCandidateCount,
    10,
    1,
    Number.MAX_SAFE_INTEGER,
  );
  const timeZone = options.timeZone ?? "UTC";
  const w = resolveWindow(log, options);
  if (w === null) return emptyAudit(timeZone);
  const c = countInflow(log, w);
  const end = c.days;
  const current = c.names.map((_, s) => sumDays(c, s, c.windowStart, end));
  const previous = c.names.map((_, s) => sumDays(c, s, c.previousStart, c.windowStart));
  const baselineWeeks = c.names.map((_, s) => weeklyCounts(c, s, c.baselineStart, c.windowStart));
  const trends = c.names.map((_, s) =>
    trendTest(
      current[s] as number,
      w.previousCovered ? (previous[s] as number) : null,
      baselineWeeks[s] as number[],
      zThreshold,
    ),
  );
  const total = current.reduce((a, b) => a + b, 0);
  const categories: CategoryTrend[] = [];
  c.names.forEach((category, s) => {
    const n = current[s] as number;
    if (n === 0 && previous[s] === 0) return;
    const t = trends[s] as (typeof trends)[number];
    categories.push({
      category,
      count: n,
      share: total > 0 ? n / total : 0,
      previous: previous[s] as number,
      growth: t.growth,
      z: t.z,
      change: t.change,
      weekly: weeklyCounts(c, s, Math.min(c.baselineStart, c.windowStart - 7), end),
      catchAll: isCatchAllCategory(category),
    });
  });
  categories.sort(
    (a, b) => b.count - a.count || b.previous - a.previous || a.category.localeCompare(b.category),
  );
  return {
    timeZone,
    ...windowDates(w),
    total,
    previousTotal: previous.reduce((a, b) => a + b, 0),
    categories,
    emerging: emergingCategories({
      names: c.names,
      current,
      baseline: baselineWeeks.map((weeks) => weeks.reduce((a, b) => a + b, 0)),
      trends,
      days: w.days,
      baselineDays: 7 * (baselineWeeks[0] as number[]).length,
      minCount: minEmerging,
    }),
    avoidable: avoidableInflow(c),
    automation: automationCandidates({
      log,
      counts: c,
      current,
      trends,
      total,
      windowMs: windowMs(w),
      days: w.days,
      quickSolveHours,
      minCount: minCandidate,
    }),
    taxonomy: taxonomyHealth(c.names, current, w.previousCovered ? previous : null),
  };
}

function windowMs(w: AuditWindow): [number, number] {
  const g = w.grid;
  return [g.dayStarts[w.fromDay - g.firstDay] as number, g.dayStarts[g.dayCount] as number];
}

function emptyAudit(timeZone: string): InflowAuditResult {
  return {
    timeZone,
    window: { from: "", to: "", days: 0 },
    previous: { from: "", to: "", covered: false },
    total: 0,
    previousTotal: 0,
    categories: [],
    emerging: [],
    avoidable: avoidableInflow({
      names: [],
      byDay: new Int32Array(0),
      days: 0,
      byKind: new Int32Array(0),
      windowStart: 0,
      previousStart: 0,
      baselineStart: 0,
    }),
    automation: [],
    taxonomy: taxonomyHealth([], [], []),
  };
}

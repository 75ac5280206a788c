import { dataExtent } from "../metrics/compute.js";
import { formatDay, parseDay } from "../time/civil.js";
import { makeGrid, type TimeGrid } from "../time/grid.js";
import { WallClock } from "../time/zone.js";
import type { TicketLog } from "../types.js";
import { failOption, MAX_DAYS, wholeOption } from "./errors.js";
import { originDay } from "./series.js";

/** The window options shared by {@link inflowAudit} and the what-if. */
export interface WindowOptions {
  /** IANA zone of the local days. Default `"UTC"`. */
  timeZone?: string;
  /** The window as local dates, both inclusive (`YYYY-MM-DD`). Wins over `asOf`. */
  window?: { from: string; to: string };
  /** The window ends with the local day before the one holding `asOf` (epoch ms). Default: the data's last day. */
  asOf?: number;
  /** Length of the window ending before `asOf`, in days, cut to the days from the first ticket's on. Default 28. */
  windowDays?: number;
  /** Whole weeks before the window that set the ordinary week-to-week noise. Default 8. */
  baselineWeeks?: number;
}

/** Local day numbers of a window, the previous window of equal length, and the baseline weeks. */
export interface AuditWindow {
  clock: WallClock;
  /** First day of the window and the day after its last (exclusive). */
  fromDay: number;
  toDay: number;
  days: number;
  /** First day of the previous window (it ends at `fromDay`). */
  previousFromDay: number;
  /**
   * Whether the data covers the whole previous window: one that starts before
   * the log's first day would compare the window with days that were not quiet
   * but unrecorded.
   */
  previousCovered: boolean;
  /**
   * First day of the baseline weeks (they end at `fromDay`), never before the
   * data's first day: weeks before the log began are not quiet weeks.
   */
  baselineFromDay: number;
  /** Day grid from the earlier of baseline and previous window to `toDay`. */
  grid: TimeGrid;
}

/** Resolves the window once, up front; throws with the fix on bad options. */
export function resolveWindow(log: TicketLog, options: WindowOptions): AuditWindow | null {
  const clock = new WallClock(options.timeZone ?? "UTC");
  const baselineWeeks = wholeOption(
    "baselineWeeks",
    options.baselineWeeks,
    8,
    1,
    Math.floor(MAX_DAYS / 7),
  );
  let fromDay: number;
  let toDay: number;
  const extent = dataExtent(log);
  const dates = options.window;
  // Checked even when the window wins over them: a wrong one is a mistake to say.
  const windowDays = wholeOption("windowDays", options.windowDays, 28, 1, MAX_DAYS);
  if (dates) {
    fromDay = parseDay(dates.from);
    toDay = parseDay(dates.to) + 1;
    if (Number.isNaN(fromDay) || Number.isNaN(toDay) || toDay <= fromDay) {
      failOption(
        "window",
        'must be local dates with from ≤ to, e.g. { from: "2024-03-01", to: "2024-03-28" }.',
      );
    }
  } else {
    const origin = originDay(log, clock, options.asOf);
    if (origin === null) return null;
    toDay = origin;
    // A default window does not reach before the log began: days before the
    // first ticket were not quiet but unrecorded.
    const firstDay = extent ? clock.localDay(extent.first) : toDay - windowDays;
    fromDay = Math.max(toDay - windowDays, Math.min(firstDay, toDay - 1));
  }
  const days = toDay - fromDay;
  const previousFromDay = fromDay - days;
  const firstDataDay = extent ? clock.localDay(extent.first) : fromDay;
  const baselineFromDay = Math.max(fromDay - 7 * baselineWeeks, Math.min(firstDataDay, fromDay));
  const previousCovered = previousFromDay >= firstDataDay;
  const first = Math.min(previousFromDay, baselineFromDay);
  const grid = makeGrid(clock, first, toDay, "day", 1);
  return { clock, fromDay, toDay, days, previousFromDay, previousCovered, baselineFromDay, grid };
}

/** The window's dates for a result. */
export function windowDates(w: AuditWindow) {
  return {
    window: { from: formatDay(w.fromDay), to: formatDay(w.toDay - 1), days: w.days },
    previous: {
      from: formatDay(w.previousFromDay),
      to: formatDay(w.fromDay - 1),
      covered: w.previousCovered,
    },
  };
}

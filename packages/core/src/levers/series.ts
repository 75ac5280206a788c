import { checkOptions, checkTicketLog, type OptionNames } from "../input-checks.js";
import { computeMetrics, dataExtent } from "../metrics/compute.js";
import { formatDay, isoWeekday, parseDay } from "../time/civil.js";
import { WallClock } from "../time/zone.js";
import type { TicketLog } from "../types.js";
import { failOption, isFiniteNumber } from "./errors.js";

/**
 * A daily bathtub series: what the forecast and the what-if read. Plain data,
 * so a caller can build one from any source (another tool's export, a test).
 * All arrays have one entry per local day, starting on `firstDate`. The level
 * follows the bathtub equation, `backlog[d] = backlog[d − 1] + inflow[d] −
 * throughput[d]` from `startBacklog`, as every series {@link dailySeries}
 * builds does; the levers refuse one that does not (`invalid-input`, naming
 * the first day it fails), and one whose `timeZone` is unknown.
 */
export interface DailySeries {
  /** IANA zone whose local midnights cut the days. */
  timeZone: string;
  /** Local date of the first day, `YYYY-MM-DD`. */
  firstDate: string;
  /** Tickets open before the first day starts. */
  startBacklog: number;
  /** Creations + reopenings per day (the faucet). */
  inflow: number[];
  /** Solves per day (the drain). */
  throughput: number[];
  /** Tickets open at the end of each day (the level): the day before's, plus inflow, minus throughput. */
  backlog: number[];
}

/** Options shared by the levers that look back from a moment. */
export interface AsOfOptions {
  /** IANA zone of the local days. Default `"UTC"`. */
  timeZone?: string;
  /**
   * The moment to look from (epoch ms). History is the whole local days before
   * the local day holding `asOf`; the future starts on that day. Default: the
   * end of the data's last local day (the core never reads the clock).
   */
  asOf?: number;
}

/** Every name of {@link AsOfOptions}. */
export const AS_OF_OPTIONS: OptionNames<AsOfOptions> = { timeZone: true, asOf: true };

/** The {@link AsOfOptions} among a lever's options, for {@link dailySeries}. */
export function asOfPart(options: AsOfOptions): AsOfOptions {
  return { timeZone: options.timeZone, asOf: options.asOf };
}

const EARLIEST_AS_OF = Date.UTC(1000, 0, 1);
const LATEST_AS_OF = Date.UTC(9999, 11, 31);

/**
 * The local day number where the future starts: the day holding `asOf`, or
 * the day after the data's last day.
 */
export function originDay(log: TicketLog | null, clock: WallClock, asOf?: number): number | null {
  if (asOf !== undefined) {
    if (!isFiniteNumber(asOf) || asOf < EARLIEST_AS_OF || asOf > LATEST_AS_OF)
      failOption(
        "asOf",
        `${String(asOf)} must be epoch milliseconds between the years 1000 and 9999, e.g. Date.parse("2024-04-01T00:00:00Z").`,
      );
    return clock.localDay(asOf);
  }
  const extent = log ? dataExtent(log) : null;
  return extent ? clock.localDay(extent.last) + 1 : null;
}

/**
 * The daily series of a log over its local days from its first ticket to the
 * day before `asOf` (see {@link AsOfOptions}). An empty log gives empty arrays.
 *
 * @example dailySeries(log, { timeZone: "Europe/Paris" }).backlog.at(-1) // open at the end
 */
export function dailySeries(log: TicketLog, options: AsOfOptions = {}): DailySeries {
  checkTicketLog(log, "dailySeries");
  options = checkOptions(options, "dailySeries", AS_OF_OPTIONS);
  const timeZone = options.timeZone ?? "UTC";
  const clock = new WallClock(timeZone);
  const origin = originDay(log, clock, options.asOf);
  const extent = dataExtent(log);
  const empty = {
    timeZone,
    firstDate: "",
    startBacklog: 0,
    inflow: [],
    throughput: [],
    backlog: [],
  };
  if (origin === null || extent === null) return empty;
  const first = clock.localDay(extent.first);
  if (origin <= first) return { ...empty, firstDate: formatDay(origin) };
  const m = computeMetrics(log, { timeZone, from: formatDay(first), to: formatDay(origin - 1) });
  return {
    timeZone,
    firstDate: formatDay(first),
    startBacklog: m.startBacklog,
    inflow: m.buckets.map((b) => b.inflow),
    throughput: m.buckets.map((b) => b.throughput),
    backlog: m.buckets.map((b) => b.backlog),
  };
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of each day of a series. */
export function weekdaysOf(series: DailySeries): number[] {
  const first = parseDay(series.firstDate);
  return series.inflow.map((_, i) => isoWeekday(first + i));
}

/** The series cut to its first `days` days (a past moment seen as if it were now). */
export function truncateSeries(series: DailySeries, days: number): DailySeries {
  return {
    ...series,
    inflow: series.inflow.slice(0, days),
    throughput: series.throughput.slice(0, days),
    backlog: series.backlog.slice(0, days),
  };
}

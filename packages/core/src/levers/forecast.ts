import { checkOptions } from "../input-checks.js";
import { bandEdge } from "../metrics/band-edge.js";
import { quantileSorted } from "../metrics/summary.js";
import { formatDay, parseDay } from "../time/civil.js";
import { WallClock } from "../time/zone.js";
import type { TicketLog } from "../types.js";
import { backInBand } from "./back-in-band.js";
import { failOption, MAX_DAYS } from "./errors.js";
import {
  FORECAST_OPTIONS,
  type ForecastOptions,
  type ResolvedForecastOptions,
  resolveForecastOptions,
} from "./forecast-options.js";
import type { ForecastDay, ForecastResult } from "./forecast-types.js";
import { checkHistory, historyDays } from "./history.js";
import { refusal } from "./refusal.js";
import { asOfPart, type DailySeries, dailySeries, originDay, truncateSeries } from "./series.js";
import { checkLogOrSeries } from "./series-check.js";
import { type DayTransform, levelsOfDay, NO_LEVERS, simulateLevels } from "./simulate.js";

/**
 * Monte Carlo forecast of the backlog for the next `horizonDays` local days:
 * each run replays past days drawn by weekday (Mondays like Mondays) from the
 * last `historyDays` days, starting from today's level. Gives, per future day,
 * the p10/p50/p90 backlog (tickets), the probability of being outside the band,
 * and when the backlog gets back into the band. Seeded: the same input and seed
 * give the same fan.
 *
 * It refuses to guess: with too little history (`insufficient-history`) or
 * weeks too uneven to learn from (`unstable`) the result has no fan, only the
 * reason. An empty log is `insufficient-history`.
 *
 * @example
 * const f = forecastBacklog(log, { timeZone: "Europe/Paris", asOf: Date.parse("2024-03-04"), seed: 7 });
 * if (f.status === "ok") f.days[13].p90; // backlog two weeks out, 9 runs in 10 below this
 */
export function forecastBacklog(
  input: TicketLog | DailySeries,
  options: ForecastOptions = {},
): ForecastResult {
  checkLogOrSeries(input, "forecastBacklog");
  options = checkOptions(options, "forecastBacklog", FORECAST_OPTIONS);
  const opts = resolveForecastOptions(options);
  const series =
    "spells" in input
      ? dailySeries(input, asOfPart(options))
      : seriesBefore(input, options.asOf, options.timeZone);
  return forecastSeries(series, opts);
}

/** Throws unless `timeZone`, when given, is the series' own: its days are cut in that zone already. */
function checkSeriesZone(series: DailySeries, timeZone: string | undefined): void {
  if (timeZone !== undefined && timeZone !== series.timeZone)
    failOption(
      "timeZone",
      `"${timeZone}" is not the series' zone, "${series.timeZone}": its days were cut there; leave timeZone out, or make the series in "${timeZone}".`,
    );
}

/**
 * A series cut to the whole days before the local day of `asOf`, or, when
 * `asOf` is later, carried on to it with days when nothing came in or was
 * solved, as a log's series is (see docs/levers.md).
 */
export function seriesBefore(series: DailySeries, asOf?: number, timeZone?: string): DailySeries {
  checkSeriesZone(series, timeZone);
  if (asOf === undefined || series.firstDate === "") return series;
  const origin = originDay(null, new WallClock(series.timeZone), asOf) as number;
  const days = origin - parseDay(series.firstDate);
  const n = series.inflow.length;
  if (days <= n) return truncateSeries(series, Math.max(0, days));
  if (days - n > MAX_DAYS)
    failOption(
      "asOf",
      `is ${(days - n).toLocaleString("en-US")} days after the series ends; at most ${MAX_DAYS.toLocaleString("en-US")}.`,
    );
  const level = n > 0 ? (series.backlog[n - 1] as number) : series.startBacklog;
  const empty = new Array<number>(days - n).fill(0);
  return {
    ...series,
    inflow: [...series.inflow, ...empty],
    throughput: [...series.throughput, ...empty],
    backlog: [...series.backlog, ...empty.map(() => level)],
  };
}

/** The mean of the last `days` values (fewer if the series is shorter); null for none. */
export function trailingMean(values: readonly number[], days: number): number | null {
  const from = Math.max(0, values.length - days);
  if (values.length === from) return null;
  let sum = 0;
  for (let i = from; i < values.length; i++) sum += values[i] as number;
  return sum / (values.length - from);
}

/**
 * The forecast of a series whose last day is the last history day. `targeted`
 * and `levers` let the what-if change the drawn days; the seed is shared, so a
 * scenario differs from the baseline only by its levers.
 */
export function forecastSeries(
  series: DailySeries,
  opts: ResolvedForecastOptions,
  targeted?: readonly number[],
  levers: DayTransform = NO_LEVERS,
): ForecastResult {
  const n = series.inflow.length;
  const first = series.firstDate === "" ? null : parseDay(series.firstDate) + n;
  const history = historyDays(series, opts.historyDays, targeted);
  const check = checkHistory(history);
  const capacity = trailingMean(series.throughput, opts.capacityWindowDays);
  const refused = refusal(check, capacity, opts, first === null ? "" : formatDay(first));
  if (refused || first === null || capacity === null) return refused as ForecastResult;

  const cap = capacity * levers.capacityFactor;
  const startBacklog = n > 0 ? (series.backlog[n - 1] as number) : series.startBacklog;
  const { horizonDays: horizon, runs } = opts;
  const paths = simulateLevels(history, startBacklog, first, horizon, runs, opts.seed, levers);
  const low = bandEdge(opts.band.low, cap);
  const high = bandEdge(opts.band.high, cap);
  const days: ForecastDay[] = [];
  for (let t = 0; t < horizon; t++) {
    const levels = levelsOfDay(paths, runs, horizon, t);
    let below = 0;
    let above = 0;
    for (const v of levels) {
      if (v < low) below++;
      else if (v > high) above++;
    }
    days.push({
      date: formatDay(first + t),
      p10: quantileSorted(levels, 0.1) as number,
      p50: quantileSorted(levels, 0.5) as number,
      p90: quantileSorted(levels, 0.9) as number,
      pBelow: below / runs,
      pAbove: above / runs,
      pOutside: (below + above) / runs,
    });
  }
  return {
    status: "ok",
    firstDate: formatDay(first),
    startBacklog,
    capacity: cap,
    band: { lowDays: opts.band.low, highDays: opts.band.high, low, high },
    days,
    backInBand: backInBand(paths, runs, horizon, first, startBacklog, low, high),
    history: check,
    runs,
    seed: opts.seed,
  };
}

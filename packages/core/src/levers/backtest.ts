import { checkOptions } from "../input-checks.js";
import type { TicketLog } from "../types.js";
import { failOption, MAX_DAYS, wholeOption } from "./errors.js";
import { forecastSeries, seriesBefore } from "./forecast.js";
import {
  FORECAST_OPTIONS,
  type ForecastOptions,
  resolveForecastOptions,
} from "./forecast-options.js";
import { asOfPart, type DailySeries, dailySeries, truncateSeries } from "./series.js";
import { checkLogOrSeries } from "./series-check.js";

/** Options of {@link backtestForecast}: the forecast's, plus where to forecast from. */
export interface BacktestOptions extends ForecastOptions {
  /** Days between two forecast origins. Default 7. */
  stepDays?: number;
}

/** Coverage of the fans' p10–p90 range by the real backlog, for one group of points. */
export interface CoverageFigure {
  /** (origin, day) pairs checked. */
  points: number;
  /** Share of them inside [p10, p90] (bounds included); null for none. */
  coverage: number | null;
  /** Share under p10, and over p90; null for none. */
  under: number | null;
  over: number | null;
}

/** The result of {@link backtestForecast}: plain data. */
export interface BacktestResult extends CoverageFigure {
  /** Past days forecast from (each with a whole horizon of real data after it). */
  origins: number;
  /** Of those, how many gave a fan, and how many were refused and why. */
  forecasts: number;
  refused: { "insufficient-history": number; unstable: number };
  /**
   * Two standard errors of `coverage`: the spread of per-origin coverage over
   * the square root of the number of non-overlapping horizons. Null under 2 fans.
   */
  tolerance: number | null;
  /** Coverage by forecast week (days 1–7, 8–14, …). */
  byWeek: CoverageFigure[];
}

function figure(points: number, inside: number, under: number): CoverageFigure {
  if (points === 0) return { points, coverage: null, under: null, over: null };
  return {
    points,
    coverage: inside / points,
    under: under / points,
    over: (points - inside - under) / points,
  };
}

/** The most simulated levels a backtest takes (about 10 s here). */
const MAX_BACKTEST_LEVELS = 100_000_000;

/**
 * Forecasts from many past days and checks how often the real end-of-day
 * backlog fell inside the fan's p10–p90 range (it should be near 80%). The
 * first origin is the first day with `minHistoryDays` of history; then every
 * `stepDays`, while a whole horizon of real days follows, up to the last day
 * with inflow (after it an export holds no newer tickets, so its level is not
 * a real one). Each origin sees only the days before it. No origin gives zero points and null coverage.
 *
 * @example backtestForecast(log, { timeZone: "Europe/Rome", horizonDays: 14 }).coverage // ≈ 0.8
 */
export function backtestForecast(
  input: TicketLog | DailySeries,
  options: BacktestOptions = {},
): BacktestResult {
  checkLogOrSeries(input, "backtestForecast");
  options = checkOptions(options, "backtestForecast", { ...FORECAST_OPTIONS, stepDays: true });
  const opts = resolveForecastOptions(options);
  const step = wholeOption("stepDays", options.stepDays, 7, 1, MAX_DAYS);
  const series =
    "spells" in input
      ? dailySeries(input, asOfPart(options))
      : seriesBefore(input, options.asOf, options.timeZone);
  // After the last arrival an export holds no newer tickets: its level there is not real.
  let n = series.inflow.length;
  while (n > 0 && series.inflow[n - 1] === 0) n--;
  const horizon = opts.horizonDays;
  const weeks = Math.ceil(horizon / 7);
  const weekPoints = new Array<number>(weeks).fill(0);
  const weekInside = new Array<number>(weeks).fill(0);
  const weekUnder = new Array<number>(weeks).fill(0);
  const perOrigin: number[] = [];
  const refused = { "insufficient-history": 0, unstable: 0 };
  // Each origin simulates runs × horizon levels: past this many in all, a
  // backtest takes minutes (stepDays 1 at 20,000 runs took 44 s at 390 million).
  const planned = Math.max(0, Math.floor((n - horizon - opts.minHistoryDays) / step) + 1);
  if (planned * opts.runs * horizon > MAX_BACKTEST_LEVELS)
    failOption(
      "runs",
      `${planned.toLocaleString("en-US")} origins × ${opts.runs.toLocaleString("en-US")} runs × ${horizon} days is more than ${MAX_BACKTEST_LEVELS.toLocaleString("en-US")} simulated levels; give fewer runs or a larger stepDays.`,
    );
  let origins = 0;
  for (let o = opts.minHistoryDays; o + horizon <= n; o += step) {
    origins++;
    const f = forecastSeries(truncateSeries(series, o), opts);
    if (f.status !== "ok") {
      refused[f.status]++;
      continue;
    }
    let inside = 0;
    f.days.forEach((d, t) => {
      const real = series.backlog[o + t] as number;
      const w = Math.floor(t / 7);
      weekPoints[w]++;
      if (real < d.p10) weekUnder[w]++;
      else if (real <= d.p90) {
        weekInside[w]++;
        inside++;
      }
    });
    perOrigin.push(inside / horizon);
  }
  const total = (a: number[]) => a.reduce((s, v) => s + v, 0);
  const all = figure(total(weekPoints), total(weekInside), total(weekUnder));
  return {
    ...all,
    origins,
    forecasts: perOrigin.length,
    refused,
    tolerance: tolerance(perOrigin, step, horizon),
    byWeek: weekPoints.map((p, w) => figure(p, weekInside[w] as number, weekUnder[w] as number)),
  };
}

/** Two standard errors of the mean per-origin coverage, counting overlapping horizons once. */
function tolerance(perOrigin: number[], step: number, horizon: number): number | null {
  const k = perOrigin.length;
  if (k < 2) return null;
  const mean = perOrigin.reduce((a, b) => a + b, 0) / k;
  const sd = Math.sqrt(perOrigin.reduce((a, v) => a + (v - mean) ** 2, 0) / (k - 1));
  const independent = Math.max(1, (k * Math.min(step, horizon)) / horizon);
  return (2 * sd) / Math.sqrt(independent);
}

import { type OptionNames, shownValue } from "../input-checks.js";
import { failOption, isFiniteNumber, MAX_DAYS, wholeOption } from "./errors.js";

/**
 * The most simulated runs and days a forecast takes: their product is what it
 * holds in memory (20,000 × 730 days is 117 MB of levels at worst).
 */
export const MAX_RUNS = 20_000;
export const MAX_HORIZON_DAYS = 730;

import { AS_OF_OPTIONS, type AsOfOptions } from "./series.js";

/** Every name of {@link ForecastOptions}. */
export const FORECAST_OPTIONS: OptionNames<ForecastOptions> = {
  ...AS_OF_OPTIONS,
  horizonDays: true,
  runs: true,
  seed: true,
  band: true,
  historyDays: true,
  minHistoryDays: true,
  maxWeeklyCv: true,
  capacityWindowDays: true,
};

/** Options of {@link forecastBacklog}. Every one has a documented default. */
export interface ForecastOptions extends AsOfOptions {
  /** Days to forecast, starting with the local day holding `asOf`. Default 28. */
  horizonDays?: number;
  /** Monte Carlo runs. Default 1000. */
  runs?: number;
  /** Seed of the random source: the same seed gives the same fan. Default 1. */
  seed?: number;
  /** Healthy band in days of capacity. Default `{ low: 0.5, high: 2 }`. */
  band?: { low: number; high: number };
  /** Days of history the runs draw from (the most recent ones). Default 56 (8 weeks). */
  historyDays?: number;
  /** Fewer days of history than this: refused as `insufficient-history`. Default 28. */
  minHistoryDays?: number;
  /** Weekly inflow or throughput varying more than this (sd / mean): refused as `unstable`. Default 0.5. */
  maxWeeklyCv?: number;
  /** Days of throughput averaged into capacity (for the band). Default 28. */
  capacityWindowDays?: number;
}

export interface ResolvedForecastOptions {
  horizonDays: number;
  runs: number;
  seed: number;
  band: { low: number; high: number };
  historyDays: number;
  minHistoryDays: number;
  maxWeeklyCv: number;
  capacityWindowDays: number;
}

/** Checks forecast options once and fills in defaults; throws with the fix in the message. */
export function resolveForecastOptions(options: ForecastOptions): ResolvedForecastOptions {
  const band = checkBand(options.band === undefined ? { low: 0.5, high: 2 } : options.band);
  // The random source takes 32 bits: any other seed would be cut to one silently.
  const seed = wholeOption("seed", options.seed, 1, 0, 2 ** 32 - 1);
  const maxWeeklyCv = options.maxWeeklyCv === undefined ? 0.5 : options.maxWeeklyCv;
  if (!isFiniteNumber(maxWeeklyCv) || maxWeeklyCv <= 0) {
    failOption("maxWeeklyCv", `${shownValue(maxWeeklyCv)} must be a positive number, e.g. 0.5.`);
  }
  const historyDays = wholeOption("historyDays", options.historyDays, 56, 7, MAX_DAYS);
  const minHistoryDays = wholeOption("minHistoryDays", options.minHistoryDays, 28, 7, MAX_DAYS);
  if (historyDays < minHistoryDays)
    failOption(
      "historyDays",
      `${historyDays} days is fewer than minHistoryDays (${minHistoryDays}), so every forecast would be refused; give at least ${minHistoryDays}, or a smaller minHistoryDays where the function takes one.`,
    );
  return {
    horizonDays: wholeOption("horizonDays", options.horizonDays, 28, 1, MAX_HORIZON_DAYS),
    runs: wholeOption("runs", options.runs, 1000, 10, MAX_RUNS),
    seed,
    band,
    historyDays,
    minHistoryDays,
    maxWeeklyCv,
    capacityWindowDays: wholeOption(
      "capacityWindowDays",
      options.capacityWindowDays,
      28,
      1,
      MAX_DAYS,
    ),
  };
}

/** The most days of capacity a band edge may be: a year. Beyond, tickets would overflow to Infinity. */
export const MAX_BAND_DAYS = 365;

/** `band` when it is days of capacity with 0 ≤ low ≤ high ≤ a year; throws otherwise. */
export function checkBand(band: unknown, option = "band"): { low: number; high: number } {
  const b = band as { low?: unknown; high?: unknown } | null;
  if (
    b === null ||
    typeof b !== "object" ||
    !isFiniteNumber(b.low) ||
    !isFiniteNumber(b.high) ||
    b.low < 0 ||
    b.high < b.low ||
    b.high > MAX_BAND_DAYS
  ) {
    failOption(
      option,
      `must be days of capacity with 0 ≤ low ≤ high ≤ ${MAX_BAND_DAYS}, e.g. { low: 0.5, high: 2 }.`,
    );
  }
  return { low: b.low as number, high: b.high as number };
}

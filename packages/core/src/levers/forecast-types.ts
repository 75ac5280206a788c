import type { HistoryCheck } from "./history.js";

/** One future day of a forecast fan. Levels in tickets; probabilities 0–1. */
export interface ForecastDay {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** 10th, 50th and 90th percentile of the simulated backlog at the day's end. */
  p10: number;
  p50: number;
  p90: number;
  /** Share of runs below the band's low edge, above its high edge, and either. */
  pBelow: number;
  pAbove: number;
  pOutside: number;
}

/** When the backlog gets back into the band, if it is outside it now. */
export interface BackInBand {
  /**
   * `in-band`: it is inside now. `returns`: at least half the runs get back
   * within the horizon. `not-within`: fewer than half do.
   */
  status: "in-band" | "returns" | "not-within";
  /** Share of runs that are inside the band on some day of the horizon. */
  share: number;
  /** Dates by which 10%, 50% and 90% of runs have been back in the band; null past the horizon. */
  earliest: string | null;
  likely: string | null;
  latest: string | null;
  /** The answer in words, e.g. "back in the band between 2024-03-04 and 2024-03-18" or "not within 28 days". */
  message: string;
}

/** A forecast the history supports: a fan of percentiles per day. */
export interface ForecastFan {
  status: "ok";
  /** First forecast day, `YYYY-MM-DD` (the local day holding `asOf`). */
  firstDate: string;
  /** The level the runs start from: backlog at the end of the last history day. */
  startBacklog: number;
  /** Mean throughput per day over the capacity window before the first forecast day. */
  capacity: number;
  /** The band in days of capacity and in tickets (held at today's capacity over the horizon). */
  band: { lowDays: number; highDays: number; low: number; high: number };
  days: ForecastDay[];
  backInBand: BackInBand;
  history: HistoryCheck;
  runs: number;
  seed: number;
}

/** A forecast refused, with the reason in words: never a confident-looking fan. */
export interface ForecastRefusal {
  status: "insufficient-history" | "unstable";
  /** Why, in words a support lead can act on. */
  explanation: string;
  /** First day that would have been forecast, `YYYY-MM-DD`, or `""` without data. */
  firstDate: string;
  history: HistoryCheck;
}

/** The result of {@link forecastBacklog}. Check `status` before reading a fan. */
export type ForecastResult = ForecastFan | ForecastRefusal;

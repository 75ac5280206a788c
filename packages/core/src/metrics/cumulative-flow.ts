import { checkMetricsResult } from "../input-checks.js";
import type { MetricsResult } from "../types.js";

/** Cumulative arrivals and departures at the end of each bucket. */
export interface CumulativeFlowPoint {
  start: string;
  startMs: number;
  endMs: number;
  /** Tickets open at the range's start plus all inflow up to this bucket's end. */
  arrivals: number;
  /** All throughput up to this bucket's end. */
  departures: number;
}

/**
 * The cumulative flow diagram's two lines. Arrivals start at the range's start
 * backlog, so the vertical gap `arrivals - departures` is each bucket's backlog.
 *
 * @example cumulativeFlow(result).at(-1) // { arrivals, departures, … } of the last bucket
 */
export function cumulativeFlow(result: MetricsResult): CumulativeFlowPoint[] {
  checkMetricsResult(result, "cumulativeFlow");
  let arrivals = result.startBacklog;
  let departures = 0;
  return result.buckets.map((b) => {
    arrivals += b.inflow;
    departures += b.throughput;
    return { start: b.start, startMs: b.startMs, endMs: b.endMs, arrivals, departures };
  });
}

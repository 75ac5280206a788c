import { type DailySeries, weekdaysOf } from "./series.js";
import type { HistoryDay } from "./simulate.js";

/**
 * What the history behind a forecast looks like, and whether it is fit to
 * forecast from. Weekly figures use whole 7-day blocks counted back from the
 * last history day.
 */
export interface HistoryCheck {
  /** Days of history used. */
  days: number;
  /** Whole weeks in it. */
  weeks: number;
  /** Mean inflow per day, tickets; null without history. */
  meanInflow: number | null;
  /** Mean throughput per day, tickets; null without history. */
  meanThroughput: number | null;
  /** Coefficient of variation (sd / mean) of weekly inflow; null under 2 weeks or no inflow. */
  weeklyInflowCv: number | null;
  /** Same for weekly throughput. */
  weeklyThroughputCv: number | null;
}

/** The last `days` days of a series as history days (weekday, inflow, throughput). */
export function historyDays(
  series: DailySeries,
  days: number,
  targeted?: readonly number[],
): HistoryDay[] {
  const weekdays = weekdaysOf(series);
  const from = Math.max(0, series.inflow.length - days);
  const out: HistoryDay[] = [];
  for (let i = from; i < series.inflow.length; i++) {
    out.push({
      weekday: weekdays[i] as number,
      inflow: series.inflow[i] as number,
      throughput: series.throughput[i] as number,
      targeted: targeted ? (targeted[i] as number) : 0,
    });
  }
  return out;
}

function cv(values: number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (mean === 0) return null;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / mean;
}

/** Sums of whole 7-day blocks, counted back from the end. */
export function weeklySums(values: readonly number[]): number[] {
  const sums: number[] = [];
  for (let end = values.length; end - 7 >= 0; end -= 7) {
    let s = 0;
    for (let i = end - 7; i < end; i++) s += values[i] as number;
    sums.unshift(s);
  }
  return sums;
}

/** Summary and stability figures of a run of history days. */
export function checkHistory(history: readonly HistoryDay[]): HistoryCheck {
  const n = history.length;
  const inflow = history.map((d) => d.inflow);
  const throughput = history.map((d) => d.throughput);
  const weeksIn = weeklySums(inflow);
  return {
    days: n,
    weeks: weeksIn.length,
    meanInflow: n > 0 ? inflow.reduce((a, b) => a + b, 0) / n : null,
    meanThroughput: n > 0 ? throughput.reduce((a, b) => a + b, 0) / n : null,
    weeklyInflowCv: cv(weeksIn),
    weeklyThroughputCv: cv(weeklySums(throughput)),
  };
}

import { createRandom } from "../sample/random.js";
import { isoWeekday } from "../time/civil.js";

/** One day of history the simulation can draw: what came in and what went out. */
export interface HistoryDay {
  weekday: number;
  inflow: number;
  throughput: number;
  /** The part of `inflow` a deflection lever acts on (0 without one). */
  targeted: number;
}

/** How the levers change a drawn day; identity when absent. */
export interface DayTransform {
  /** Share of the targeted inflow taken away, 0–1. */
  deflectShare: number;
  /** Factor on throughput (1 = as in history). */
  capacityFactor: number;
}

export const NO_LEVERS: DayTransform = { deflectShare: 0, capacityFactor: 1 };

/**
 * Monte Carlo paths of the level. Each future day draws one past day of the
 * same weekday (Mondays like Mondays) and takes its inflow and throughput
 * together (a busy day keeps its busy drain); the level never goes below zero.
 *
 * A double bootstrap: each run first draws its own history, the past weeks
 * resampled with replacement, and then replays days from it. Runs thus
 * disagree about the typical week as much as a few weeks of history allow;
 * replaying one fixed history would treat its average as certain and give
 * fans too narrow at longer horizons (the backtest shows it).
 *
 * Returns `runs × horizon` levels, run-major.
 */
export function simulateLevels(
  history: readonly HistoryDay[],
  startLevel: number,
  firstFutureDay: number,
  horizon: number,
  runs: number,
  seed: number,
  levers: DayTransform = NO_LEVERS,
): Float64Array {
  // Each weekday's past days, most recent first.
  const pools: number[][] = [[], [], [], [], [], [], [], []];
  for (let i = history.length - 1; i >= 0; i--) {
    (pools[(history[i] as HistoryDay).weekday] as number[]).push(i);
  }
  const poolOf: number[][] = [];
  let weeks = Number.POSITIVE_INFINITY;
  for (let t = 0; t < horizon; t++) {
    const pool = pools[isoWeekday(firstFutureDay + t)] as number[];
    poolOf.push(pool);
    weeks = Math.min(weeks, pool.length);
  }
  if (!(weeks >= 1)) throw new Error("simulateLevels needs every weekday in its history");
  const random = createRandom(seed);
  const out = new Float64Array(runs * horizon);
  const keep = 1 - levers.deflectShare;
  const own = new Int32Array(weeks);
  for (let r = 0; r < runs; r++) {
    for (let w = 0; w < weeks; w++) own[w] = random.int(weeks);
    let level = startLevel;
    for (let t = 0; t < horizon; t++) {
      const pool = poolOf[t] as number[];
      const d = history[pool[own[random.int(weeks)] as number] as number] as HistoryDay;
      const inflow = d.inflow - d.targeted + keep * d.targeted;
      level = Math.max(0, level + inflow - d.throughput * levers.capacityFactor);
      out[r * horizon + t] = level;
    }
  }
  return out;
}

/** The `runs` levels of future day `t`, sorted ascending. */
export function levelsOfDay(
  paths: Float64Array,
  runs: number,
  horizon: number,
  t: number,
): Float64Array {
  const day = new Float64Array(runs);
  for (let r = 0; r < runs; r++) day[r] = paths[r * horizon + t] as number;
  return day.sort();
}

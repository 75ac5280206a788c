import { isoWeekday } from "../time/civil.js";
import type { HistoryDay } from "./simulate.js";

/** How the runs end on the target day at one capacity (tickets solved a day): runs below, inside and above the band. */
export interface BandCounts {
  capacity: number;
  below: number;
  inside: number;
  above: number;
}

/** The capacity found, and whether more than half the runs are inside the band with it. */
export interface CapacitySearch {
  counts: BandCounts;
  likely: boolean;
}

/**
 * The mean daily throughput the runs replay over the `horizon` days from
 * `firstDay`, before any capacity factor: per day, the mean of the days of
 * its weekday that `simulateLevels` draws from (the most recent `weeks` of
 * each weekday, `weeks` being the fewest any horizon weekday has). 0 when the
 * history lacks a weekday.
 */
export function replayedThroughput(
  history: readonly HistoryDay[],
  firstDay: number,
  horizon: number,
): number {
  const pools: number[][] = [[], [], [], [], [], [], [], []];
  for (let i = history.length - 1; i >= 0; i--) {
    const d = history[i] as HistoryDay;
    (pools[d.weekday] as number[]).push(d.throughput);
  }
  let weeks = Number.POSITIVE_INFINITY;
  for (let t = 0; t < horizon; t++) {
    weeks = Math.min(weeks, (pools[isoWeekday(firstDay + t)] as number[]).length);
  }
  if (!(weeks >= 1)) return 0;
  let sum = 0;
  for (let t = 0; t < horizon; t++) {
    const pool = pools[isoWeekday(firstDay + t)] as number[];
    for (let w = 0; w < weeks; w++) sum += pool[w] as number;
  }
  return sum / weeks / horizon;
}

// Bisection stops when the bracket is this share of the capacity started
// from (a millionth of a ticket a day at 10 a day); brackets are sought
// 1/64 of it away first, then 2/64, 4/64…
const TOLERANCE = 1e-7;

/**
 * The capacity closest to `start` at which more than half of `runs` runs end
 * inside the band. `evaluate` must replay the same draws at every capacity,
 * so that a run's level falls and the band (sized to the capacity) rises as
 * capacity rises: then runs above the band only get fewer, runs below only
 * more. Going up, each step finds by bisection the least capacity at which
 * the runs above plus those already below are under half; it stops when the
 * runs below have not grown meanwhile (going down, the same with the roles
 * swapped). When neither way gets there, the capacity tried with the most
 * runs inside, `likely: false`.
 */
export function searchCapacity(
  evaluate: (capacity: number) => BandCounts,
  runs: number,
  start: number,
): CapacitySearch {
  const far = (c: BandCounts) => Math.abs(c.capacity - start);
  let best = evaluate(start);
  const tried = (capacity: number) => {
    const c = evaluate(capacity);
    if (c.inside > best.inside || (c.inside === best.inside && far(c) < far(best))) best = c;
    return c;
  };
  if (2 * best.inside > runs) return { counts: best, likely: true };
  const first = best;
  const found = [walk(tried, runs, first, 1), walk(tried, runs, first, -1)];
  const [answer] = found.filter((c): c is BandCounts => c !== null).sort((a, b) => far(a) - far(b));
  return answer ? { counts: answer, likely: true } : { counts: best, likely: false };
}

/** Up (`dir` 1) or down (−1) from `from`: see {@link searchCapacity}; null when that way fails. */
function walk(
  tried: (capacity: number) => BandCounts,
  runs: number,
  from: BandCounts,
  dir: 1 | -1,
): BandCounts | null {
  // Going up the runs above thin out, those below are held; going down the reverse.
  const thinning = (c: BandCounts) => (dir > 0 ? c.above : c.below);
  const held = (c: BandCounts) => (dir > 0 ? c.below : c.above);
  let cur = from;
  for (;;) {
    const kept = held(cur);
    const ok = (c: BandCounts) => 2 * (thinning(c) + kept) < runs;
    if (2 * kept >= runs) return null;
    // Down, the 7th probe is no capacity: band [0, 0], no run below it.
    let near = cur.capacity;
    let fit = tried(Math.max(0, cur.capacity * (1 + dir / 64)));
    for (let i = 1; !ok(fit); i++) {
      if (i === 60) return null;
      near = fit.capacity;
      fit = tried(Math.max(0, cur.capacity * (1 + (dir * 2 ** i) / 64)));
    }
    while (Math.abs(fit.capacity - near) > TOLERANCE * from.capacity) {
      const mid = tried((near + fit.capacity) / 2);
      if (ok(mid)) fit = mid;
      else near = mid.capacity;
    }
    if (2 * (fit.above + fit.below) < runs) return fit;
    cur = fit; // more runs crossed the other edge on the way: ask again with them
  }
}

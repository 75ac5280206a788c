import { dayIndexOf, type TimeGrid } from "../time/grid.js";
import type { TicketLog } from "../types.js";
import { sortKeys } from "./radix-sort.js";

/**
 * Daily flow of one log over a day grid: arrivals, reopenings and solves per
 * day, the level at each day's end and the peak level inside each day.
 *
 * `countFrom` is the first day of the range proper; the days before it are
 * history whose solves feed capacity, and whose open spells make the start level.
 */
export interface DailyFlow {
  created: Int32Array;
  reopened: Int32Array;
  solved: Int32Array;
  /** Level at the end of each day (range days only; 0 before `countFrom`). */
  level: Int32Array;
  peak: Int32Array;
  /** Spells open just before the first range day's start. */
  startLevel: number;
  /** Day of each spell's end in the grid, or -1 (open, or outside the grid). */
  endDay: Int32Array;
}

export function dailyFlow(log: TicketLog, days: TimeGrid, countFrom: number): DailyFlow {
  const n = days.dayCount;
  const created = new Int32Array(n);
  const reopened = new Int32Array(n);
  const solved = new Int32Array(n);
  const rangeFrom = days.dayStarts[countFrom];
  const rangeTo = days.dayStarts[n];
  const historyFrom = days.dayStarts[0];
  const { start, end, reopened: isReopen, size } = log.spells;
  const startDay = new Int32Array(size).fill(-1);
  const endDay = new Int32Array(size).fill(-1);
  let startLevel = 0;

  for (let k = 0; k < size; k++) {
    const s = start[k];
    const e = end[k];
    if (s < rangeFrom) {
      // An open end (NaN) fails every comparison, so it counts as still open.
      if (!(e < rangeFrom)) startLevel++;
    } else if (s < rangeTo) {
      const d = dayIndexOf(days, s);
      startDay[k] = d;
      if (isReopen[k] === 1) reopened[d]++;
      else created[d]++;
    }
    if (e >= historyFrom && e < rangeTo) {
      const d = dayIndexOf(days, e);
      endDay[k] = d;
      solved[d]++;
    }
  }

  const { level, peak } = levels(
    log,
    days,
    countFrom,
    { created, reopened, solved, startDay, endDay },
    startLevel,
  );
  return { created, reopened, solved, level, peak, startLevel, endDay };
}

/**
 * Levels and intra-day peaks. The events of each day are counting-sorted into
 * their day, then sorted by time inside it; the level is read after all the
 * events of one instant, so a solve and an arrival at the same moment never
 * make a phantom peak.
 */
function levels(
  log: TicketLog,
  days: TimeGrid,
  countFrom: number,
  c: {
    created: Int32Array;
    reopened: Int32Array;
    solved: Int32Array;
    startDay: Int32Array;
    endDay: Int32Array;
  },
  startLevel: number,
): { level: Int32Array; peak: Int32Array } {
  const n = days.dayCount;
  const offsets = new Int32Array(n + 1);
  for (let d = countFrom; d < n; d++) {
    offsets[d + 1] = offsets[d] + c.created[d] + c.reopened[d] + c.solved[d];
  }
  // Keys: milliseconds since the day's start × 2, + 1 for an opening, 0 for a solve.
  const keys = new Uint32Array(offsets[n]);
  const cursor = offsets.slice(0, n);
  const { start, end, size } = log.spells;
  const dayStarts = days.dayStarts;
  for (let k = 0; k < size; k++) {
    const sd = c.startDay[k];
    if (sd >= 0) keys[cursor[sd]++] = (start[k] - dayStarts[sd]) * 2 + 1;
    const ed = c.endDay[k];
    if (ed >= countFrom) keys[cursor[ed]++] = (end[k] - dayStarts[ed]) * 2;
  }

  const level = new Int32Array(n);
  const peak = new Int32Array(n);
  let scratch = new Uint32Array(1024);
  let current = startLevel;
  for (let d = countFrom; d < n; d++) {
    const from = offsets[d];
    const to = offsets[d + 1];
    if (to - from > scratch.length) scratch = new Uint32Array(2 * (to - from));
    const dayKeys = keys.subarray(from, to);
    sortKeys(dayKeys, scratch);
    // The level carried in is reached inside the day unless something happens at its first instant.
    let best = to > from && dayKeys[0] >>> 1 === 0 ? -1 : current;
    let i = 0;
    const m = dayKeys.length;
    while (i < m) {
      const instant = dayKeys[i] >>> 1;
      while (i < m && dayKeys[i] >>> 1 === instant) {
        current += (dayKeys[i] & 1) === 1 ? 1 : -1;
        i++;
      }
      if (current > best) best = current;
    }
    level[d] = current;
    peak[d] = best;
  }
  return { level, peak };
}

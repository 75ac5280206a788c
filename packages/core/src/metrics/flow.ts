import { dayFinder, findDay, type TimeGrid } from "../time/grid.js";
import { INFLOW_KINDS, type TicketLog } from "../types.js";
import { type SlotEvents, slotLayout, slotOf } from "./event-slots.js";
import { levels } from "./levels.js";

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
  solveDay: Int32Array;
  /** Openings (creations and reopenings) in the range, by the ticket's inflow kind. */
  openedByKind: Int32Array;
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
  const finder = dayFinder(days);
  const layout = slotLayout(days, countFrom, 2 * size);
  const openings = slotEvents(start, layout.slotCount);
  const solves = slotEvents(end, layout.slotCount);
  const solveDay = new Int32Array(size).fill(-1);
  const openedByKind = new Int32Array(INFLOW_KINDS.length);
  const { ticket } = log.spells;
  let startLevel = 0;

  for (let k = 0; k < size; k++) {
    const s = start[k];
    const e = end[k];
    if (s < rangeFrom) {
      // An open end (NaN) fails every comparison, so it counts as still open.
      if (!(e < rangeFrom)) startLevel++;
    } else if (s < rangeTo) {
      const d = findDay(finder, s);
      openings.perSlot[slotOf(layout, d, s)]++;
      if (isReopen[k] === 1) reopened[d]++;
      else created[d]++;
      openedByKind[log.inflowKind[ticket[k]]]++;
    }
    if (e >= historyFrom && e < rangeTo) {
      const d = findDay(finder, e);
      solveDay[k] = d;
      solved[d]++;
      if (d >= countFrom) solves.perSlot[slotOf(layout, d, e)]++;
    }
  }

  const { level, peak } = levels(layout, days, finder, openings, solves, startLevel);
  return { created, reopened, solved, level, peak, startLevel, solveDay, openedByKind };
}

/** Events at `time`, none counted yet. */
function slotEvents(time: Float64Array, slotCount: number): SlotEvents {
  return { time, perSlot: new Int32Array(slotCount) };
}

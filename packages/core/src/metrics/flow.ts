import { type DayFinder, dayFinder, findDay, type TimeGrid } from "../time/grid.js";
import { INFLOW_KINDS, type TicketLog } from "../types.js";
import { type SlotEvents, type SlotLayout, slotLayout, slotOf } from "./event-slots.js";
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
  /**
   * Slot of each spell's solve in the range, or -1 (open, or outside the range):
   * its day is `countFrom + (slot >> slotShift)`.
   */
  solveSlot: Int32Array;
  slotShift: number;
  /** Openings (creations and reopenings) in the range, by the ticket's inflow kind. */
  openedByKind: Int32Array;
  /** The spells open at `options.openAt`: opened before it and not solved before it. */
  openAt: Int32Array;
}

export interface FlowOptions {
  /** Whether the spells come in ascending order of their starts (as `spellExtent` finds). */
  startsInOrder: boolean;
  /** A moment whose open spells to list (for aging). */
  openAt: number;
}

export function dailyFlow(
  log: TicketLog,
  days: TimeGrid,
  countFrom: number,
  options: FlowOptions,
): DailyFlow {
  const n = days.dayCount;
  const layout = slotLayout(days, countFrom, 2 * log.spells.size);
  const c: Counts = {
    created: new Int32Array(n),
    reopened: new Int32Array(n),
    solved: new Int32Array(n),
    openedByKind: new Int32Array(INFLOW_KINDS.length),
    openings: { time: log.spells.start, perSlot: new Int32Array(layout.slotCount) },
    solves: {
      time: log.spells.end,
      perSlot: new Int32Array(layout.slotCount),
      slot: new Int32Array(log.spells.size).fill(-1),
    },
  };
  const finder = dayFinder(days);
  if (options.startsInOrder) {
    const run = rangeRun(log.spells.start, days.dayStarts[countFrom], days.dayStarts[n]);
    countOpeningsInOrder(log, layout, run, c);
  } else {
    countOpenings(log, layout, finder, c);
  }
  const { startLevel, openAt } = countSolves(log, layout, finder, options.openAt, c);
  const { level, peak } = levels(layout, days, c.openings, c.solves, startLevel);
  const { created, reopened, solved, openedByKind } = c;
  const solveSlot = c.solves.slot as Int32Array;
  return {
    created,
    reopened,
    solved,
    level,
    peak,
    startLevel,
    solveSlot,
    slotShift: layout.shift,
    openedByKind,
    openAt,
  };
}

/** What the passes over the spells count. */
interface Counts {
  created: Int32Array;
  reopened: Int32Array;
  solved: Int32Array;
  openedByKind: Int32Array;
  openings: SlotEvents;
  solves: SlotEvents;
}

/** The indexes [first, end) of ascending `starts` inside [from, to). */
function rangeRun(starts: Float64Array, from: number, to: number): { first: number; end: number } {
  return { first: lowerBound(starts, from), end: lowerBound(starts, to) };
}

function lowerBound(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Openings in the range, in any order: each one's day and slot looked up (and kept). */
function countOpenings(log: TicketLog, layout: SlotLayout, finder: DayFinder, c: Counts): void {
  const { start, reopened: isReopen, ticket, size } = log.spells;
  const { created, reopened, openedByKind } = c;
  const { inflowKind } = log;
  const perSlot = c.openings.perSlot;
  const slots = new Int32Array(size).fill(-1);
  c.openings.slot = slots;
  const from = layout.dayStarts[layout.fromDay];
  const to = finder.end;
  for (let k = 0; k < size; k++) {
    const s = start[k];
    if (s < from || s >= to) continue;
    const d = findDay(finder, s);
    const slot = slotOf(layout, d, s);
    slots[k] = slot;
    perSlot[slot]++;
    if (isReopen[k] === 1) reopened[d]++;
    else created[d]++;
    openedByKind[inflowKind[ticket[k]]]++;
  }
}

/** Openings in the range as one ascending run: a cursor walks the slots alongside. */
function countOpeningsInOrder(
  log: TicketLog,
  layout: SlotLayout,
  run: { first: number; end: number },
  c: Counts,
): void {
  const { start, reopened: isReopen, ticket } = log.spells;
  const { created, reopened, openedByKind } = c;
  const { inflowKind } = log;
  const perSlot = c.openings.perSlot;
  const { slotStart, shift, fromDay } = layout;
  let slot = 0;
  for (let k = run.first; k < run.end; k++) {
    const s = start[k];
    while (s >= slotStart[slot + 1]) slot++;
    perSlot[slot]++;
    const d = fromDay + (slot >> shift);
    if (isReopen[k] === 1) reopened[d]++;
    else created[d]++;
    openedByKind[inflowKind[ticket[k]]]++;
  }
  c.openings.run = run;
}

/**
 * Solves from the history's first day on (each one's day looked up, and its
 * slot kept when in the range); the start level, and the spells open at `at`.
 */
function countSolves(
  log: TicketLog,
  layout: SlotLayout,
  finder: DayFinder,
  at: number,
  c: Counts,
): { startLevel: number; openAt: Int32Array } {
  const { start, end, size } = log.spells;
  const { solved } = c;
  const perSlot = c.solves.perSlot;
  const slots = c.solves.slot as Int32Array;
  const rangeFrom = layout.dayStarts[layout.fromDay];
  const { origin, end: to } = finder;
  const fromDay = layout.fromDay;
  const open: number[] = [];
  let startLevel = 0;
  for (let k = 0; k < size; k++) {
    const s = start[k];
    const e = end[k];
    // An open end (NaN) fails every comparison, so it counts as still open.
    if (s < rangeFrom && !(e < rangeFrom)) startLevel++;
    if (s < at && !(e < at)) open.push(k);
    if (e >= origin && e < to) {
      const d = findDay(finder, e);
      solved[d]++;
      if (d >= fromDay) {
        const slot = slotOf(layout, d, e);
        slots[k] = slot;
        perSlot[slot]++;
      }
    }
  }
  return { startLevel, openAt: Int32Array.from(open) };
}

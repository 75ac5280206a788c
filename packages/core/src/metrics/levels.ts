import type { TimeGrid } from "../time/grid.js";
import { type SlotEvents, type SlotLayout, sortRange } from "./event-slots.js";
import { gather } from "./slot-gather.js";

/**
 * The level at the end of each range day and the peak level inside it. The
 * level is read after all the events of one instant, so a solve and an arrival
 * at the same moment never make a phantom peak; the level carried into a day
 * counts unless something happens at its first instant.
 *
 * Counts per slot settle most of it without sorting anything: the level after
 * a slot's last event is one the day surely reaches, and inside a slot the
 * level can go no higher than where it started plus the slot's openings. Only
 * the slots whose bound beats what the day surely reaches get their events
 * gathered, sorted and walked instant by instant.
 */
export function levels(
  layout: SlotLayout,
  days: TimeGrid,
  openings: SlotEvents,
  solves: SlotEvents,
  startLevel: number,
): { level: Int32Array; peak: Int32Array } {
  const level = new Int32Array(days.dayCount);
  const peak = new Int32Array(days.dayCount);
  const perDay = 1 << layout.shift;
  const open: Unsettled = { slots: [], levels: [] };
  let current = startLevel;
  for (let d = layout.fromDay; d < days.dayCount; d++) {
    const first = (d - layout.fromDay) << layout.shift;
    const day = { first, count: perDay, start: current };
    peak[d] = surelyReached(openings.perSlot, solves.perSlot, day);
    collectUnsettled(openings.perSlot, solves.perSlot, day, peak[d], open);
    for (let s = first; s < first + perDay; s++) current += openings.perSlot[s] - solves.perSlot[s];
    level[d] = current;
  }
  settle(layout, days, openings, solves, open, peak);
  return { level, peak };
}

/** The slots of one day: `count` from `first`; `start` is the level carried in. */
interface DaySlots {
  first: number;
  count: number;
  start: number;
}

/** Slots whose peak the counts leave open, with the level before each. */
interface Unsettled {
  slots: number[];
  levels: number[];
}

/**
 * The highest level the day surely reaches: after the last event of any slot
 * with events, and the level carried in if the first slot is empty (then
 * nothing happens at the day's first instant).
 */
function surelyReached(opens: Int32Array, solves: Int32Array, day: DaySlots): number {
  let level = day.start;
  let best = opens[day.first] + solves[day.first] === 0 ? level : -1;
  for (let s = day.first; s < day.first + day.count; s++) {
    level += opens[s] - solves[s];
    if (opens[s] + solves[s] > 0 && level > best) best = level;
  }
  return best;
}

/** Adds the day's slots that could top `reached` (level before + openings > reached). */
function collectUnsettled(
  opens: Int32Array,
  solves: Int32Array,
  day: DaySlots,
  reached: number,
  out: Unsettled,
): void {
  let level = day.start;
  for (let s = day.first; s < day.first + day.count; s++) {
    if (opens[s] + solves[s] > 0 && level + opens[s] > reached) {
      out.slots.push(s);
      out.levels.push(level);
    }
    level += opens[s] - solves[s];
  }
}

/** Walks the unsettled slots instant by instant and raises their days' peaks. */
function settle(
  layout: SlotLayout,
  days: TimeGrid,
  openings: SlotEvents,
  solves: SlotEvents,
  open: Unsettled,
  peak: Int32Array,
): void {
  const slots = Int32Array.from(open.slots);
  const o = gather(openings, slots);
  const c = gather(solves, slots);
  for (let i = 0; i < slots.length; i++) {
    const [a, aEnd, b, bEnd] = [o.from[i], o.from[i + 1], c.from[i], c.from[i + 1]];
    sortRange(o.times, a, aEnd);
    sortRange(c.times, b, bEnd);
    const before = open.levels[i];
    let top = slotPeak(o.times, a, aEnd, c.times, b, bEnd, before);
    const d = layout.fromDay + (slots[i] >> layout.shift);
    // A day's first slot: the level carried in counts unless an event falls on the day's start.
    if (slots[i] === (d - layout.fromDay) << layout.shift) {
      const firstInstant = Math.min(
        aEnd > a ? o.times[a] : Infinity,
        bEnd > b ? c.times[b] : Infinity,
      );
      if (firstInstant !== days.dayStarts[d] && before > top) top = before;
    }
    if (top > peak[d]) peak[d] = top;
  }
}

/**
 * Walks one slot's openings and solves (each sorted) in time order, instant by
 * instant: the highest level after any of its instants.
 */
function slotPeak(
  opens: Float64Array,
  i: number,
  openEnd: number,
  solves: Float64Array,
  j: number,
  solveEnd: number,
  level: number,
): number {
  let peak = -1;
  while (i < openEnd || j < solveEnd) {
    const t = j >= solveEnd || (i < openEnd && opens[i] < solves[j]) ? opens[i] : solves[j];
    while (i < openEnd && opens[i] === t) {
      level++;
      i++;
    }
    while (j < solveEnd && solves[j] === t) {
      level--;
      j++;
    }
    if (level > peak) peak = level;
  }
  return peak;
}

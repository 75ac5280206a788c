import type { TimeGrid } from "../time/grid.js";
import { type SlotGroups, type SlotLayout, sortRange } from "./event-slots.js";

/**
 * The level at the end of each range day and the peak level inside it, from
 * the spells' openings and solves grouped by slot. The level is read after all
 * the events of one instant, so a solve and an arrival at the same moment never
 * make a phantom peak; the level carried into a day counts unless something
 * happens at its first instant.
 */
export function levels(
  layout: SlotLayout,
  openings: SlotGroups,
  solves: SlotGroups,
  days: TimeGrid,
  startLevel: number,
): { level: Int32Array; peak: Int32Array } {
  const level = new Int32Array(days.dayCount);
  const peak = new Int32Array(days.dayCount);
  let current = startLevel;
  for (let d = layout.fromDay; d < days.dayCount; d++) {
    const first = (d - layout.fromDay) << layout.shift;
    const carried = startsWithEvent(openings, solves, first, days.dayStarts[d]) ? -1 : current;
    const settled = slotEndPeak(
      openings.offsets,
      solves.offsets,
      first,
      1 << layout.shift,
      current,
    );
    peak[d] = exactPeak(
      openings,
      solves,
      first,
      1 << layout.shift,
      current,
      Math.max(carried, settled),
    );
    current += netFlow(openings.offsets, solves.offsets, first, 1 << layout.shift);
    level[d] = current;
  }
  return { level, peak };
}

/**
 * The highest level at the end of any slot that has events: a level the day
 * surely reaches (after the slot's last instant), found without any sorting.
 */
function slotEndPeak(
  opens: Int32Array,
  solves: Int32Array,
  first: number,
  count: number,
  level: number,
): number {
  let best = -1;
  for (let s = first; s < first + count; s++) {
    const opened = opens[s + 1] - opens[s];
    const solved = solves[s + 1] - solves[s];
    level += opened - solved;
    if (opened + solved > 0 && level > best) best = level;
  }
  return best;
}

/**
 * The day's peak, given a level it surely reaches: only a slot whose openings
 * could all come before its solves and still beat that level needs its
 * instants put in order and walked.
 */
function exactPeak(
  openings: SlotGroups,
  solves: SlotGroups,
  first: number,
  count: number,
  level: number,
  reached: number,
): number {
  let best = reached;
  for (let s = first; s < first + count; s++) {
    const a = openings.offsets[s];
    const aEnd = openings.offsets[s + 1];
    const b = solves.offsets[s];
    const bEnd = solves.offsets[s + 1];
    if (level + (aEnd - a) > best) {
      const top = slotPeak(openings.times, a, aEnd, solves.times, b, bEnd, level);
      if (top > best) best = top;
    }
    level += aEnd - a - (bEnd - b);
  }
  return best;
}

function netFlow(opens: Int32Array, solves: Int32Array, first: number, count: number): number {
  return opens[first + count] - opens[first] - (solves[first + count] - solves[first]);
}

/** Whether an opening or a solve falls exactly on the day's start (always in its first slot). */
function startsWithEvent(
  openings: SlotGroups,
  solves: SlotGroups,
  slot: number,
  dayStart: number,
): boolean {
  return (
    holds(openings.times, openings.offsets[slot], openings.offsets[slot + 1], dayStart) ||
    holds(solves.times, solves.offsets[slot], solves.offsets[slot + 1], dayStart)
  );
}

function holds(a: Float64Array, from: number, to: number, t: number): boolean {
  for (let i = from; i < to; i++) if (a[i] === t) return true;
  return false;
}

/**
 * Sorts one slot's openings and solves and walks them in time order, instant
 * by instant: the highest level after any of its instants.
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
  sortRange(opens, i, openEnd);
  sortRange(solves, j, solveEnd);
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

import type { TimeGrid } from "../time/grid.js";

/**
 * Each day of the range cut into `2^shift` slots of equal length. Counting
 * the events per slot bounds the level inside each slot without putting any
 * event in order; only the few slots where the bound leaves the day's peak open
 * need their events sorted.
 */
export interface SlotLayout {
  /** First day of the range (slot 0 is its first slot). */
  fromDay: number;
  shift: number;
  /** Slots per millisecond of each day (`2^shift / day length`). */
  scale: Float64Array;
  dayStarts: Float64Array;
  slotCount: number;
}

/** About this many events per slot on average: enough to keep slots few, few enough to keep bounds tight. */
const EVENTS_PER_SLOT = 32;
const MAX_SHIFT = 12;

/** A layout for about `events` events over the days of `days` from `fromDay` on. */
export function slotLayout(days: TimeGrid, fromDay: number, events: number): SlotLayout {
  const rangeDays = days.dayCount - fromDay;
  let shift = 0;
  while (shift < MAX_SHIFT && (rangeDays << shift) * EVENTS_PER_SLOT < events) shift++;
  const scale = new Float64Array(days.dayCount);
  for (let d = fromDay; d < days.dayCount; d++) {
    // A day a zone skipped lasts 0 ms and holds no instant; its scale is never read.
    scale[d] = (1 << shift) / (days.dayStarts[d + 1] - days.dayStarts[d]);
  }
  return { fromDay, shift, scale, dayStarts: days.dayStarts, slotCount: rangeDays << shift };
}

/** The slot of instant `t` inside range day `d`, from the layout's arrays and numbers. */
export function slotIn(
  dayStarts: Float64Array,
  scale: Float64Array,
  fromDay: number,
  shift: number,
  d: number,
  t: number,
): number {
  const perDay = 1 << shift;
  // `| 0` truncates like Math.floor for this non-negative product, and keeps it an integer.
  const inDay = ((t - dayStarts[d]) * scale[d]) | 0;
  // Rounding may carry the day's last instants one slot too far.
  return ((d - fromDay) << shift) + (inDay < perDay ? inDay : perDay - 1);
}

/**
 * One kind of event (openings or solves) of every spell: its instant, its slot
 * (-1: none in the range), and how many fall in each slot of the range.
 */
export interface SlotEvents {
  time: Float64Array;
  perSlot: Int32Array;
  slot: Int32Array;
}

/** Sorts `a[from..to)` ascending in place: insertion sort for the few values of a slot. */
export function sortRange(a: Float64Array, from: number, to: number): void {
  if (to - from > 32) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= from && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

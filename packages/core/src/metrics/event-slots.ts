import type { TimeGrid } from "../time/grid.js";

/**
 * Each day of the range cut into `2^shift` slots of equal length, so that the
 * instants of a day can be put in time order by a counting sort on the slot
 * and a tiny sort inside each slot, instead of a sort of the whole day.
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

/** About this many events per slot on average: enough to keep slots few, few enough to sort by insertion. */
const EVENTS_PER_SLOT = 8;
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

/** The slot of instant `t` inside range day `d`. */
export function slotOf(layout: SlotLayout, d: number, t: number): number {
  const perDay = 1 << layout.shift;
  const inDay = Math.floor((t - layout.dayStarts[d]) * layout.scale[d]);
  // Rounding may carry the day's last instants one slot too far.
  return ((d - layout.fromDay) << layout.shift) + (inDay < perDay ? inDay : perDay - 1);
}

/** Instants grouped by slot: slot s holds `times[offsets[s] .. offsets[s + 1])`, not sorted inside. */
export interface SlotGroups {
  offsets: Int32Array;
  times: Float64Array;
}

/**
 * Groups `times[k]` by `slots[k]` (skipping -1) with a counting sort; the order
 * of `times` is kept inside each slot.
 */
export function groupBySlot(slots: Int32Array, times: Float64Array, slotCount: number): SlotGroups {
  // Slot s is counted at s + 2 so that after the prefix sums offsets[s + 1] is
  // the slot's start; placing its instants advances it to the slot's end, which
  // leaves offsets[s] at the start of slot s without a separate cursor array.
  const offsets = new Int32Array(slotCount + 2);
  const n = slots.length;
  for (let k = 0; k < n; k++) {
    const s = slots[k];
    if (s >= 0) offsets[s + 2]++;
  }
  for (let s = 2; s < slotCount + 2; s++) offsets[s] += offsets[s - 1];
  const grouped = new Float64Array(offsets[slotCount + 1]);
  for (let k = 0; k < n; k++) {
    const s = slots[k];
    if (s >= 0) grouped[offsets[s + 1]++] = times[k];
  }
  return { offsets: offsets.subarray(0, slotCount + 1), times: grouped };
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

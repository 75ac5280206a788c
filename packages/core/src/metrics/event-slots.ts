import { type DayFinder, findDay, hourOf, type TimeGrid } from "../time/grid.js";

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

/** The slot of instant `t` inside range day `d`. */
export function slotOf(layout: SlotLayout, d: number, t: number): number {
  const perDay = 1 << layout.shift;
  // `| 0` truncates like Math.floor for this non-negative product, and keeps it an integer.
  const inDay = ((t - layout.dayStarts[d]) * layout.scale[d]) | 0;
  // Rounding may carry the day's last instants one slot too far.
  return ((d - layout.fromDay) << layout.shift) + (inDay < perDay ? inDay : perDay - 1);
}

/**
 * One kind of event (openings or solves) of every spell: its instant (those
 * outside the range or NaN are not counted), and how many fall in each slot.
 */
export interface SlotEvents {
  time: Float64Array;
  perSlot: Int32Array;
}

/**
 * A few chosen slots (ascending), and a cheap first test for instants that
 * could fall in one: the hours of the day grid that any chosen slot touches.
 */
export interface SlotPick {
  slots: Int32Array;
  /** 1 + the position of each chosen slot in `slots`; 0 for the others. */
  chosen: Int32Array;
  hours: Uint8Array;
}

export function pickSlots(layout: SlotLayout, finder: DayFinder, slots: Int32Array): SlotPick {
  const chosen = new Int32Array(layout.slotCount);
  const hours = new Uint8Array(finder.hourDay.length);
  const perDay = 1 << layout.shift;
  for (let i = 0; i < slots.length; i++) {
    chosen[slots[i]] = i + 1;
    const d = layout.fromDay + (slots[i] >> layout.shift);
    const inDay = slots[i] & (perDay - 1);
    const length = 1 / layout.scale[d];
    // A millisecond of margin each side covers any rounding in slotOf.
    const first = hourOf(finder, layout.dayStarts[d] + inDay * length - 1);
    const last = hourOf(finder, layout.dayStarts[d] + (inDay + 1) * length + 1);
    hours.fill(1, Math.max(0, first), Math.min(hours.length, last + 1));
  }
  return { slots, chosen, hours };
}

/**
 * The instants of the chosen slots, copied out of the spells: slot `slots[i]`
 * holds `times[from[i] .. from[i + 1])`, in no particular order.
 */
export interface GatheredSlots {
  from: Int32Array;
  times: Float64Array;
}

/** Copies out the events of the picked slots, one pass over the spells. */
export function gather(
  events: SlotEvents,
  pick: SlotPick,
  layout: SlotLayout,
  finder: DayFinder,
): GatheredSlots {
  const { slots, chosen, hours } = pick;
  const from = new Int32Array(slots.length + 1);
  for (let i = 0; i < slots.length; i++) from[i + 1] = from[i] + events.perSlot[slots[i]];
  const cursor = from.slice(0, slots.length);
  const times = new Float64Array(from[slots.length]);
  const rangeFrom = layout.dayStarts[layout.fromDay];
  const time = events.time;
  for (let k = 0; k < time.length; k++) {
    const t = time[k];
    // Most instants fall in an hour no chosen slot touches: one table read rules them out.
    if (t >= rangeFrom && t < finder.end && hours[hourOf(finder, t)] === 1) {
      const c = chosen[slotOf(layout, findDay(finder, t), t)];
      if (c > 0) times[cursor[c - 1]++] = t;
    }
  }
  return { from, times };
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

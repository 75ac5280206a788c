import type { DayFinder } from "../time/grid.js";
import { findDay } from "../time/grid.js";
import { type SlotEvents, type SlotLayout, slotOf } from "./event-slots.js";

/**
 * The instants of a few chosen slots (ascending), copied out of the spells:
 * slot `slots[i]` holds `times[from[i] .. from[i + 1])`, in no particular order.
 */
export interface GatheredSlots {
  from: Int32Array;
  times: Float64Array;
}

/**
 * Copies out the events of the chosen slots: a binary search per slot when the
 * events are in order (slots are nondecreasing in time), else one pass over the
 * spells' slots.
 */
export function gather(
  events: SlotEvents,
  slots: Int32Array,
  layout: SlotLayout,
  finder: DayFinder,
): GatheredSlots {
  const from = new Int32Array(slots.length + 1);
  for (let i = 0; i < slots.length; i++) from[i + 1] = from[i] + events.perSlot[slots[i]];
  const times = new Float64Array(from[slots.length]);
  if (events.run) {
    for (let i = 0; i < slots.length; i++) {
      const first = firstInSlot(events.time, slots[i], events.run, layout, finder);
      times.set(events.time.subarray(first, first + from[i + 1] - from[i]), from[i]);
    }
  } else if (events.slot) {
    placeBySlot(events.slot, events.time, slots, from, times, events.perSlot.length);
  }
  return { from, times };
}

function placeBySlot(
  slotOf: Int32Array,
  time: Float64Array,
  slots: Int32Array,
  from: Int32Array,
  times: Float64Array,
  slotCount: number,
): void {
  // 1 + the position of each chosen slot; 0 for the others.
  const chosen = new Int32Array(slotCount);
  for (let i = 0; i < slots.length; i++) chosen[slots[i]] = i + 1;
  const cursor = from.slice(0, slots.length);
  for (let k = 0; k < slotOf.length; k++) {
    const s = slotOf[k];
    if (s >= 0 && chosen[s] > 0) times[cursor[chosen[s] - 1]++] = time[k];
  }
}

/** The first index in `run` of ascending `times` whose slot is `slot` or later. */
function firstInSlot(
  times: Float64Array,
  slot: number,
  run: { first: number; end: number },
  layout: SlotLayout,
  finder: DayFinder,
): number {
  let lo = run.first;
  let hi = run.end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = times[mid];
    if (slotOf(layout, findDay(finder, t), t) < slot) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import type { SlotEvents } from "./event-slots.js";

/**
 * The instants of a few chosen slots (ascending), copied out of the spells:
 * slot `slots[i]` holds `times[from[i] .. from[i + 1])`, in no particular order.
 */
export interface GatheredSlots {
  from: Int32Array;
  times: Float64Array;
}

/** Copies out the events of the chosen slots, in one pass over the spells' slots. */
export function gather(events: SlotEvents, slots: Int32Array): GatheredSlots {
  const from = new Int32Array(slots.length + 1);
  // 1 + the position of each chosen slot; 0 for the others.
  const chosen = new Int32Array(events.perSlot.length);
  for (let i = 0; i < slots.length; i++) {
    from[i + 1] = from[i] + events.perSlot[slots[i]];
    chosen[slots[i]] = i + 1;
  }
  const times = new Float64Array(from[slots.length]);
  place(events.slot, events.time, chosen, from.slice(0, slots.length), times);
  return { from, times };
}

/** The one pass: each event of a chosen slot to its slot's next place. */
function place(
  slotOf: Int32Array,
  time: Float64Array,
  chosen: Int32Array,
  cursor: Int32Array,
  times: Float64Array,
): void {
  for (let k = 0; k < slotOf.length; k++) {
    const s = slotOf[k];
    if (s >= 0 && chosen[s] > 0) times[cursor[chosen[s] - 1]++] = time[k];
  }
}

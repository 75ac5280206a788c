import { MS_PER_DAY } from "../time/civil.js";
import { offsetAt } from "../time/zone.js";

/**
 * A zone's UTC offsets over a span, as the few instants where it changes, so
 * that formatting a million timestamps needs no `Intl` call per timestamp.
 */
export interface OffsetTable {
  /** Instants at which a new offset starts, ascending; the first is -Infinity. */
  from: number[];
  /** Offset in ms in force from `from[i]`. */
  offset: number[];
}

/** The offsets of `timeZone` between `start` and `end` (epoch ms). */
export function offsetTable(timeZone: string, start: number, end: number): OffsetTable {
  const table: OffsetTable = {
    from: [Number.NEGATIVE_INFINITY],
    offset: [offsetAt(timeZone, start)],
  };
  let previous = table.offset[0] as number;
  for (let t = start; t < end; t += MS_PER_DAY) {
    const next = Math.min(t + MS_PER_DAY, end);
    const o = offsetAt(timeZone, next);
    if (o === previous) continue;
    // Zones change offset at most once a day: find the instant, to the second.
    let lo = t;
    let hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(timeZone, mid) === previous) lo = mid;
      else hi = mid;
    }
    table.from.push(hi);
    table.offset.push(o);
    previous = o;
  }
  return table;
}

/** The offset in force at `instant`. */
export function offsetOf(table: OffsetTable, instant: number): number {
  let i = table.from.length - 1;
  while (i > 0 && instant < (table.from[i] as number)) i--;
  return table.offset[i] as number;
}

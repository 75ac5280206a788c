import { dayIndexOf } from "../time/grid.js";
import { INFLOW_KINDS, type TicketLog } from "../types.js";
import type { AuditWindow } from "./audit-range.js";

/**
 * Inflow units (creations and reopenings, one per spell start) counted by
 * category and day over an audit window's grid, and by category and kind
 * inside the window. Category slot 0 is "no category"; slot c + 1 is code c.
 */
export interface InflowCounts {
  /** Category name per slot ("" for slot 0). */
  names: string[];
  /** `slots × days`, slot-major. */
  byDay: Int32Array;
  days: number;
  /** `slots × kinds` inside the window, slot-major. */
  byKind: Int32Array;
  /** Day index of the window's first day and of the previous window's in the grid. */
  windowStart: number;
  previousStart: number;
  baselineStart: number;
}

export function countInflow(log: TicketLog, w: AuditWindow): InflowCounts {
  const column = log.attributes.category;
  const slots = column.values.length + 1;
  const g = w.grid;
  const days = g.dayCount;
  const byDay = new Int32Array(slots * days);
  const byKind = new Int32Array(slots * INFLOW_KINDS.length);
  const windowStart = w.fromDay - g.firstDay;
  const { start, ticket, size } = log.spells;
  for (let k = 0; k < size; k++) {
    const d = dayIndexOf(g, start[k] as number);
    if (d < 0 || d >= days) continue;
    const t = ticket[k] as number;
    const slot = (column.codes[t] as number) + 1;
    byDay[slot * days + d]++;
    if (d >= windowStart) byKind[slot * INFLOW_KINDS.length + (log.inflowKind[t] as number)]++;
  }
  return {
    names: ["", ...column.values],
    byDay,
    days,
    byKind,
    windowStart,
    previousStart: w.previousFromDay - g.firstDay,
    baselineStart: w.baselineFromDay - g.firstDay,
  };
}

/** The sum of one slot's counts over grid days `[from, to)`. */
export function sumDays(c: InflowCounts, slot: number, from: number, to: number): number {
  let s = 0;
  for (let d = Math.max(0, from); d < to; d++) s += c.byDay[slot * c.days + d] as number;
  return s;
}

/** One slot's counts per 7-day block over `[from, to)`, blocks counted back from `to`. */
export function weeklyCounts(c: InflowCounts, slot: number, from: number, to: number): number[] {
  const weeks: number[] = [];
  for (let end = to; end - 7 >= from; end -= 7) weeks.unshift(sumDays(c, slot, end - 7, end));
  return weeks;
}

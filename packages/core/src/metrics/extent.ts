import { checkTicketLog } from "../input-checks.js";
import type { TicketLog } from "../types.js";

/**
 * The first creation and the last event of a log, and its first solve (null
 * when nothing is solved); null for an empty log.
 */
export function dataExtent(
  log: TicketLog,
): { first: number; last: number; firstSolve: number | null } | null {
  checkTicketLog(log, "dataExtent");
  if (log.size === 0) return null;
  const { start, end } = log.spells;
  const found = new Float64Array(3);
  scanSpells(start, end, found);
  let first = found[0];
  // When the spells' starts are the creations themselves (one array, as a parser
  // builds a log without events), the scan has seen every creation.
  if (start !== log.createdAt) first = Math.min(first, minimum(log.createdAt));
  const firstSolve = found[2] === Number.POSITIVE_INFINITY ? null : found[2];
  return { first, last: found[1], firstSolve };
}

/**
 * Writes the first start, the last start or end, and the first end to `found`. Hot loops like this one take and fill typed arrays
 * only: V8 then keeps their optimized code from one call to the next.
 */
function scanSpells(start: Float64Array, end: Float64Array, found: Float64Array): void {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let firstEnd = Number.POSITIVE_INFINITY;
  for (let k = 0; k < start.length; k++) {
    const s = start[k];
    const e = end[k];
    if (s < first) first = s;
    if (s > last) last = s;
    if (e > last) last = e;
    if (e < firstEnd) firstEnd = e;
  }
  found[0] = first;
  found[1] = last;
  found[2] = firstEnd;
}

function minimum(values: Float64Array): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i++) if (values[i] < min) min = values[i];
  return min;
}

import type { TicketLog } from "../types.js";

/**
 * What a log's spells span: the first creation, the last event, and whether
 * the spells come in ascending order of their starts (as a log sorted by
 * creation, without reopenings, does).
 */
export interface SpellExtent {
  first: number;
  last: number;
  startsInOrder: boolean;
}

/** The extent of a log's spells, in one pass; null for an empty log. */
export function spellExtent(log: TicketLog): SpellExtent | null {
  if (log.size === 0) return null;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let startsInOrder = true;
  let previous = Number.NEGATIVE_INFINITY;
  const { start, end, size } = log.spells;
  for (let k = 0; k < size; k++) {
    const s = start[k];
    const e = end[k];
    if (s < previous) startsInOrder = false;
    previous = s;
    if (s < first) first = s;
    if (s > last) last = s;
    if (e > last) last = e;
  }
  // When the spells' starts are the creations themselves (one array, as a parser
  // builds a log without events), the loop above has seen every creation.
  if (start !== log.createdAt) {
    for (let i = 0; i < log.size; i++) {
      const c = log.createdAt[i];
      if (c < first) first = c;
    }
  }
  return { first, last, startsInOrder };
}

import { checkAsOf, checkOptions, checkTicketLog } from "../input-checks.js";
import { ticketIdReader } from "../log/packed-ids.js";
import { MS_PER_HOUR } from "../time/civil.js";
import type { TicketLog } from "../types.js";

/** Each open ticket at a moment, oldest first. */
export interface AgingPoints {
  asOf: number;
  ids: string[];
  /** `asOf − createdAt`, hours, descending. */
  ageHours: number[];
}

/**
 * The tickets open at `asOf` (opened before it and not solved before it, as in
 * {@link aging}), oldest first: the data of a per-ticket aging chart. Nothing
 * open gives empty lists.
 *
 * @example agingPoints(log, { asOf: result.aging.asOf }).ids[0] // the oldest open ticket
 */
export function agingPoints(log: TicketLog, options: { asOf: number }): AgingPoints {
  checkTicketLog(log, "agingPoints");
  const { asOf } = checkOptions(options, "agingPoints", { asOf: true });
  checkAsOf(asOf, "agingPoints");
  const { start, end, ticket, size } = log.spells;
  const open: number[] = [];
  for (let k = 0; k < size; k++) {
    if (start[k] < asOf && !(end[k] < asOf)) open.push(ticket[k]);
  }
  open.sort((a, b) => log.createdAt[a] - log.createdAt[b] || a - b);
  return {
    asOf,
    ids: open.map(ticketIdReader(log)),
    ageHours: open.map((t) => (asOf - log.createdAt[t]) / MS_PER_HOUR),
  };
}

import { checkOptionalInstant, checkOptions, checkTicketLog } from "../input-checks.js";
import { ticketIdReader } from "../log/packed-ids.js";
import { MS_PER_HOUR } from "../time/civil.js";
import type { TicketLog } from "../types.js";

/** One dot per resolved ticket: when it was finally solved, and its lead time. */
export interface LeadTimePoints {
  ids: string[];
  /** Final solve, epoch ms, ascending. */
  resolvedAt: number[];
  /** Final solve minus creation, hours. */
  hours: number[];
}

/**
 * The resolved tickets whose final solve falls in `[from, to)` (epoch ms; both
 * optional), sorted by solve time: the data of a lead-time scatterplot.
 *
 * @example leadTimePoints(log, { from: result.range.from, to: result.range.to })
 */
export function leadTimePoints(
  log: TicketLog,
  range: { from?: number; to?: number } = {},
): LeadTimePoints {
  checkTicketLog(log, "leadTimePoints");
  range = checkOptions(range, "leadTimePoints", { from: true, to: true });
  checkOptionalInstant(range.from, "leadTimePoints", "range.from");
  checkOptionalInstant(range.to, "leadTimePoints", "range.to");
  const from = range.from ?? Number.NEGATIVE_INFINITY;
  const to = range.to ?? Number.POSITIVE_INFINITY;
  const picked: number[] = [];
  for (let i = 0; i < log.size; i++) {
    const t = log.finalSolvedAt[i];
    if (t >= from && t < to) picked.push(i);
  }
  picked.sort((a, b) => log.finalSolvedAt[a] - log.finalSolvedAt[b]);
  return {
    ids: picked.map(ticketIdReader(log)),
    resolvedAt: picked.map((i) => log.finalSolvedAt[i]),
    hours: picked.map((i) => (log.finalSolvedAt[i] - log.createdAt[i]) / MS_PER_HOUR),
  };
}

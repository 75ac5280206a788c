import {
  attributeValues,
  computeMetrics,
  filterLog,
  type LeadTimePoints,
  type LogFilter,
  leadTimePoints,
  type TicketLog,
} from "@tidemark/core";
import type { ParsedTickets, ViewModel, ViewRequest } from "./protocol";

const FILTERS = ["category", "channel", "team"] as const;

/** The values each filter offers, with ticket counts (of the whole file). */
export function filterOptions(log: TicketLog): ParsedTickets["filterOptions"] {
  return {
    category: attributeValues(log, "category"),
    channel: attributeValues(log, "channel"),
    team: attributeValues(log, "team"),
  };
}

/**
 * One dashboard view of `log`: the filters applied, the core's metrics for the
 * settings, and the lead-time points (every `stride`-th, at most `maxDots`, so
 * the scatter stays quick to draw; the percentiles come from all of them).
 * Throws the core's error for a setting it rejects.
 */
export function computeView(log: TicketLog, request: ViewRequest): ViewModel {
  const filter: LogFilter = {};
  let filtered = false;
  for (const name of FILTERS) {
    const values = request.filters[name];
    if (values && values.length > 0) {
      filter[name] = values;
      filtered = true;
    }
  }
  const tickets = filtered ? filterLog(log, filter) : log;
  const result = computeMetrics(tickets, {
    timeZone: request.timeZone,
    bucket: request.bucket,
    band: request.band,
    from: request.from ?? undefined,
    to: request.to ?? undefined,
  });
  const all = leadTimePoints(tickets, { from: result.range.from, to: result.range.to });
  const { points, stride } = thinPoints(all, request.maxDots);
  return {
    dataId: request.dataId,
    result,
    points,
    stride,
    hours: all.hours,
    ticketCount: tickets.size,
  };
}

/** At most `max` points, taken at an even stride through the solve-time order, so the cloud keeps its shape. */
export function thinPoints(
  points: LeadTimePoints,
  max: number,
): { points: LeadTimePoints; stride: number } {
  const n = points.ids.length;
  if (n <= max) return { points, stride: 1 };
  const stride = Math.ceil(n / max);
  const pick = <T>(a: T[]) => a.filter((_, i) => i % stride === 0);
  return {
    points: {
      ids: pick(points.ids),
      resolvedAt: pick(points.resolvedAt),
      hours: pick(points.hours),
    },
    stride,
  };
}

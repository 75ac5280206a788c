import {
  attributeValues,
  computeMetrics,
  dataExtent,
  filterLog,
  type LeadTimePoints,
  type LogFilter,
  leadTimePoints,
  type MetricsResult,
  type TicketLog,
} from "@tidemark/core";
import { useMemo } from "react";
import { localDate } from "../format";
import { FILTER_NAMES, type FilterName, type Settings } from "./settings";

/** Everything the dashboard draws, computed by the core from the log and the settings. */
export interface DashboardModel {
  result: MetricsResult;
  points: LeadTimePoints;
  /** Tickets after the filters. */
  ticketCount: number;
}

export type FilterOptions = Record<FilterName, { value: string; count: number }[]>;

/** The values offered by each filter, with ticket counts (of the whole file). */
export function useFilterOptions(log: TicketLog | null): FilterOptions {
  return useMemo(() => {
    const options = {} as FilterOptions;
    for (const name of FILTER_NAMES) options[name] = log ? attributeValues(log, name) : [];
    return options;
  }, [log]);
}

/** The first and last local dates of the data, in the chosen zone. */
export function useDataDays(
  log: TicketLog | null,
  timeZone: string,
): { first: string; last: string } | null {
  return useMemo(() => {
    const extent = log ? dataExtent(log) : null;
    return extent
      ? { first: localDate(extent.first, timeZone), last: localDate(extent.last, timeZone) }
      : null;
  }, [log, timeZone]);
}

/**
 * Filters the log and computes its metrics; a setting the core rejects (say,
 * `to` before `from`) comes back as `error`, with the core's message.
 */
export function useDashboard(
  log: TicketLog | null,
  settings: Settings,
): { model: DashboardModel | null; error: string | null } {
  const { timeZone, bucket, bandLow, bandHigh, from, to, filters } = settings;
  const filtered = useMemo(() => {
    if (!log) return null;
    const filter: LogFilter = {};
    let any = false;
    for (const name of FILTER_NAMES) {
      if (filters[name].length > 0) {
        filter[name] = filters[name];
        any = true;
      }
    }
    return any ? filterLog(log, filter) : log;
  }, [log, filters]);

  return useMemo(() => {
    if (!filtered) return { model: null, error: null };
    try {
      const result = computeMetrics(filtered, {
        timeZone,
        bucket,
        band: { low: bandLow, high: bandHigh },
        from: from ?? undefined,
        to: to ?? undefined,
      });
      const points = leadTimePoints(filtered, { from: result.range.from, to: result.range.to });
      return { model: { result, points, ticketCount: filtered.size }, error: null };
    } catch (error) {
      return { model: null, error: (error as Error).message };
    }
  }, [filtered, timeZone, bucket, bandLow, bandHigh, from, to]);
}

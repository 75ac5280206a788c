import { checkOptions, checkTicketLog } from "../input-checks.js";
import { parseDay } from "../time/civil.js";
import type { TicketLog } from "../types.js";
import { failOption } from "./errors.js";
import { forecastSeries, trailingMean } from "./forecast.js";
import { resolveForecastOptions } from "./forecast-options.js";
import { setUpLevers } from "./lever-setup.js";
import { dailySeries } from "./series.js";
import type { WhatIfOptions } from "./what-if-types.js";

/** Options of {@link capacityToReachBand}: the what-if's, with the date to be back in the band by. */
export interface CapacityToReachBandOptions extends Omit<WhatIfOptions, "levers" | "horizonDays"> {
  /** Local date (inclusive) by whose end the backlog should be in the band, `YYYY-MM-DD`. */
  byDate: string;
  /** Deflection and band levers to assume (capacity levers are what this answers, so they are ignored). */
  levers?: WhatIfOptions["levers"];
}

/** The capacity that brings the backlog into the band by a date. Tickets per day unless named otherwise. */
export interface CapacityToReachBandResult {
  status: "ok" | "insufficient-history" | "unstable";
  explanation: string | null;
  /** Days from the first projected day through `byDate`. */
  days: number;
  startBacklog: number | null;
  /** Mean inflow per day over the history (after deflection levers). */
  inflow: number | null;
  /** Capacity now (mean daily throughput over the last 28 days), and the capacity needed. */
  currentCapacity: number | null;
  requiredCapacity: number | null;
  /** requiredCapacity / currentCapacity − 1 (0.25 = a quarter more); null without capacity. */
  change: number | null;
  /** Agents now, throughput per agent-day, and agents needed (rounded up); null without assignees. */
  agents: number | null;
  throughputPerAgentPerDay: number | null;
  agentsNeeded: number | null;
  /** Share of Monte Carlo runs inside the band at the end of `byDate` with that capacity. */
  probabilityInBand: number | null;
  message: string;
}

/**
 * The daily throughput needed for the backlog to be inside the band at the
 * end of `byDate`, on average. With backlog L now, mean inflow λ and n days,
 * the level then is L + n(λ − μ) and the band is [low·μ, high·μ], so μ must lie
 * in [(L + nλ)/(n + high), (L + nλ)/(n + low)]; the answer is the value there
 * closest to today's capacity (no change when today's already does it). The
 * Monte Carlo check replays history with that capacity and says how often
 * the level really is in the band on that date (expect about half when the
 * capacity is just enough: it is an average).
 *
 * @example capacityToReachBand(log, { timeZone: "Europe/Paris", byDate: "2024-05-31" }).agentsNeeded // 14
 */
export function capacityToReachBand(
  log: TicketLog,
  options: CapacityToReachBandOptions,
): CapacityToReachBandResult {
  checkTicketLog(log, "capacityToReachBand");
  options = checkOptions(options, "capacityToReachBand");
  const by = parseDay(options.byDate ?? "");
  if (Number.isNaN(by)) failOption("byDate", 'must be a local date, e.g. "2024-05-31".');
  const series = dailySeries(log, options);
  const first = series.firstDate === "" ? by : parseDay(series.firstDate) + series.inflow.length;
  const days = by - first + 1;
  if (days < 1)
    failOption("byDate", `${options.byDate} must be on or after the first projected day.`);
  const opts = resolveForecastOptions({ ...options, horizonDays: days });
  const levers = (options.levers ?? []).filter((l) => l.kind !== "capacity");
  const setup = setUpLevers(log, series, levers, opts.band, opts.historyDays);
  const band = setup.applied.band;
  const base = forecastSeries(series, opts);
  const empty = {
    agents: setup.applied.agents,
    throughputPerAgentPerDay: setup.applied.throughputPerAgentPerDay,
  };
  if (base.status !== "ok") {
    return {
      status: base.status,
      explanation: base.explanation,
      days,
      startBacklog: null,
      inflow: null,
      currentCapacity: null,
      requiredCapacity: null,
      change: null,
      agentsNeeded: null,
      probabilityInBand: null,
      message: base.explanation,
      ...empty,
    };
  }
  const recent = series.inflow.slice(-opts.historyDays);
  const deflected = setup.deflected.slice(-opts.historyDays);
  const lambda = recent.reduce((s, v, i) => s + v - (deflected[i] as number), 0) / recent.length;
  const mu0 = trailingMean(series.throughput, opts.capacityWindowDays) as number;
  const L = base.startBacklog;
  const lowest = (L + days * lambda) / (days + band.high);
  const highest = band.low > 0 ? (L + days * lambda) / (days + band.low) : Number.POSITIVE_INFINITY;
  const required = Math.min(Math.max(mu0, lowest), highest);
  const check = forecastSeries(series, { ...opts, band }, setup.deflected, {
    deflectShare: 1,
    capacityFactor: required / mu0,
  });
  const lastDay = check.status === "ok" ? check.days.at(-1) : undefined;
  const change = required / mu0 - 1;
  // Today's agents scaled by the same change, so "x% more" and "n agents
  // instead of m" agree (per-agent throughput from another window would not).
  const agentsNow = setup.applied.agents;
  const agentsNeeded = agentsNow ? Math.ceil(agentsNow * (1 + change) - 1e-9) : null;
  return {
    status: "ok",
    explanation: null,
    days,
    startBacklog: L,
    inflow: lambda,
    currentCapacity: mu0,
    requiredCapacity: required,
    change,
    agentsNeeded,
    probabilityInBand: lastDay ? 1 - lastDay.pOutside : null,
    message: message(change, required, options.byDate, agentsNeeded, setup.applied.agents),
    ...empty,
  };
}

function message(
  change: number,
  required: number,
  byDate: string,
  need: number | null,
  now: number | null,
): string {
  const perDay = `${Math.round(required * 10) / 10} tickets a day`;
  if (Math.abs(change) < 0.005)
    return `Today's capacity (${perDay}) gets the backlog into the band by ${byDate}.`;
  const pct = `${Math.round(Math.abs(change) * 100)}%`;
  const agents = need !== null && now !== null ? ` (about ${need} agents instead of ${now})` : "";
  return change > 0
    ? `Solve ${perDay}, ${pct} more than now${agents}, to be in the band by ${byDate}.`
    : `The backlog would fall below the band: ${perDay}, ${pct} less than now${agents}, keeps it in the band by ${byDate}.`;
}

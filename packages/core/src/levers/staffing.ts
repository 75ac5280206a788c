import { checkOptions, checkTicketLog } from "../input-checks.js";
import { bandEdge } from "../metrics/band-edge.js";
import { parseDay } from "../time/civil.js";
import type { TicketLog } from "../types.js";
import { failOption } from "./errors.js";
import { forecastSeries } from "./forecast.js";
import { MAX_HORIZON_DAYS, resolveForecastOptions } from "./forecast-options.js";
import { historyDays } from "./history.js";
import { checkLeverList, setUpLevers } from "./lever-setup.js";
import { AS_OF_OPTIONS, asOfPart, dailySeries } from "./series.js";
import { simulateLevels } from "./simulate.js";
import { type BandCounts, searchCapacity } from "./staffing-search.js";
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
  /**
   * Capacity now (mean daily throughput over the last 28 days), and the
   * capacity needed: the mean daily throughput of the simulated runs.
   */
  currentCapacity: number | null;
  requiredCapacity: number | null;
  /** requiredCapacity / currentCapacity − 1 (0.25 = a quarter more); null without capacity. */
  change: number | null;
  /**
   * The `whatIf` capacity lever (percent) that gives this answer: `change` as
   * a percentage (100 × change), kept for callers that set the lever from it.
   * Null without capacity.
   */
  leverPercent: number | null;
  /** Agents now, throughput per agent-day, and agents needed (rounded up); null without assignees. */
  agents: number | null;
  throughputPerAgentPerDay: number | null;
  agentsNeeded: number | null;
  /**
   * Share of the Monte Carlo runs inside the band at the end of `byDate` with
   * that capacity: runs inside / runs (0.512 = 512 of 1000). Above 0.5 unless
   * `likely` is false.
   */
  probabilityInBand: number | null;
  /**
   * Shares of the runs below and above the band at the end of `byDate` with
   * that capacity. When neither is small, the runs spread past both edges:
   * no capacity can make the band likely, though the median may be inside it.
   */
  probabilityBelow: number | null;
  probabilityAbove: number | null;
  /** Whether some capacity puts more than half the runs in the band (false: none does, and the answer is the best one tried). */
  likely: boolean | null;
  message: string;
}

/**
 * The daily throughput at which the backlog is more likely than not inside
 * the band at the end of `byDate`: the one closest to today's capacity at
 * which more than half the Monte Carlo runs end that day inside the band
 * (today's when it already does). The runs are the forecast's, replaying the
 * history's days with every day's throughput scaled so that they solve that
 * many tickets a day on average; the band is sized to that capacity (it is
 * what the team's capacity would be). `probabilityInBand` is the share of
 * runs inside with it, always stated in the message; when no capacity gets
 * more than half of them inside (the days vary more than the band is wide),
 * `likely` is false and the answer is the capacity tried with the most.
 *
 * @example capacityToReachBand(log, { timeZone: "Europe/Paris", byDate: "2024-05-31" }).agentsNeeded // 14
 */
export function capacityToReachBand(
  log: TicketLog,
  options: CapacityToReachBandOptions,
): CapacityToReachBandResult {
  checkTicketLog(log, "capacityToReachBand");
  options = checkOptions(options, "capacityToReachBand", {
    ...AS_OF_OPTIONS,
    byDate: true,
    levers: true,
    runs: true,
    seed: true,
    band: true,
    historyDays: true,
    maxWeeklyCv: true,
  });
  const by = parseDay(options.byDate ?? "");
  if (Number.isNaN(by)) failOption("byDate", 'must be a local date, e.g. "2024-05-31".');
  const series = dailySeries(log, asOfPart(options));
  const first = series.firstDate === "" ? by : parseDay(series.firstDate) + series.inflow.length;
  const days = by - first + 1;
  if (days < 1)
    failOption("byDate", `${options.byDate} must be on or after the first projected day.`);
  if (days > MAX_HORIZON_DAYS)
    failOption(
      "byDate",
      `${options.byDate} is ${days.toLocaleString("en-US")} days ahead; a projection reaches ${MAX_HORIZON_DAYS} days at most.`,
    );
  const opts = resolveForecastOptions({ ...options, horizonDays: days });
  const given = options.levers ?? [];
  checkLeverList(given);
  const levers = given.filter((l) => l.kind !== "capacity");
  const setup = setUpLevers(log, series, levers, opts.band, opts.historyDays);
  const band = setup.applied.band;
  const base = forecastSeries(series, opts);
  const empty = {
    agents: setup.applied.agents,
    throughputPerAgentPerDay: setup.applied.throughputPerAgentPerDay,
  };
  const history = historyDays(series, opts.historyDays, setup.deflected);
  const solvedInHistory = history.reduce((s, d) => s + d.throughput, 0);
  if (base.status !== "ok" || solvedInHistory === 0) {
    const explanation =
      base.status !== "ok"
        ? base.explanation
        : `No ticket was solved in the ${history.length} days of history the simulation replays.`;
    return {
      status: base.status === "ok" ? "insufficient-history" : base.status,
      explanation,
      days,
      startBacklog: null,
      inflow: null,
      currentCapacity: null,
      requiredCapacity: null,
      change: null,
      leverPercent: null,
      agentsNeeded: null,
      probabilityInBand: null,
      probabilityBelow: null,
      probabilityAbove: null,
      likely: null,
      message: explanation,
      ...empty,
    };
  }
  const lambda = history.reduce((s, d) => s + d.inflow - d.targeted, 0) / history.length;
  const mu0 = base.capacity;
  const L = base.startBacklog;
  const { runs, seed } = opts;
  // A capacity C is today's scaled by C / today's, applied to every replayed
  // day as the what-if's capacity lever applies it, with the band sized on C:
  // so "x% more", the agents and the what-if lever all say one thing. (Scaling
  // to C over the days up to byDate alone would weigh those weekdays: a team
  // idle at weekends asked about a Monday read 9 agents for 18.)
  const evaluate = (capacity: number): BandCounts => {
    const factor = capacity / mu0;
    const paths = simulateLevels(history, L, first, days, runs, seed, {
      deflectShare: 1,
      capacityFactor: factor,
    });
    const low = bandEdge(band.low, capacity);
    const high = bandEdge(band.high, capacity);
    let below = 0;
    let above = 0;
    for (let r = 0; r < runs; r++) {
      const v = paths[r * days + days - 1] as number;
      if (v < low) below++;
      else if (v > high) above++;
    }
    return { capacity, below, inside: runs - below - above, above };
  };
  const { counts, likely } = searchCapacity(evaluate, runs, mu0);
  const required = counts.capacity;
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
    leverPercent: change * 100,
    agentsNeeded,
    probabilityInBand: counts.inside / runs,
    probabilityBelow: counts.below / runs,
    probabilityAbove: counts.above / runs,
    likely,
    message: message(
      change,
      required,
      options.byDate,
      agentsNeeded,
      agentsNow,
      counts,
      runs,
      likely,
    ),
    ...empty,
  };
}

function message(
  change: number,
  required: number,
  byDate: string,
  need: number | null,
  now: number | null,
  counts: BandCounts,
  runs: number,
  likely: boolean,
): string {
  const perDay = `${Math.round(required * 10) / 10} tickets a day`;
  const odds = `in ${counts.inside} of ${runs} simulated runs`;
  const pct = Math.round(Math.abs(change) * 100);
  const agents =
    need === null || now === null
      ? ""
      : need === now
        ? `, still about ${now} agents`
        : `, about ${need} agents instead of ${now}`;
  const than =
    pct === 0 ? "about as many as now" : `${pct}% ${change > 0 ? "more" : "less"} than now`;
  if (!likely) {
    // Runs on both sides: more capacity moves some in and others below.
    const spread =
      counts.below > 0 && counts.above > 0
        ? ` (the runs spread past both its edges: ${counts.below} end below it, ${counts.above} above)`
        : "";
    return `No capacity makes the band by ${byDate} more likely than not${spread}: ${perDay} (${than}${agents}) does best, only ${odds}.`;
  }
  if (change === 0)
    return `Today's capacity (${perDay}) is enough: the backlog is in the band on ${byDate} ${odds}.`;
  return `Solve ${perDay} (${than}${agents}) for the backlog to be in the band on ${byDate} more likely than not: it is ${odds}.`;
}

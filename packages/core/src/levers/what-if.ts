import { checkOptions, checkTicketLog } from "../input-checks.js";
import type { TicketLog } from "../types.js";
import { failOption } from "./errors.js";
import { forecastSeries } from "./forecast.js";
import { resolveForecastOptions } from "./forecast-options.js";
import type { ForecastFan } from "./forecast-types.js";
import { historyDays } from "./history.js";
import { setUpLevers } from "./lever-setup.js";
import { littlesLaw } from "./little.js";
import { AS_OF_OPTIONS, asOfPart, dailySeries } from "./series.js";
import type { ProjectedWeek, Projection, WhatIfOptions, WhatIfResult } from "./what-if-types.js";

/**
 * What the levers would do: the projected backlog (tickets, p10/p50/p90 per
 * day and per week), days of capacity and band status over the next weeks,
 * for the current bathtub (`baseline`) and with the levers (`scenario`). Both
 * replay the same random draws (one seed), so their difference is the levers'
 * alone. Also the expected lead time by Little's law, with its assumptions
 * checked on the history used. Refused as the forecast is (too little or too
 * unstable history), with the reason.
 *
 * @example
 * const r = whatIf(log, { timeZone: "Europe/Paris", levers: [{ kind: "deflect", category: "Password reset", share: 0.5 }, { kind: "capacity", agents: 2 }] });
 * r.scenario?.weeks[3].status; // "healthy"
 */
export function whatIf(log: TicketLog, options: WhatIfOptions): WhatIfResult {
  checkTicketLog(log, "whatIf");
  options = checkOptions(options, "whatIf", {
    ...AS_OF_OPTIONS,
    levers: true,
    horizonDays: true,
    runs: true,
    seed: true,
    band: true,
    historyDays: true,
    maxWeeklyCv: true,
  });
  // Left out, not set to undefined by a spread: whatIf's horizon is 42 days, not the forecast's 28.
  const opts = resolveForecastOptions({
    ...options,
    horizonDays: options.horizonDays === undefined ? 42 : options.horizonDays,
  });
  if (options.levers === undefined)
    failOption("levers", 'are required: [] for none, or e.g. [{ kind: "capacity", percent: 20 }].');
  const series = dailySeries(log, asOfPart(options));
  const setup = setUpLevers(log, series, options.levers, opts.band, opts.historyDays);
  const history = historyDays(series, opts.historyDays);
  const law = littlesLaw(
    series.backlog.slice(-opts.historyDays),
    history.map((d) => d.inflow),
    history.map((d) => d.throughput),
    setup.observedLeadTimeDays,
  );
  const baseline = forecastSeries(series, opts);
  const scenario = forecastSeries(series, { ...opts, band: setup.applied.band }, setup.deflected, {
    deflectShare: 1,
    capacityFactor: setup.applied.capacityFactor,
  });
  if (baseline.status !== "ok" || scenario.status !== "ok") {
    const refused = baseline.status !== "ok" ? baseline : scenario;
    return {
      status: refused.status === "ok" ? "insufficient-history" : refused.status,
      explanation: refused.status === "ok" ? null : refused.explanation,
      firstDate: refused.firstDate,
      startBacklog: null,
      baseline: null,
      scenario: null,
      applied: setup.applied,
      littlesLaw: law,
    };
  }
  const meanInflow = (deflect: boolean) => {
    const recent = history.length;
    const d = setup.deflected.slice(-recent);
    return history.reduce((s, h, i) => s + h.inflow - (deflect ? (d[i] as number) : 0), 0) / recent;
  };
  return {
    status: "ok",
    explanation: null,
    firstDate: baseline.firstDate,
    startBacklog: baseline.startBacklog,
    baseline: projection(baseline, meanInflow(false)),
    scenario: projection(scenario, meanInflow(true)),
    applied: setup.applied,
    littlesLaw: law,
  };
}

/** A fan seen as a projection: by day, by week (7-day blocks from the first day), Little's lead time. */
export function projection(fan: ForecastFan, inflow: number): Projection {
  const { capacity, band } = fan;
  const weeks: ProjectedWeek[] = [];
  for (let t = 6; t < fan.days.length; t += 7) {
    const d = fan.days[t] as ForecastFan["days"][number];
    weeks.push({
      end: d.date,
      p10: d.p10,
      p50: d.p50,
      p90: d.p90,
      backlogDays: capacity > 0 ? d.p50 / capacity : null,
      status: d.p50 < band.low ? "below" : d.p50 > band.high ? "above" : "healthy",
    });
  }
  // Little's L is a time average: the median level over the horizon's last
  // week, not its last day's, which may be a weekend's dip.
  const lastWeek = fan.days.slice(-7);
  const level = lastWeek.reduce((sum, d) => sum + d.p50, 0) / lastWeek.length;
  return {
    capacity,
    inflow,
    band,
    days: fan.days,
    weeks,
    leadTimeDays: lastWeek.length > 0 && capacity > 0 ? level / capacity : null,
  };
}

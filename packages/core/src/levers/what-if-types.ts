import type { InflowKind } from "../types.js";
import type { ForecastDay } from "./forecast-types.js";
import type { LittlesLaw } from "./little.js";
import type { AsOfOptions } from "./series.js";

/**
 * One change to try. `deflect`: take away `share` (0–1) of one category's or
 * inflow kind's arrivals (automation, self-service, better routing).
 * `capacity`: change throughput by `percent` (+20 = a fifth more) and/or by
 * `agents` (+2 = two more agents, −1 = one fewer; each adds the throughput per
 * agent seen in history). `band`: another healthy band, in days of capacity.
 */
export type WhatIfLever =
  | { kind: "deflect"; category?: string; inflowKind?: InflowKind; share: number }
  | { kind: "capacity"; percent?: number; agents?: number }
  | { kind: "band"; low: number; high: number };

/** Options of {@link whatIf}. */
export interface WhatIfOptions extends AsOfOptions {
  levers: WhatIfLever[];
  /** Days to project. Default 42 (six weeks). */
  horizonDays?: number;
  /** Monte Carlo runs and seed (as in the forecast). Defaults 1000 and 1. */
  runs?: number;
  seed?: number;
  /** The current band in days of capacity. Default `{ low: 0.5, high: 2 }`. */
  band?: { low: number; high: number };
  /** Days of history replayed, and that set agents and Little's law. Default 56. */
  historyDays?: number;
  /** Refuse when weekly inflow or throughput varies more than this (sd / mean). Default 0.5. */
  maxWeeklyCv?: number;
}

/** One week of a projection: the level at the week's last day. */
export interface ProjectedWeek {
  /** Last local date of the week, `YYYY-MM-DD`. */
  end: string;
  /** Backlog percentiles at its end, tickets. */
  p10: number;
  p50: number;
  p90: number;
  /** p50 / capacity: days of work waiting; null without capacity. */
  backlogDays: number | null;
  /** Where p50 sits against the band. */
  status: "below" | "healthy" | "above";
}

/** A projected bathtub: the current one (`baseline`) or with the levers (`scenario`). */
export interface Projection {
  /** Throughput per day, tickets. */
  capacity: number;
  /** Mean inflow per day replayed, after any deflection. */
  inflow: number;
  band: { lowDays: number; highDays: number; low: number; high: number };
  days: ForecastDay[];
  weeks: ProjectedWeek[];
  /** Little's law at the horizon's end: the median backlog's mean over the last 7 days / capacity, days; null without capacity. */
  leadTimeDays: number | null;
}

/** What the levers amount to, in the history's own units. */
export interface AppliedLevers {
  /** Tickets a day taken away by deflection, on average over the history. */
  deflectedPerDay: number;
  /** Factor on throughput (1.2 = 20% more). */
  capacityFactor: number;
  /** Distinct assignees of tickets solved in the history window, and throughput per agent-day; null without assignees. */
  agents: number | null;
  throughputPerAgentPerDay: number | null;
  band: { low: number; high: number };
}

/** The result of {@link whatIf}: both bathtubs side by side, or why there are none. */
export interface WhatIfResult {
  status: "ok" | "insufficient-history" | "unstable";
  /** Why it was refused; null when ok. */
  explanation: string | null;
  /** First projected day, `YYYY-MM-DD`. */
  firstDate: string;
  startBacklog: number | null;
  baseline: Projection | null;
  scenario: Projection | null;
  applied: AppliedLevers;
  /** Little's law on the history used, with its assumptions checked. */
  littlesLaw: LittlesLaw;
}

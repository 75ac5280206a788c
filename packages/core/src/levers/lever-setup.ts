import { describeValue, nearestName, shownValue } from "../input-checks.js";
import { filterLog } from "../log/filter.js";
import { computeMetrics } from "../metrics/compute.js";
import { formatDay, MS_PER_DAY, parseDay } from "../time/civil.js";
import { WallClock } from "../time/zone.js";
import { INFLOW_KINDS, type TicketLog } from "../types.js";
import { activeAgents } from "./agents.js";
import { failOption, isFiniteNumber } from "./errors.js";
import { MAX_BAND_DAYS } from "./forecast-options.js";
import type { DailySeries } from "./series.js";
import type { AppliedLevers, WhatIfLever } from "./what-if-types.js";

/** The levers turned into what the simulation needs: deflected tickets per day, a throughput factor, a band. */
export interface LeverSetup {
  /** Expected deflected inflow per series day (never more than the day's inflow). */
  deflected: number[];
  applied: AppliedLevers;
  /** Mean lead time (days) of tickets finally solved in the history window; null for none. */
  observedLeadTimeDays: number | null;
}

/** Throws `invalid-option` unless `levers` is a list of lever objects. */
export function checkLeverList(levers: unknown): asserts levers is WhatIfLever[] {
  if (!Array.isArray(levers))
    failOption(
      "levers",
      `${describeValue(levers)} must be a list of levers, e.g. [{ kind: "capacity", percent: 10 }].`,
    );
  for (const lever of levers)
    if (lever === null || typeof lever !== "object")
      failOption(
        "levers",
        `each lever is an object such as { kind: "capacity", percent: 10 }; one is ${describeValue(lever)}.`,
      );
}

/** Checks the levers and measures them on the history window (its last `historyDays` days). */
export function setUpLevers(
  log: TicketLog,
  series: DailySeries,
  levers: readonly WhatIfLever[],
  baseBand: { low: number; high: number },
  historyDays: number,
): LeverSetup {
  const n = series.inflow.length;
  const deflected = new Array<number>(n).fill(0);
  const first = parseDay(series.firstDate);
  const from = formatDay(first + Math.max(0, n - historyDays));
  const to = formatDay(first + n - 1);
  const clock = new WallClock(series.timeZone);
  const fromMs = clock.instant((first + Math.max(0, n - historyDays)) * MS_PER_DAY);
  const toMs = clock.instant((first + n) * MS_PER_DAY);
  const agents = n > 0 ? activeAgents(log, fromMs, toMs) : 0;
  const measured = n > 0 ? computeMetrics(log, { timeZone: series.timeZone, from, to }) : null;
  const days = Math.min(n, historyDays);
  const perDay = measured && days > 0 ? measured.totals.throughput / days : 0;
  let factor = 1;
  let band = baseBand;
  checkLeverList(levers);
  const deflects: DeflectLever[] = [];
  for (const lever of levers) {
    checkLeverFields(lever);
    if (lever.kind === "deflect") {
      if (!isFiniteNumber(lever.share) || lever.share < 0 || lever.share > 1)
        failOption(
          "levers",
          `deflect share ${shownValue(lever.share)} must be a number from 0 to 1, e.g. 0.3.`,
        );
      if ((lever.category === undefined) === (lever.inflowKind === undefined))
        failOption("levers", "a deflect lever takes one of category or inflowKind.");
      if (lever.category !== undefined) checkCategory(log, lever.category);
      if (lever.inflowKind !== undefined && !INFLOW_KINDS.includes(lever.inflowKind))
        failOption(
          "levers",
          `unknown inflow kind "${lever.inflowKind}"; use one of ${INFLOW_KINDS.join(", ")}.`,
        );
      deflects.push(lever);
    } else if (lever.kind === "capacity") {
      const percent = lever.percent === undefined ? 0 : lever.percent;
      const more = lever.agents === undefined ? 0 : lever.agents;
      if (!isFiniteNumber(percent) || percent <= -100 || percent > MAX_PERCENT)
        failOption(
          "levers",
          `capacity percent ${shownValue(percent)} must be a number above −100 and at most ${MAX_PERCENT.toLocaleString("en-US")}, e.g. 20 for a fifth more.`,
        );
      if (!isFiniteNumber(more) || Math.abs(more) > MAX_AGENTS)
        failOption(
          "levers",
          `capacity agents ${shownValue(more)} must be a number of agents to add (or, below 0, to take away), e.g. 2 or −1.`,
        );
      if (more !== 0 && agents === 0)
        failOption(
          "levers",
          "an agents lever needs assignees on the tickets solved in the history window; use percent instead.",
        );
      if (agents > 0 && agents + more <= 0)
        failOption(
          "levers",
          `capacity agents ${more} would leave no one of the ${agents} who solved tickets in the history window; give more than −${agents}.`,
        );
      factor *= (1 + percent / 100) * (agents > 0 ? Math.max(0, agents + more) / agents : 1);
    } else if (lever.kind === "band") {
      if (
        !isFiniteNumber(lever.low) ||
        !isFiniteNumber(lever.high) ||
        lever.low < 0 ||
        lever.high < lever.low ||
        lever.high > MAX_BAND_DAYS
      )
        failOption(
          "levers",
          `a band lever takes days of capacity with 0 ≤ low ≤ high ≤ ${MAX_BAND_DAYS}, e.g. { low: 1, high: 3 }.`,
        );
      band = { low: lever.low, high: lever.high };
    } else {
      failOption(
        "levers",
        `unknown lever kind "${String((lever as { kind: unknown }).kind)}"; use deflect, capacity or band.`,
      );
    }
  }
  if (n > 0) deflectedPerDay(log, series, to, deflects, deflected);
  const recent = deflected.slice(Math.max(0, n - historyDays));
  const lead = measured?.totals.leadTime;
  return {
    deflected,
    applied: {
      deflectedPerDay: recent.length > 0 ? recent.reduce((a, b) => a + b, 0) / recent.length : 0,
      capacityFactor: factor,
      agents: agents > 0 ? agents : null,
      throughputPerAgentPerDay: agents > 0 ? perDay / agents : null,
      band,
    },
    observedLeadTimeDays: lead ? lead.mean / 24 : null,
  };
}

type DeflectLever = Extract<WhatIfLever, { kind: "deflect" }>;

/** A capacity change past a thousandfold, or past this many agents, is a typo, and would overflow the band. */
const MAX_PERCENT = 100_000;
const MAX_AGENTS = 100_000;

/** The fields of each kind of lever: a misspelt one (`percnt`) would be ignored for its default. */
const LEVER_FIELDS: Record<string, readonly string[]> = {
  deflect: ["kind", "share", "category", "inflowKind"],
  capacity: ["kind", "percent", "agents"],
  band: ["kind", "low", "high"],
};

function checkLeverFields(lever: WhatIfLever): void {
  const fields = LEVER_FIELDS[lever.kind as string];
  if (fields === undefined) return; // an unknown kind is refused by name below
  for (const key of Object.keys(lever)) {
    if (fields.includes(key)) continue;
    const near = nearestName(key, fields);
    failOption(
      "levers",
      `a ${lever.kind} lever has no field ${JSON.stringify(key)}${near === null ? "" : `; did you mean ${near}?`} Its fields: ${fields.slice(1).join(", ")}.`,
    );
  }
  if (lever.kind === "capacity" && lever.percent === undefined && lever.agents === undefined)
    failOption(
      "levers",
      'a capacity lever takes percent or agents, e.g. { kind: "capacity", percent: 20 }.',
    );
}

/**
 * Throws `invalid-option` unless `category` is one of the log's (or `""`, the
 * tickets without one): a misspelt one would deflect nothing, and read as a
 * lever that does nothing.
 */
function checkCategory(log: TicketLog, category: unknown): void {
  const values = log.attributes.category.values;
  if (category === "" || values.includes(category as string)) return;
  const near = typeof category === "string" ? nearestName(category, values) : null;
  failOption(
    "levers",
    `deflect category ${typeof category === "string" ? JSON.stringify(category) : describeValue(category)} is not a category of this log` +
      (near !== null ? `; did you mean ${JSON.stringify(near)}?` : "") +
      (values.length === 0
        ? " (it has none)."
        : ` (${values
            .slice(0, 8)
            .map((v) => JSON.stringify(v))
            .join(", ")}${values.length > 8 ? ", …" : ""}).`),
  );
}

/** At most this many deflect levers: the union below takes one pass per subset of them. */
const MAX_DEFLECTS = 8;

/**
 * Adds to `deflected` the tickets a day the deflect levers take away. A ticket
 * several levers match (a recurring password reset, say) is deflected once,
 * with chance 1 − Π(1 − share), not the sum of the shares: by inclusion and
 * exclusion over the subsets of levers, each subset's intersection counted
 * with the product of its shares.
 */
function deflectedPerDay(
  log: TicketLog,
  series: DailySeries,
  to: string,
  deflects: readonly DeflectLever[],
  deflected: number[],
): void {
  if (deflects.length > MAX_DEFLECTS)
    failOption("levers", `at most ${MAX_DEFLECTS} deflect levers; there are ${deflects.length}.`);
  for (let subset = 1; subset < 1 << deflects.length; subset++) {
    const filter: { category?: string[]; inflowKind?: (typeof INFLOW_KINDS)[number][] } = {};
    let weight = 1;
    let size = 0;
    let disjoint = false;
    deflects.forEach((lever, k) => {
      if ((subset & (1 << k)) === 0) return;
      size++;
      weight *= lever.share;
      const key = lever.category !== undefined ? "category" : "inflowKind";
      const value = (lever.category ?? lever.inflowKind) as string;
      const taken = filter[key]?.[0];
      // A ticket has one category and one kind: two different ones never meet.
      if (taken !== undefined && taken !== value) disjoint = true;
      else (filter as Record<string, string[]>)[key] = [value];
    });
    if (disjoint || weight === 0) continue;
    const sign = size % 2 === 1 ? 1 : -1;
    const buckets = computeMetrics(filterLog(log, filter), {
      timeZone: series.timeZone,
      from: series.firstDate,
      to,
    }).buckets;
    buckets.forEach((b, i) => {
      deflected[i] = (deflected[i] as number) + sign * weight * b.inflow;
    });
  }
  // Sums of products: clear float dust, and never more than came in.
  for (let i = 0; i < deflected.length; i++)
    deflected[i] = Math.min(
      series.inflow[i] as number,
      Math.max(0, Math.round((deflected[i] as number) * 1e9) / 1e9),
    );
}

import { quantileSorted } from "../metrics/summary.js";
import { MS_PER_HOUR } from "../time/civil.js";
import { INFLOW_KINDS, type TicketLog } from "../types.js";
import type { InflowCounts } from "./inflow-counts.js";
import type { TrendTest } from "./noise.js";
import { isCatchAllCategory } from "./taxonomy.js";
import { count, duration, percent } from "./words.js";

/** A category worth automating or deflecting, with the evidence. Shares 0–1, hours. */
export interface AutomationCandidate {
  category: string;
  /**
   * `inflowShare × repetitiveness`: the share of all inflow that is repetitive
   * work in this category. 0–1; higher first.
   */
  score: number;
  /** 0–1: half how predictable its lead time is, half the larger of its quick and recurring shares. */
  repetitiveness: number;
  /** Inflow in the window, and its share of all inflow. */
  count: number;
  inflowShare: number;
  /** Lead-time quartiles (hours) of its tickets finally solved in the window; null under 5 solved. */
  leadTime: { p25: number; p50: number; p75: number } | null;
  /** 1 / (1 + (p75 − p25) / p50): 1 when every ticket takes as long; null without lead times. */
  predictability: number | null;
  /** Share of its solved tickets solved within `quickSolveHours`; null with none solved. */
  quickShare: number | null;
  /** Share of its inflow of kind `recurring`. */
  recurringShare: number;
  /** Why it is here, in words a support lead uses. */
  reasons: string[];
}

export interface AutomationInput {
  log: TicketLog;
  counts: InflowCounts;
  current: readonly number[];
  trends: readonly TrendTest[];
  total: number;
  windowMs: [number, number];
  days: number;
  quickSolveHours: number;
  minCount: number;
}

const RECURRING = INFLOW_KINDS.indexOf("recurring");

/** Lead times (hours) of tickets finally solved in the window, by category slot. */
function leadTimesBySlot(log: TicketLog, slots: number, [from, to]: [number, number]): number[][] {
  const out: number[][] = Array.from({ length: slots }, () => []);
  const codes = log.attributes.category.codes;
  for (let i = 0; i < log.size; i++) {
    const s = log.finalSolvedAt[i] as number;
    if (s >= from && s < to) {
      (out[(codes[i] as number) + 1] as number[]).push(
        (s - (log.createdAt[i] as number)) / MS_PER_HOUR,
      );
    }
  }
  return out;
}

/**
 * Categories ranked by `score = inflowShare × repetitiveness`; catch-all
 * categories and those under `minCount` inflow are left out (a catch-all is no
 * single job to automate).
 */
export function automationCandidates(a: AutomationInput): AutomationCandidate[] {
  const { counts, current, total } = a;
  if (total === 0) return [];
  const leads = leadTimesBySlot(a.log, counts.names.length, a.windowMs);
  const out: AutomationCandidate[] = [];
  counts.names.forEach((category, slot) => {
    const n = current[slot] as number;
    if (n < a.minCount || isCatchAllCategory(category)) return;
    const sorted = Float64Array.from(leads[slot] as number[]).sort();
    const leadTime =
      sorted.length >= 5
        ? {
            p25: quantileSorted(sorted, 0.25) as number,
            p50: quantileSorted(sorted, 0.5) as number,
            p75: quantileSorted(sorted, 0.75) as number,
          }
        : null;
    const predictability =
      leadTime === null
        ? null
        : leadTime.p50 > 0
          ? 1 / (1 + (leadTime.p75 - leadTime.p25) / leadTime.p50)
          : // A median of 0: as predictable as can be if they all take 0, else
            // a spread over nothing (the formula's limit as p50 falls to 0).
            leadTime.p75 === leadTime.p25
            ? 1
            : 0;
    let quick = 0;
    for (const h of sorted) if (h <= a.quickSolveHours) quick++;
    const quickShare = sorted.length > 0 ? quick / sorted.length : null;
    const recurring = counts.byKind[slot * INFLOW_KINDS.length + RECURRING] as number;
    const recurringShare = recurring / n;
    const repetitiveness =
      0.5 * (predictability ?? 0) + 0.5 * Math.max(quickShare ?? 0, recurringShare);
    const inflowShare = n / total;
    const candidate: AutomationCandidate = {
      category,
      score: inflowShare * repetitiveness,
      repetitiveness,
      count: n,
      inflowShare,
      leadTime,
      predictability,
      quickShare,
      recurringShare,
      reasons: [],
    };
    candidate.reasons = reasonsFor(candidate, a, a.trends[slot] as TrendTest);
    out.push(candidate);
  });
  return out.sort((x, y) => y.score - x.score || y.count - x.count);
}

function reasonsFor(c: AutomationCandidate, a: AutomationInput, trend: TrendTest): string[] {
  const reasons = [
    `${count(c.count, "ticket")} in the ${count(a.days, "day")} audited: ${percent(c.inflowShare)} of everything that came in.`,
  ];
  if (c.quickShare !== null && c.quickShare >= 0.5) {
    reasons.push(
      `${percent(c.quickShare)} are solved within ${duration(a.quickSolveHours)}: quick, routine answers.`,
    );
  }
  if (c.leadTime && c.predictability !== null && c.predictability >= 0.5) {
    reasons.push(
      `Handling time is predictable: half take between ${duration(c.leadTime.p25)} and ${duration(c.leadTime.p75)}.`,
    );
  }
  if (c.recurringShare >= 0.2) {
    reasons.push(`${percent(c.recurringShare)} are recurring questions seen before.`);
  }
  if (trend.change === "up" && trend.growth !== null) {
    reasons.push(
      `Growing: up ${percent(trend.growth)} on the ${count(a.days, "day")} before, more than ordinary weekly swings.`,
    );
  }
  return reasons;
}

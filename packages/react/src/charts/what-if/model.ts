import type {
  CapacityToReachBandResult,
  InflowKind,
  MetricsResult,
  WhatIfLever,
  WhatIfResult,
} from "@tidemark/core";
import { createFormatter, type LocaleOptions, MISSING } from "../../format/format.js";
import { plural } from "../../format/plural.js";
import type { TableModel } from "../../parts/types.js";
import { statusLabel } from "../common.js";
import { projectedBathtub } from "./projected.js";

/** The panel's lever settings, as the controls hold them. */
export interface WhatIfSettings {
  /** What to deflect: a category, an inflow kind, or nothing. */
  deflect: { category: string } | { inflowKind: InflowKind } | null;
  /** Share deflected, 0–1. */
  deflectShare: number;
  /** Capacity change: by a percentage, or by a number of agents. */
  capacity: { percent: number } | { agents: number };
  /** The healthy band, days of capacity. */
  band: { low: number; high: number };
}

/**
 * The core levers of a panel's settings: a deflect lever when something is
 * deflected, a capacity lever when capacity changes, and always the band.
 *
 * @example whatIfLevers({ deflect: null, deflectShare: 0, capacity: { percent: 20 }, band: { low: 0.5, high: 2 } })
 */
export function whatIfLevers(s: WhatIfSettings): WhatIfLever[] {
  const levers: WhatIfLever[] = [];
  if (s.deflect && s.deflectShare > 0) {
    levers.push({ kind: "deflect", ...s.deflect, share: Math.min(1, Math.max(0, s.deflectShare)) });
  }
  if ("percent" in s.capacity ? s.capacity.percent !== 0 : s.capacity.agents !== 0) {
    levers.push({ kind: "capacity", ...s.capacity });
  }
  levers.push({ kind: "band", low: s.band.low, high: s.band.high });
  return levers;
}

/** One projected week, as text. */
export interface WhatIfWeekRow {
  end: string;
  /** The week's end without its year, for narrow tables: `Aug 11`. */
  endShort: string;
  baseline: string;
  baselineStatus: string;
  scenario: string;
  range: string;
  days: string;
  status: "below" | "healthy" | "above";
  statusLabel: string;
}

/** The text of a what-if panel's results. */
export interface WhatIfPanelModel {
  status: WhatIfResult["status"];
  /** Why the projection was refused; null when ok. */
  explanation: string | null;
  /** The two bathtubs at the horizon's end, for `<Bathtub>`; null when refused. */
  baselineBathtub: MetricsResult | null;
  scenarioBathtub: MetricsResult | null;
  /** "in 6 weeks (Jul 13, 2012)". */
  horizon: string;
  /** What the levers amount to, in words. */
  applied: string[];
  weeks: WhatIfWeekRow[];
  /** Little's law: the estimate, and whether its assumptions hold, in words. */
  leadTime: string;
  leadTimeHolds: boolean;
  leadTimeNotes: string[];
  /** Staffing to be back in the band by the chosen date; empty without it. */
  staffing: string;
  summary: string;
  table: TableModel;
  /** The same table for a phone: short headers and dates, so it fits about 320 px. */
  narrowTable: TableModel;
}

/**
 * The what-if's result as text and bathtubs: the levers in words, the
 * projected weeks (both bathtubs' median level, range, days of work and
 * status), Little's-law lead time with its assumption checks, and staffing.
 *
 * @example whatIfPanelModel(whatIf(log, { levers }), null).weeks[0].statusLabel
 */
export function whatIfPanelModel(
  result: WhatIfResult,
  staffing: CapacityToReachBandResult | null,
  options: LocaleOptions & { staffingDate?: string } = {},
): WhatIfPanelModel {
  const timeZone = options.timeZone ?? "UTC";
  const fmt = createFormatter({ locale: options.locale, timeZone });
  const a = result.applied;
  const applied: string[] = [];
  if (a.deflectedPerDay > 0)
    applied.push(`Deflecting about ${fmt.decimal(a.deflectedPerDay)} tickets a day.`);
  if (Math.abs(a.capacityFactor - 1) > 1e-9) {
    const pct = fmt.percent(Math.abs(a.capacityFactor - 1));
    applied.push(`Capacity ${a.capacityFactor > 1 ? "up" : "down"} ${pct}.`);
  }
  if (a.agents !== null && a.throughputPerAgentPerDay !== null) {
    applied.push(
      `${fmt.count(a.agents)} agents solved tickets recently, about ${fmt.decimal(a.throughputPerAgentPerDay)} a day each.`,
    );
  }
  applied.push(
    `Healthy band: ${fmt.decimal(a.band.low)}–${fmt.decimal(a.band.high)} days of work.`,
  );
  const base = result.baseline;
  const scen = result.scenario;
  // One fraction digit on every row of the column, so 6.0 sits under 5.7, not 6.
  const oneDigit = new Intl.NumberFormat(fmt.locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const weeks: WhatIfWeekRow[] = (scen?.weeks ?? []).map((w, i) => {
    const b = base?.weeks[i];
    return {
      end: fmt.day(w.end),
      endShort: fmt.dayShort(w.end),
      baseline: fmt.count(b?.p50),
      baselineStatus: statusLabel(b?.status ?? null),
      scenario: fmt.count(w.p50),
      range: `${fmt.count(w.p10)}–${fmt.count(w.p90)}`,
      days: w.backlogDays === null ? MISSING : oneDigit.format(w.backlogDays),
      status: w.status,
      statusLabel: statusLabel(w.status),
    };
  });
  const weeksTable = (middle: string[], end: (w: WhatIfWeekRow) => string): TableModel => ({
    caption: "Projected backlog by week",
    columns: ["Week ending", ...middle, "Days of work", "Status"],
    rows: () => weeks.map((w) => [end(w), w.baseline, w.scenario, w.range, w.days, w.statusLabel]),
  });
  const lastWeek = scen?.weeks[scen.weeks.length - 1];
  const horizon = lastWeek ? `on ${fmt.day(lastWeek.end)}` : "";
  const lastDay = scen?.days[scen.days.length - 1];
  const l = result.littlesLaw;
  const days = (v: number | null) =>
    v === null ? "–" : `${fmt.decimal(v)} ${plural(Math.round(v * 10) / 10, "day", "days")}`;
  const leadTime =
    l.leadTimeDays === null
      ? "No lead-time estimate: nothing was solved recently."
      : `Expected time in the queue: ${days(l.leadTimeDays)} (Little's law: mean backlog ÷ mean daily throughput over the history used)` +
        (scen?.leadTimeDays != null
          ? `; ${days(scen.leadTimeDays)} in the week to ${lastDay ? fmt.day(lastDay.date) : ""} with these changes`
          : "") +
        (l.observedLeadTimeDays !== null
          ? `. Tickets solved recently took ${days(l.observedLeadTimeDays)} on average.`
          : ".");
  let staffingText = "";
  if (staffing) {
    if (staffing.status !== "ok") staffingText = staffing.explanation ?? staffing.message;
    else {
      const by = options.staffingDate ? fmt.day(options.staffingDate) : "the date";
      const change = staffing.change ?? 0;
      const need = `${fmt.decimal(staffing.requiredCapacity)} tickets a day`;
      const agents =
        staffing.agentsNeeded !== null && staffing.agents !== null
          ? staffing.agentsNeeded === staffing.agents
            ? ` (still about ${fmt.count(staffing.agents)} agents)`
            : ` (about ${fmt.count(staffing.agentsNeeded)} agents instead of ${fmt.count(staffing.agents)})`
          : "";
      const p = staffing.probabilityInBand ?? 0;
      // 501 of 1000 would print as "50%", which reads as a coin toss beside "more likely than not".
      const odds =
        p > 0.5 && fmt.percent(p) === fmt.percent(0.5)
          ? "just over half of simulated runs"
          : `${fmt.percent(p)} of simulated runs`;
      const below = staffing.probabilityBelow ?? 0;
      const above = staffing.probabilityAbove ?? 0;
      // The median may sit inside the band while runs fall out on both sides.
      const spread =
        below > 0 && above > 0
          ? ` (the runs spread past both its edges: ${fmt.percent(below)} end below it, ${fmt.percent(above)} above)`
          : "";
      staffingText =
        staffing.likely === false
          ? `No capacity makes the band by ${by} more likely than not${spread}: ${need} (${fmt.percent(Math.abs(change))} ${change >= 0 ? "more" : "less"} than now${agents}) does best, in only ${odds}.`
          : Math.abs(change) < 0.005
            ? `Today's capacity (${need}) brings the backlog into the band by ${by} in ${odds}.`
            : change > 0
              ? `To be in the band by ${by} more likely than not (${odds}): solve ${need}, ${fmt.percent(change)} more than now${agents}.`
              : `The backlog would fall below the band by ${by}: ${need}, ${fmt.percent(-change)} less than now${agents}, keeps it inside in ${odds}.`;
    }
  }
  const summary =
    result.status !== "ok" || !lastWeek
      ? `What-if withheld: ${result.explanation ?? "no history."}`
      : `What-if ${horizon}: backlog most likely ${fmt.count(lastWeek.p50)} with these changes ` +
        `(${statusLabel(lastWeek.status).toLowerCase()}), against ${weeks[weeks.length - 1]?.baseline} as is.`;
  return {
    status: result.status,
    explanation: result.explanation,
    baselineBathtub: base ? projectedBathtub(base, timeZone, result.startBacklog) : null,
    scenarioBathtub: scen ? projectedBathtub(scen, timeZone, result.startBacklog) : null,
    horizon,
    applied,
    weeks,
    leadTime,
    leadTimeHolds: l.holds,
    leadTimeNotes: l.notes,
    staffing: staffingText,
    summary,
    table: weeksTable(["As is (likely)", "With changes (likely)", "8 in 10 range"], (w) => w.end),
    narrowTable: weeksTable(["As is", "With changes", "8 in 10"], (w) => w.endShort),
  };
}

import { TidemarkError } from "../errors.js";
import { checkAsOf, checkOptions, checkTicketLog, describeValue } from "../input-checks.js";
import { ticketIdReader } from "../log/packed-ids.js";
import { MS_PER_HOUR } from "../time/civil.js";
import type { AgingResult, TicketLog } from "../types.js";
import { summarize } from "./summary.js";

/** Options of {@link aging}. */
export interface AgingOptions {
  /** The moment (epoch ms). Required: the core never reads the clock. */
  asOf: number;
  /** Age thresholds in days. Default `[1, 7, 30]`. */
  thresholdsDays?: number[];
}

/**
 * Open work at `asOf`: tickets opened before it and not solved before it (the
 * same rule as the end-of-bucket backlog), with their ages (`asOf - createdAt`,
 * hours) summarized. Nothing open gives count 0 and nulls.
 *
 * @example aging(log, { asOf: Date.parse("2024-04-01T00:00:00Z") }).p85 // hours
 */
export function aging(log: TicketLog, options: AgingOptions): AgingResult {
  checkTicketLog(log, "aging");
  const { asOf, thresholdsDays } = checkOptions(options, "aging", {
    asOf: true,
    thresholdsDays: true,
  });
  checkAsOf(asOf, "aging");
  if (
    thresholdsDays !== undefined &&
    !(Array.isArray(thresholdsDays) && thresholdsDays.every((d) => typeof d === "number" && d > 0))
  ) {
    throw new TidemarkError(
      "invalid-input",
      `aging expects options.thresholdsDays as numbers of days above 0, e.g. [1, 7, 30]; it was given ${JSON.stringify(thresholdsDays) ?? describeValue(thresholdsDays)}.`,
    );
  }
  const { start, end, size } = log.spells;
  const open: number[] = [];
  for (let k = 0; k < size; k++) if (start[k] < asOf && !(end[k] < asOf)) open.push(k);
  return agingOfSpells(log, open, options);
}

/** {@link aging} of the spells `open`, already found open at `options.asOf`. */
export function agingOfSpells(
  log: TicketLog,
  open: ArrayLike<number>,
  options: AgingOptions,
): AgingResult {
  const { asOf } = options;
  const thresholds = options.thresholdsDays ?? [1, 7, 30];
  const ages = new Float64Array(open.length);
  const oldest = agesOf(open, log.spells.ticket, log.createdAt, asOf, ages);
  const oldestId =
    oldest < 0 ? null : ticketIdReader(log)(log.spells.ticket[open[oldest]] as number);
  const summary = summarize(ages);
  return {
    asOf,
    count: ages.length,
    p50: summary?.p50 ?? null,
    p85: summary?.p85 ?? null,
    p95: summary?.p95 ?? null,
    oldest: summary ? summary.max : null,
    oldestId,
    olderThan: thresholds.map((days) => ({
      days,
      count: ages.reduce((c, a) => (a > days * 24 ? c + 1 : c), 0),
    })),
  };
}

/** Writes each open spell's age in hours to `ages`; returns the position of the first oldest, -1 for none. */
function agesOf(
  open: ArrayLike<number>,
  ticket: Int32Array,
  createdAt: Float64Array,
  asOf: number,
  ages: Float64Array,
): number {
  let oldest = -1;
  for (let i = 0; i < open.length; i++) {
    ages[i] = (asOf - createdAt[ticket[open[i]]]) / MS_PER_HOUR;
    if (oldest < 0 || ages[i] > ages[oldest]) oldest = i;
  }
  return oldest;
}

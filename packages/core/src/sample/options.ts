import { TidemarkError } from "../errors.js";
import type { OptionNames } from "../input-checks.js";
import { parseDay } from "../time/civil.js";
import { WallClock } from "../time/zone.js";

/** How the backlog moves over the sample's last weeks. */
export type SampleScenario = "healthy" | "rising" | "draining";

/** Options of the sample generator. Every one has a default, so `{}` works. */
/** Every name of {@link SampleOptions}. */
export const SAMPLE_OPTIONS: OptionNames<SampleOptions> = {
  seed: true,
  tickets: true,
  days: true,
  start: true,
  timeZone: true,
  openShare: true,
  scenario: true,
};

export interface SampleOptions {
  /** Seed of the random source; the same seed gives the same tickets. Default 1. */
  seed?: number;
  /** Number of tickets. Default 10,000. */
  tickets?: number;
  /** Number of days tickets arrive on. Default 182 (26 weeks). */
  days?: number;
  /** First local date, `YYYY-MM-DD`. Default `"2024-01-01"` (a Monday). */
  start?: string;
  /** IANA zone of the working hours and of the written timestamps. Default `"UTC"`. */
  timeZone?: string;
  /**
   * Share of tickets left open at the end, 0–1. Default: none left open on
   * purpose, so only the tickets whose resolution falls after the end are open
   * (the scenario's own queue: about 0.5% of a default healthy sample). A
   * larger share leaves more tickets open, mostly recent ones, and lifts the
   * last weeks' backlog above what the scenario describes; a benchmark that
   * wants "3% open" passes `openShare: 0.03`.
   */
  openShare?: number;
  /**
   * How the backlog moves, week by week, with the default `openShare`:
   * - `healthy`: inflow matches capacity all along; the backlog stays flat,
   *   inside the default band (0.5–2 days of capacity).
   * - `rising`: healthy, then over the last six weeks inflow grows by 60% and
   *   waits lengthen, so the backlog climbs every week and ends above the band.
   * - `draining`: waits are long, so the backlog sits above the band; over the
   *   last six weeks they shorten and inflow eases by 25%, so the backlog falls
   *   back into the band.
   *
   * Default `healthy`.
   */
  scenario?: SampleScenario;
}

export interface ResolvedSampleOptions {
  seed: number;
  tickets: number;
  days: number;
  startDay: number;
  clock: WallClock;
  /** null: only the tickets resolved after the end are open. */
  openShare: number | null;
  scenario: SampleScenario;
}

function fail(option: string, message: string): never {
  throw new TidemarkError("invalid-option", `Invalid sample option ${option}: ${message}`);
}

const isWhole = (n: unknown, min: number) =>
  typeof n === "number" && Number.isInteger(n) && n >= min;

/** Checks the options once and fills in the defaults; throws with the fix in the message. */
export function resolveSampleOptions(options: SampleOptions = {}): ResolvedSampleOptions {
  const seed = options.seed ?? 1;
  if (typeof seed !== "number" || !Number.isFinite(seed))
    fail("seed", `${String(seed)} must be a number, e.g. 42.`);
  const tickets = options.tickets ?? 10_000;
  if (!isWhole(tickets, 0) || tickets > 50_000_000)
    fail("tickets", `${String(tickets)} must be a whole number from 0 to 50,000,000.`);
  const days = options.days ?? 182;
  if (!isWhole(days, 1) || days > 36_600)
    fail("days", `${String(days)} must be a whole number of days from 1 to 36,600.`);
  const start = options.start ?? "2024-01-01";
  const startDay = parseDay(start);
  if (Number.isNaN(startDay))
    fail("start", `"${start}" is not a date; use YYYY-MM-DD, e.g. "2024-01-01".`);
  const clock = new WallClock(options.timeZone ?? "UTC");
  const openShare = options.openShare ?? null;
  if (openShare !== null && !(typeof openShare === "number" && openShare >= 0 && openShare < 1))
    fail("openShare", `${String(openShare)} must be a share from 0 to below 1, e.g. 0.03.`);
  const scenario = options.scenario ?? "healthy";
  if (scenario !== "healthy" && scenario !== "rising" && scenario !== "draining") {
    fail("scenario", `"${String(scenario)}" is not one of "healthy", "rising", "draining".`);
  }
  return { seed, tickets, days, startDay, clock, openShare, scenario };
}

/**
 * The scenario's shape at day `d` of `days`: a factor on arrivals and a factor
 * on lead times (the queue: longer waits while inflow exceeds capacity).
 * Changes happen over the last six weeks (or last third of a short range).
 * Lead times set the level (Little's law: backlog ≈ arrivals × mean wait), so
 * `draining` starts at three times the healthy waits and ends at the healthy
 * ones, shortening fastest at first.
 */
export function scenarioShape(
  scenario: SampleScenario,
  d: number,
  days: number,
): { inflow: number; lead: number } {
  const window = Math.max(1, Math.min(42, Math.floor(days / 3)));
  const progress = Math.max(0, (d - (days - window)) / window); // 0 before the window, → 1 at the end
  if (scenario === "rising")
    return { inflow: 1 + 0.6 * progress, lead: 1 + 3 * progress * progress };
  if (scenario === "draining")
    return { inflow: 1 - 0.25 * progress, lead: 1 + 2 * (1 - progress) ** 2 };
  return { inflow: 1, lead: 1 };
}

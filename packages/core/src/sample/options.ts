import { TidemarkError } from "../errors.js";
import { parseDay } from "../time/civil.js";
import { WallClock } from "../time/zone.js";

/** How the backlog moves over the sample's last weeks. */
export type SampleScenario = "healthy" | "rising" | "draining";

/** Options of the sample generator. Every one has a default, so `{}` works. */
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
  /** Share of tickets still open at the end, 0–1. Default 0.03. */
  openShare?: number;
  /**
   * `healthy`: inflow matches capacity; `rising`: inflow exceeds capacity over the
   * last weeks; `draining`: a high backlog drains over the last weeks. Default `healthy`.
   */
  scenario?: SampleScenario;
}

export interface ResolvedSampleOptions {
  seed: number;
  tickets: number;
  days: number;
  startDay: number;
  clock: WallClock;
  openShare: number;
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
  const openShare = options.openShare ?? 0.03;
  if (typeof openShare !== "number" || !(openShare >= 0 && openShare < 1))
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
  if (scenario === "draining") return { inflow: 1 - 0.35 * progress, lead: 3 - 2.6 * progress };
  return { inflow: 1, lead: 1 };
}

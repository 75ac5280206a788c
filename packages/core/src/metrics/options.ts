import { TidemarkError } from "../errors.js";
import { parseDay } from "../time/civil.js";
import { WallClock } from "../time/zone.js";
import type { BucketUnit } from "../types.js";

/** Options of {@link computeMetrics}. Every one has a documented default. */
export interface MetricsOptions {
  /** IANA zone whose local midnights cut the buckets. Default `"UTC"`. */
  timeZone?: string;
  /** Bucket size. Default `"day"`. */
  bucket?: BucketUnit;
  /** First day of a week, 1 = Monday … 7 = Sunday. Default 1. */
  weekStartsOn?: number;
  /** First local date in range, `YYYY-MM-DD`. Default: the day of the first ticket. */
  from?: string;
  /** Last local date in range (inclusive), `YYYY-MM-DD`. Default: the day of the last creation, reopening or solve. */
  to?: string;
  /** Healthy band in days of capacity. Default `{ low: 0.5, high: 2 }`. */
  band?: { low: number; high: number };
  /** Days of throughput averaged into capacity. Default 28. */
  capacityWindowDays?: number;
  /** The moment of the aging snapshot (epoch ms). Default: the end of the last local day with data, or the range's end if earlier. */
  asOf?: number;
  /** Age thresholds for aging counts, in days. Default `[1, 7, 30]`. */
  agingThresholdsDays?: number[];
}

export interface ResolvedOptions {
  clock: WallClock;
  timeZone: string;
  bucket: BucketUnit;
  weekStartsOn: number;
  fromDay: number | null;
  toDay: number | null;
  band: { low: number; high: number };
  capacityWindowDays: number;
  asOf: number | null;
  agingThresholdsDays: number[];
}

function fail(option: string, message: string): never {
  throw new TidemarkError("invalid-option", `Invalid option ${option}: ${message}`);
}

function day(option: string, text: string | undefined): number | null {
  if (text === undefined) return null;
  const d = parseDay(text);
  if (Number.isNaN(d)) fail(option, `"${text}" is not a date; use YYYY-MM-DD, e.g. "2024-03-31".`);
  return d;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Checks options once, up front, and fills in defaults; throws with the fix in the message. */
export function resolveOptions(options: MetricsOptions = {}): ResolvedOptions {
  const timeZone = options.timeZone ?? "UTC";
  const clock = new WallClock(timeZone);
  const bucket = options.bucket ?? "day";
  if (bucket !== "day" && bucket !== "week" && bucket !== "month") {
    fail("bucket", `"${String(bucket)}" is not one of "day", "week", "month".`);
  }
  const weekStartsOn = options.weekStartsOn ?? 1;
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 1 || weekStartsOn > 7) {
    fail("weekStartsOn", `${String(weekStartsOn)} is not 1 (Monday) … 7 (Sunday).`);
  }
  const fromDay = day("from", options.from);
  const toDay = day("to", options.to);
  if (fromDay !== null && toDay !== null && toDay < fromDay) {
    fail("to", `${options.to} is before from ${options.from}.`);
  }
  const band = options.band ?? { low: 0.5, high: 2 };
  if (
    !isFiniteNumber(band.low) ||
    !isFiniteNumber(band.high) ||
    band.low < 0 ||
    band.high < band.low
  ) {
    fail(
      "band",
      `{ low: ${band.low}, high: ${band.high} } must be days of capacity with 0 ≤ low ≤ high, e.g. { low: 0.5, high: 2 }.`,
    );
  }
  const capacityWindowDays = options.capacityWindowDays ?? 28;
  if (!Number.isInteger(capacityWindowDays) || capacityWindowDays < 1) {
    fail("capacityWindowDays", `${capacityWindowDays} must be a whole number of days ≥ 1.`);
  }
  const asOf = options.asOf ?? null;
  if (asOf !== null && !isFiniteNumber(asOf)) fail("asOf", "must be epoch milliseconds.");
  const agingThresholdsDays = options.agingThresholdsDays ?? [1, 7, 30];
  if (!agingThresholdsDays.every((d) => isFiniteNumber(d) && d >= 0)) {
    fail("agingThresholdsDays", "must be a list of day counts ≥ 0, e.g. [1, 7, 30].");
  }
  return {
    clock,
    timeZone,
    bucket,
    weekStartsOn,
    fromDay,
    toDay,
    band,
    capacityWindowDays,
    asOf,
    agingThresholdsDays,
  };
}

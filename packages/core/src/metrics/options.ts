import { TidemarkError } from "../errors.js";
import { checkOptions, describeValue, shownValue } from "../input-checks.js";
import { formatDay, parseDay } from "../time/civil.js";
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
  /**
   * First local date in range: `YYYY-MM-DD`, or a `Date` / epoch milliseconds
   * (the local day, in `timeZone`, that holds that instant). Default: the day of
   * the first ticket, or `to` when that is earlier.
   */
  from?: string | Date | number;
  /**
   * Last local date in range (inclusive), given like `from`. Default: the day of
   * the last creation, reopening or solve, or `from` when that is later.
   */
  to?: string | Date | number;
  /** Healthy band in days of capacity. Default `{ low: 0.5, high: 2 }`. */
  band?: { low: number; high: number };
  /** Days of throughput averaged into capacity. Default 28. */
  capacityWindowDays?: number;
  /**
   * The moment of the aging snapshot (epoch ms). Default: the end of the last
   * local day with data, or the range's end if that is earlier or the data ends
   * before the range.
   */
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

/** A `from`/`to` option as a local day number, or null when it is left out. */
function day(option: string, value: unknown, clock: WallClock): number | null {
  if (value === undefined || value === null) return null;
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms === "number" && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15) {
    return clock.localDay(ms);
  }
  const d = typeof value === "string" ? parseDay(value) : Number.NaN;
  if (Number.isNaN(d)) {
    const shown =
      typeof value === "string"
        ? `"${value}"`
        : value instanceof Date
          ? "an invalid Date"
          : typeof value === "number"
            ? String(value)
            : `a value of type ${typeof value}`;
    fail(
      option,
      `${shown} is not a date; use YYYY-MM-DD (a local date, e.g. "2024-03-31"), a Date or epoch milliseconds.`,
    );
  }
  return d;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Checks options once, up front, and fills in defaults; throws with the fix in the message. */
export function resolveOptions(options: MetricsOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== "object") {
    throw new TidemarkError(
      "invalid-option",
      `Invalid options: expected an object such as { timeZone: "Europe/Paris" }, got ${describeValue(options)}.`,
    );
  }
  checkOptions(options, "computeMetrics", {
    timeZone: true,
    bucket: true,
    weekStartsOn: true,
    from: true,
    to: true,
    band: true,
    capacityWindowDays: true,
    asOf: true,
    agingThresholdsDays: true,
  });
  const timeZone = options.timeZone ?? "UTC";
  const clock = new WallClock(timeZone);
  const bucket = options.bucket ?? "day";
  if (bucket !== "day" && bucket !== "week" && bucket !== "month") {
    fail("bucket", `"${String(bucket)}" is not one of "day", "week", "month".`);
  }
  const weekStartsOn = options.weekStartsOn ?? 1;
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 1 || weekStartsOn > 7) {
    fail("weekStartsOn", `${shownValue(weekStartsOn)} is not 1 (Monday) … 7 (Sunday).`);
  }
  const fromDay = day("from", options.from, clock);
  const toDay = day("to", options.to, clock);
  if (fromDay !== null && toDay !== null && toDay < fromDay) {
    fail("to", `${formatDay(toDay)} is before from ${formatDay(fromDay)}.`);
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
  if (
    !Number.isInteger(capacityWindowDays) ||
    capacityWindowDays < 1 ||
    capacityWindowDays > 3660
  ) {
    fail(
      "capacityWindowDays",
      `${shownValue(capacityWindowDays)} must be a whole number of days from 1 to 3,660.`,
    );
  }
  const asOf = options.asOf ?? null;
  if (asOf !== null && !isFiniteNumber(asOf)) fail("asOf", "must be epoch milliseconds.");
  const agingThresholdsDays = options.agingThresholdsDays ?? [1, 7, 30];
  if (
    !Array.isArray(agingThresholdsDays) ||
    !agingThresholdsDays.every((d) => isFiniteNumber(d) && d >= 0)
  ) {
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

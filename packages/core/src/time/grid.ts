import type { BucketUnit } from "../types.js";
import { civilFromDays, daysFromCivil, isoWeekday, MS_PER_DAY, MS_PER_HOUR } from "./civil.js";
import type { WallClock } from "./zone.js";

/**
 * The time grid of one range: local midnights computed once, and the bucket
 * each day belongs to. Days are [local 00:00, next local 00:00), so DST days
 * last 23 or 25 hours; weeks start on `weekStartsOn`; months on the 1st.
 */
export interface TimeGrid {
  unit: BucketUnit;
  /** Local day number (days since 1970-01-01 local) of the grid's first day. */
  firstDay: number;
  dayCount: number;
  /** Instants of each day's start, plus the end of the last day (length dayCount + 1). */
  dayStarts: Float64Array;
  /** Bucket index of each day. */
  dayBucket: Int32Array;
  bucketCount: number;
  /** Index of each bucket's first day, plus dayCount (length bucketCount + 1). */
  bucketFirstDay: Int32Array;
}

/** The first day of the bucket holding local day `day`. */
export function bucketStartDay(day: number, unit: BucketUnit, weekStartsOn: number): number {
  if (unit === "day") return day;
  if (unit === "week") return day - ((isoWeekday(day) - weekStartsOn + 7) % 7);
  const [y, m] = civilFromDays(day);
  return daysFromCivil(y, m, 1);
}

/** The first day of the bucket after the one starting on `startDay`. */
export function nextBucketDay(startDay: number, unit: BucketUnit): number {
  if (unit === "day") return startDay + 1;
  if (unit === "week") return startDay + 7;
  const [y, m] = civilFromDays(startDay);
  return m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
}

/**
 * Builds the grid from local day `fromDay` to `toDay` (exclusive), snapped
 * outwards to whole buckets.
 */
export function makeGrid(
  clock: WallClock,
  fromDay: number,
  toDay: number,
  unit: BucketUnit,
  weekStartsOn: number,
): TimeGrid {
  const firstDay = bucketStartDay(fromDay, unit, weekStartsOn);
  const starts: number[] = [firstDay];
  let day = firstDay;
  do {
    day = nextBucketDay(day, unit);
    starts.push(day);
  } while (day < toDay);
  const dayCount = day - firstDay;
  const bucketCount = starts.length - 1;
  const dayStarts = new Float64Array(dayCount + 1);
  for (let i = 0; i <= dayCount; i++) dayStarts[i] = clock.instant((firstDay + i) * MS_PER_DAY);
  const dayBucket = new Int32Array(dayCount);
  const bucketFirstDay = new Int32Array(bucketCount + 1);
  for (let b = 0; b < bucketCount; b++) {
    const from = starts[b] - firstDay;
    const to = starts[b + 1] - firstDay;
    bucketFirstDay[b] = from;
    dayBucket.fill(b, from, to);
  }
  bucketFirstDay[bucketCount] = dayCount;
  return { unit, firstDay, dayCount, dayStarts, dayBucket, bucketCount, bucketFirstDay };
}

/**
 * Index of the day holding instant `t` (a moment on a boundary belongs to the
 * later day), -1 before the grid, `dayCount` after it.
 */
export function dayIndexOf(grid: TimeGrid, t: number): number {
  const starts = grid.dayStarts;
  const n = grid.dayCount;
  if (t < starts[0]) return -1;
  if (t >= starts[n]) return n;
  // Days are 23–25 h long, so the estimate is off by at most one or two.
  let i = Math.floor((t - starts[0]) / MS_PER_DAY);
  if (i >= n) i = n - 1;
  while (t < starts[i]) i--;
  while (t >= starts[i + 1]) i++;
  return i;
}

/**
 * A lookup table for finding the day of many instants: the day holding the
 * start of each hour since the grid's start. An instant's hour gives a day at
 * most one boundary early (no day is shorter than an hour, except days that a
 * zone skipped entirely, which the loop steps over), so one comparison, seldom
 * two, finishes the search.
 */
export interface DayFinder {
  origin: number;
  end: number;
  dayCount: number;
  dayStarts: Float64Array;
  hourDay: Int32Array;
}

export function dayFinder(grid: TimeGrid): DayFinder {
  const { dayStarts, dayCount } = grid;
  const origin = dayStarts[0];
  const end = dayStarts[dayCount];
  const hourDay = new Int32Array(Math.ceil((end - origin) / MS_PER_HOUR) + 1);
  let d = 0;
  for (let h = 0; h < hourDay.length; h++) {
    const t = origin + h * MS_PER_HOUR;
    while (d < dayCount - 1 && t >= dayStarts[d + 1]) d++;
    hourDay[h] = d;
  }
  return { origin, end, dayCount, dayStarts, hourDay };
}

const HOURS_PER_MS = 1 / MS_PER_HOUR;

/** The same answer as {@link dayIndexOf}, from a {@link DayFinder}; `t` must not be NaN. */
export function findDay(finder: DayFinder, t: number): number {
  if (t < finder.origin) return -1;
  if (t >= finder.end) return finder.dayCount;
  return dayIn(finder.hourDay, finder.dayStarts, finder.origin, t);
}

/**
 * {@link findDay} from the finder's arrays, for `t` inside the grid (hot loops
 * that see only typed arrays and numbers keep their optimized code longer).
 */
export function dayIn(
  hourDay: Int32Array,
  starts: Float64Array,
  origin: number,
  t: number,
): number {
  // The hour since the grid's start: `| 0` truncates like Math.floor (the hour
  // is ≥ 0 and far below 2^31) and keeps the index an integer for the engine.
  let d = hourDay[((t - origin) * HOURS_PER_MS) | 0];
  while (t >= starts[d + 1]) d++;
  // Rounding of the product can only land a day late within a hair of a midnight.
  while (t < starts[d]) d--;
  return d;
}

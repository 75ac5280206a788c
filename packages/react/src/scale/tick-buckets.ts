import type { BucketUnit } from "@tidemark/core";
import { DAY_STEPS, MONDAY_EPOCH_DAY, MONTH_STEPS } from "./day-ticks.js";

const DAY = 86_400_000;

/** Steps in years past 12 months, for ranges of many years. */
const YEAR_STEPS = [2, 5, 10, 20, 50, 100];

/** One bucket as the steps see it: its first day, and the month whose 1st it holds. */
interface Mark {
  /** Days since 1970-01-01 of the bucket's start; NaN when the start is not `YYYY-MM-DD`. */
  day: number;
  /** Year and month (0 = January) of the 1st the bucket holds; null when it holds none. */
  first: { year: number; month: number } | null;
}

const mod = (a: number, b: number) => ((a % b) + b) % b;

function markOf(start: string, unit: BucketUnit): Mark {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  if (!m) return { day: Number.NaN, first: null };
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY;
  // A day holds a 1st if it is one, a month always, a week if its last day is the 7th or before.
  const last = new Date((day + (unit === "week" ? 6 : 0)) * DAY);
  const holds = unit === "month" || last.getUTCDate() <= (unit === "week" ? 7 : 1);
  return {
    day,
    first: holds ? { year: last.getUTCFullYear(), month: last.getUTCMonth() } : null,
  };
}

/**
 * The 1st of a month that the bucket starting on `start` holds, `YYYY-MM-01`:
 * a day's own date when it is a 1st, a week's 1st among its seven days, a
 * month's start; null when it holds none (or `start` is not `YYYY-MM-DD`).
 *
 * @example firstOfMonthIn("2010-06-28", "week") // "2010-07-01"
 */
export function firstOfMonthIn(start: string, unit: BucketUnit): string | null {
  const first = markOf(start, unit).first;
  if (first === null) return null;
  return `${String(first.year).padStart(4, "0")}-${String(first.month + 1).padStart(2, "0")}-01`;
}

/** The round steps for `unit`, finest first, each as "is this bucket on the step". */
function stepsFor(unit: BucketUnit): Array<(b: Mark) => boolean> {
  const steps: Array<(b: Mark) => boolean> = [];
  if (unit === "day") {
    for (const s of DAY_STEPS) {
      // Weeks start on Mondays; other steps on multiples of themselves, as dayTicks does.
      const base = s % 7 === 0 ? MONDAY_EPOCH_DAY : 0;
      steps.push((b) => mod(b.day - base, s) === 0);
    }
  }
  if (unit === "week") {
    for (const w of [1, 2])
      steps.push((b) => mod(Math.floor((b.day - MONDAY_EPOCH_DAY) / 7), w) === 0);
  }
  for (const s of MONTH_STEPS) steps.push((b) => b.first !== null && b.first.month % s === 0);
  for (const k of YEAR_STEPS) {
    steps.push((b) => b.first !== null && b.first.month === 0 && b.first.year % k === 0);
  }
  return steps;
}

/**
 * The indices of the buckets to label on a date axis with room for `count`
 * labels: those on the smallest round step that gives between 1 and `count`
 * of them, so labels read evenly (Jan 1, Feb 1, Mar 1; not Jan 1, 20, Feb 8).
 * `starts` are the buckets' local start dates, `YYYY-MM-DD`.
 *
 * - day buckets: every day, every 2 days, Mondays, every other Monday (the
 *   steps of {@link dayTicks}), then the 1st of every 1, 2, 3, 6 or 12
 *   months counted from January;
 * - week buckets: every week, every other week, then the weeks that hold the
 *   1st of every 1, 2, 3, 6 or 12 months;
 * - month buckets: every 1, 2, 3, 6 or 12 months from January;
 *
 * and past that, Januaries of every 2, 5, 10, 20, 50 or 100 years. When no
 * step fits (a few days between Mondays and no room for each), the first
 * bucket alone; no buckets, no indices.
 *
 * @example
 * // Six months from January with room for 3 labels: Jan, Mar, May.
 * tickBuckets(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"], "month", 3) // [0, 2, 4]
 */
export function tickBuckets(starts: readonly string[], unit: BucketUnit, count: number): number[] {
  const n = starts.length;
  if (n === 0) return [];
  const fit = Math.max(1, Math.floor(Number.isFinite(count) ? count : 1));
  const marks = starts.map((s) => markOf(s, unit));
  for (const on of stepsFor(unit)) {
    const picked: number[] = [];
    for (let i = 0; i < n && picked.length <= fit; i++) {
      if (on(marks[i] as Mark)) picked.push(i);
    }
    if (picked.length >= 1 && picked.length <= fit) return picked;
  }
  return [0];
}

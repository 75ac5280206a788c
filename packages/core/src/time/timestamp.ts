import { TidemarkError } from "../errors.js";
import { daysFromCivil, daysInMonth, MS_PER_DAY } from "./civil.js";
import type { WallClock } from "./zone.js";

/**
 * A char-code scanner for the timestamps found in helpdesk exports. It reads a
 * slice of a string without creating substrings or `Date` objects.
 *
 * Accepted, decided once per file:
 * - ISO 8601: `2024-03-31`, `2024-03-31T14:05`, `2024-03-31 14:05:09.123`, with
 *   an optional `Z`, `±HH:MM`, `±HHMM` or `±HH`.
 * - Slash dates: `03/31/2024` or `31/03/2024` (the `dateOrder`), with an optional
 *   time `2:05[:09] [AM|PM]`.
 * A time without an offset is local time in the reader's zone; a date alone is
 * local midnight.
 */

const NOT_A_DATE =
  "not a date (expected ISO 8601 such as 2024-03-31T14:05:00Z, or a slash date such as 03/31/2024)";

/**
 * Years a helpdesk timestamp can have. Outside them a date is a typo (2424) or
 * a placeholder (0001-01-01, 9999-12-31): read as a date, one would stretch the
 * buckets over centuries and make every figure meaningless.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Whether slash dates are month first (`mdy`, US exports) or day first (`dmy`). */
export type DateOrder = "mdy" | "dmy";

/** Throws `invalid-option` unless `order` is a {@link DateOrder} or undefined. */
export function checkDateOrder(order: unknown): void {
  if (order === undefined || order === "mdy" || order === "dmy") return;
  throw new TidemarkError(
    "invalid-option",
    `Invalid option dateOrder: ${JSON.stringify(order) ?? String(order)}; expected "dmy" (day first, 31/12/2024) or "mdy" (month first, 12/31/2024).`,
  );
}

/** Reads timestamps in one zone and one date order. `reason` explains the last NaN. */
export class TimestampReader {
  reason = "";
  /** How many timestamps read so far had no offset (read in the zone). */
  naiveCount = 0;
  private readonly clock: WallClock;
  readonly dateOrder: DateOrder;
  /** Dates the common-layout path has read (YYYYMMDD, by a hash), and their UTC starts. */
  private readonly dates = new Int32Array(64).fill(-1);
  private readonly dayStarts = new Float64Array(64);

  constructor(clock: WallClock, dateOrder: DateOrder) {
    this.clock = clock;
    this.dateOrder = dateOrder;
  }

  get timeZone(): string {
    return this.clock.timeZone;
  }

  /** Epoch ms of `s[start, end)`, or NaN with {@link reason} set. */
  read(s: string, start = 0, end = s.length): number {
    while (start < end && s.charCodeAt(start) === 32) start++;
    while (end > start && s.charCodeAt(end - 1) === 32) end--;
    if (end - start < 8) return this.fail(NOT_A_DATE);
    const fast = this.readCommonIso(s, start, end);
    if (!Number.isNaN(fast)) return fast;
    const c4 = s.charCodeAt(start + 4);
    return c4 === 45 ? this.readIso(s, start, end) : this.readSlash(s, start, end);
  }

  /**
   * The layout nearly every export writes, `YYYY-MM-DD[T ]HH:MM:SS` with `Z`,
   * `±HH:MM` or nothing after it, read in one go; NaN for anything else, which
   * then takes the general path (and gets its reason there). Rows near each
   * other mostly share a few dates, so recent dates' day numbers are remembered.
   * Leaves {@link reason} alone; counts a time without offset in {@link naiveCount}.
   */
  readCommonIso(s: string, i: number, end: number): number {
    const length = end - i;
    if (length !== 19 && length !== 20 && length !== 25) return Number.NaN;
    const sep = s.charCodeAt(i + 10);
    if (
      s.charCodeAt(i + 4) !== 45 ||
      s.charCodeAt(i + 7) !== 45 ||
      (sep !== 84 && sep !== 32) ||
      s.charCodeAt(i + 13) !== 58 ||
      s.charCodeAt(i + 16) !== 58
    )
      return Number.NaN;
    let offset = 0;
    if (length === 20) {
      if (s.charCodeAt(i + 19) !== 90) return Number.NaN;
    } else if (length === 25) {
      const sign = s.charCodeAt(i + 19);
      if ((sign !== 43 && sign !== 45) || s.charCodeAt(i + 22) !== 58) return Number.NaN;
      const oh = twoDigits(s, i + 20);
      const om = twoDigits(s, i + 23);
      if (oh > 18 || om > 59) return Number.NaN;
      offset = (sign === 45 ? -60_000 : 60_000) * (oh * 60 + om);
    }
    const century = twoDigits(s, i);
    const year = twoDigits(s, i + 2);
    const mo = twoDigits(s, i + 5);
    const d = twoDigits(s, i + 8);
    const h = twoDigits(s, i + 11);
    const mi = twoDigits(s, i + 14);
    const sec = twoDigits(s, i + 17);
    if (century > 99 || year > 99 || mo > 12 || d > 31 || h > 23 || mi > 59 || sec > 59)
      return Number.NaN;
    const date = (century * 100 + year) * 10_000 + mo * 100 + d;
    const slot = (date ^ (date >>> 6)) & 63;
    let dayStart = this.dayStarts[slot];
    if (this.dates[slot] !== date) {
      const y = century * 100 + year;
      if (
        !(mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) ||
        y < MIN_YEAR ||
        y > MAX_YEAR
      )
        return Number.NaN;
      dayStart = daysFromCivil(y, mo, d) * MS_PER_DAY;
      this.dates[slot] = date;
      this.dayStarts[slot] = dayStart;
    }
    const wall = dayStart + h * 3_600_000 + mi * 60_000 + sec * 1000;
    if (length !== 19) return wall - offset;
    this.naiveCount++;
    return this.clock.instant(wall);
  }

  private fail(reason: string): number {
    this.reason = reason;
    return Number.NaN;
  }

  private readIso(s: string, i: number, end: number): number {
    const y = digits(s, i, 4);
    const mo = digits(s, i + 5, 2);
    const d = digits(s, i + 8, 2);
    if (y < 0 || mo < 0 || d < 0 || s.charCodeAt(i + 7) !== 45) {
      return this.fail("not an ISO 8601 date (expected YYYY-MM-DD)");
    }
    return this.readTime(s, i + 10, end, y, mo, d, false);
  }

  private readSlash(s: string, i: number, end: number): number {
    let p = i;
    const a = numberUntil(s, p, end, 47);
    if (a.value < 0 || a.next - p > 2) return this.fail(NOT_A_DATE);
    const first = a.value;
    p = a.next + 1;
    const b = numberUntil(s, p, end, 47);
    if (b.value < 0 || b.next - p > 2) return this.fail(NOT_A_DATE);
    const second = b.value;
    p = b.next + 1;
    const y = digits(s, p, 4);
    if (y < 0) return this.fail("not a date: the year must have four digits");
    const mo = this.dateOrder === "mdy" ? first : second;
    const d = this.dateOrder === "mdy" ? second : first;
    return this.readTime(s, p + 4, end, y, mo, d, true);
  }

  private readTime(
    s: string,
    i: number,
    end: number,
    y: number,
    mo: number,
    d: number,
    clock12: boolean,
  ): number {
    if (mo < 1 || mo > 12) {
      return this.fail(
        `month ${mo} is out of range${clock12 ? ` (dates in this file are read as ${this.dateOrder === "mdy" ? "month/day/year" : "day/month/year"})` : ""}`,
      );
    }
    if (d < 1 || d > daysInMonth(y, mo)) return this.fail(`day ${d} does not exist in ${y}-${mo}`);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return this.fail(
        `year ${y} is not a plausible ticket date (${MIN_YEAR}–${MAX_YEAR}): a typo, or a placeholder for "never"? Leave the field empty instead`,
      );
    }
    let h = 0;
    let mi = 0;
    let sec = 0;
    let ms = 0;
    let offset = Number.NaN;
    if (i < end) {
      const sep = s.charCodeAt(i);
      if (sep !== 84 && sep !== 32 && sep !== 116)
        return this.fail("unexpected text after the date");
      i++;
      while (i < end && s.charCodeAt(i) === 32) i++;
      const hh = numberUntil(s, i, end, 58);
      if (hh.value < 0 || hh.next - i > 2) return this.fail("not a time (expected HH:MM)");
      h = hh.value;
      i = hh.next + 1;
      mi = digits(s, i, 2);
      if (mi < 0) return this.fail("not a time (expected HH:MM)");
      i += 2;
      if (s.charCodeAt(i) === 58) {
        sec = digits(s, i + 1, 2);
        if (sec < 0) return this.fail("not a time (expected HH:MM:SS)");
        i += 3;
        if (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44) {
          i++;
          let scale = 100;
          while (i < end) {
            const c = s.charCodeAt(i) - 48;
            if (c < 0 || c > 9) break;
            ms += c * scale;
            scale /= 10;
            i++;
          }
          ms = Math.floor(ms);
        }
      }
      while (i < end && s.charCodeAt(i) === 32) i++;
      if (i < end) {
        const c = s.charCodeAt(i);
        if (c === 90 || c === 122) {
          offset = 0;
          i++;
        } else if (c === 43 || c === 45) {
          const oh = digits(s, i + 1, 2);
          if (oh < 0) return this.fail("not a UTC offset (expected Z or ±HH:MM)");
          i += 3;
          let om = 0;
          if (s.charCodeAt(i) === 58) i++;
          if (i < end) {
            om = digits(s, i, 2);
            if (om < 0) return this.fail("not a UTC offset (expected Z or ±HH:MM)");
            i += 2;
          }
          if (oh > 18 || om > 59) return this.fail("UTC offset out of range");
          offset = (c === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
        } else if (clock12 && (c === 65 || c === 80 || c === 97 || c === 112)) {
          const m = s.charCodeAt(i + 1);
          if (m !== 77 && m !== 109) return this.fail("expected AM or PM");
          if (h < 1 || h > 12) return this.fail(`hour ${h} is out of range for a 12-hour clock`);
          const pm = c === 80 || c === 112;
          h = (h % 12) + (pm ? 12 : 0);
          i += 2;
        }
      }
      while (i < end && s.charCodeAt(i) === 32) i++;
      if (i < end) return this.fail("unexpected text after the time");
      if (h > 23 || mi > 59 || sec > 59) return this.fail("time of day out of range");
    }
    const wall =
      daysFromCivil(y, mo, d) * MS_PER_DAY + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms;
    if (!Number.isNaN(offset)) return wall - offset;
    this.naiveCount++;
    return this.clock.instant(wall);
  }
}

/** The value of the two decimal digits at `s[i]`, or 100 when they are not two digits. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >>> 0 <= 9 && b >>> 0 <= 9 ? a * 10 + b : 100;
}

/** The value of `n` decimal digits at `s[i]`, or -1 (also when the text ends first). */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48;
    // Past the end of `s`, charCodeAt gives NaN, which fails no comparison.
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

const scratch = { value: 0, next: 0 };

/**
 * Reads 1–4 digits from `s[i]` up to the char `stop`; value -1 if that fails.
 * Returns a shared object: read its fields before the next call.
 */
function numberUntil(s: string, i: number, end: number, stop: number): typeof scratch {
  let v = 0;
  let k = i;
  while (k < end && k - i < 5) {
    const c = s.charCodeAt(k);
    if (c === stop) break;
    const dgt = c - 48;
    if (dgt < 0 || dgt > 9) {
      scratch.value = -1;
      return scratch;
    }
    v = v * 10 + dgt;
    k++;
  }
  scratch.value = k === i || s.charCodeAt(k) !== stop ? -1 : v;
  scratch.next = k;
  return scratch;
}

/**
 * Decides the date order of a file from sample values: day-first if some first
 * part exceeds 12, month-first if some second part does. `null` when the sample
 * cannot tell (all parts ≤ 12, or no slash dates), `"conflict"` when both occur.
 */
export function detectDateOrder(samples: readonly string[]): DateOrder | "conflict" | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of samples) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(v);
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    // A date both of whose parts exceed 12 is no date in either order: that
    // row's error, not a vote.
    if (first > 12 && second > 12) continue;
    if (first > 12) dayFirst = true;
    if (second > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return "conflict";
  return dayFirst ? "dmy" : monthFirst ? "mdy" : null;
}

import { TidemarkError } from "../errors.js";
import { checkInstant, checkText } from "../input-checks.js";
import { MS_PER_DAY } from "./civil.js";

/**
 * Time-zone arithmetic on top of `Intl`: the offset of a zone at an instant, and
 * the instant of a local wall time under Temporal's `compatible` rule. Calls into
 * `Intl` are slow, so callers cache per day (see {@link WallClock}).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new TidemarkError(
        "unknown-time-zone",
        `Unknown time zone "${timeZone}": use an IANA name such as "Europe/Paris" or "UTC".`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a {@link TidemarkError} unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const isUtc = (timeZone: string) =>
  timeZone === "UTC" || timeZone === "Etc/UTC" || timeZone === "Z";

/** The zone's offset at `instant` by asking `Intl` (slow: a few microseconds). */
function intlOffsetAt(timeZone: string, instant: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of parts) {
    const v = Number(p.value);
    if (p.type === "year") y = v;
    else if (p.type === "month") mo = v;
    else if (p.type === "day") d = v;
    else if (p.type === "hour") h = v;
    else if (p.type === "minute") mi = v;
    else if (p.type === "second") s = v;
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return wall - whole;
}

/**
 * One zone's offsets, remembered per UTC day: the offset at each midnight
 * (one `Intl` call a day) and, on a day whose two midnights differ, the second
 * at which it changes (found once by bisection). Zones change offset at whole
 * seconds and at most once a day.
 */
class ZoneOffsets {
  private readonly timeZone: string;
  private readonly midnights = new Map<number, number>();
  private readonly changes = new Map<number, number>();

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  private midnight(day: number): number {
    let o = this.midnights.get(day);
    if (o === undefined) {
      // A long-lived process sees a bounded number of days; start over past that.
      if (this.midnights.size > 200_000) this.midnights.clear();
      o = intlOffsetAt(this.timeZone, day * MS_PER_DAY);
      this.midnights.set(day, o);
    }
    return o;
  }

  at(instant: number): number {
    const day = Math.floor(instant / MS_PER_DAY);
    const before = this.midnight(day);
    const after = this.midnight(day + 1);
    if (before === after) return before;
    let change = this.changes.get(day);
    if (change === undefined) {
      let lo = day * 86_400;
      let hi = lo + 86_400;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (intlOffsetAt(this.timeZone, mid * 1000) === before) lo = mid;
        else hi = mid;
      }
      change = hi * 1000;
      this.changes.set(day, change);
    }
    return instant >= change ? after : before;
  }
}

const zones = new Map<string, ZoneOffsets>();

/** The zone's offset from UTC at `instant`, in ms (Paris in winter: +3,600,000). */
export function offsetAt(timeZone: string, instant: number): number {
  checkText(timeZone, "offsetAt", "an IANA time zone name");
  checkInstant(instant, "offsetAt", "the instant");
  if (isUtc(timeZone)) return 0;
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    formatterFor(timeZone);
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone.at(instant);
}

/**
 * The instant of a local wall time, given as "wall ms" (the wall time read as if
 * it were UTC). In a DST gap the time moves forward by the gap; in an overlap the
 * earlier instant wins (Temporal's `compatible` disambiguation).
 */
export function instantOfWall(timeZone: string, wall: number): number {
  checkText(timeZone, "instantOfWall", "an IANA time zone name");
  checkInstant(wall, "instantOfWall", "the wall time");
  if (isUtc(timeZone)) return wall;
  // Offsets well before and well after: a zone has at most one transition in ±26 h.
  const before = offsetAt(timeZone, wall - 26 * 3_600_000);
  const after = offsetAt(timeZone, wall + 26 * 3_600_000);
  const tBefore = wall - before;
  const tAfter = wall - after;
  const beforeValid = offsetAt(timeZone, tBefore) === before;
  const afterValid = offsetAt(timeZone, tAfter) === after;
  if (beforeValid && afterValid) return Math.min(tBefore, tAfter);
  if (beforeValid) return tBefore;
  if (afterValid) return tAfter;
  // A gap: read with the offset in force before it, which lands after the gap.
  return tBefore;
}

/**
 * Converts wall times to instants for one zone, doing the `Intl` work once per
 * local day rather than once per timestamp.
 */
export class WallClock {
  readonly timeZone: string;
  private readonly utc: boolean;
  private readonly dayOffset = new Map<number, number>();

  constructor(timeZone: string) {
    assertTimeZone(timeZone);
    this.timeZone = timeZone;
    this.utc = isUtc(timeZone);
  }

  /** The instant of a wall time (wall ms as for {@link instantOfWall}). */
  instant(wall: number): number {
    if (this.utc) return wall;
    const day = Math.floor(wall / MS_PER_DAY);
    let offset = this.dayOffset.get(day);
    if (offset === undefined) {
      const start = day * MS_PER_DAY;
      const a = start - instantOfWall(this.timeZone, start);
      const b = start + MS_PER_DAY - instantOfWall(this.timeZone, start + MS_PER_DAY);
      // NaN marks a day with a transition: each time on it takes the slow path.
      offset = a === b ? a : Number.NaN;
      this.dayOffset.set(day, offset);
    }
    return Number.isNaN(offset) ? instantOfWall(this.timeZone, wall) : wall - offset;
  }

  /** The local day number (days since 1970-01-01 local) of an instant. */
  localDay(instant: number): number {
    if (this.utc) return Math.floor(instant / MS_PER_DAY);
    return Math.floor((instant + offsetAt(this.timeZone, instant)) / MS_PER_DAY);
  }
}

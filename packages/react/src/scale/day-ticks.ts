const DAY = 86_400_000;

/** Steps in days, then in months: the round ones a date axis counts in. */
export const DAY_STEPS: readonly number[] = [1, 2, 7, 14];
export const MONTH_STEPS: readonly number[] = [1, 2, 3, 6, 12];

/** 1970-01-05, a Monday, as days since 1970-01-01: where weeks of ticks start. */
export const MONDAY_EPOCH_DAY = 4;

const parts = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of instant `t` in `timeZone`, as if it were UTC (epoch ms). */
function wallOf(t: number, timeZone: string): number {
  let f = parts.get(timeZone);
  if (f === undefined) {
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
    parts.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(t)) p[type] = Number(value);
  return Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute, p.second);
}

/** The local day (days since 1970-01-01) of instant `t`. */
const localDay = (t: number, timeZone: string) => Math.floor(wallOf(t, timeZone) / DAY);

/** The instant of local midnight starting `day`; the day's first instant where a DST gap takes midnight. */
function midnight(day: number, timeZone: string): number {
  const wall = day * DAY;
  let t = wall - (wallOf(wall, timeZone) - wall);
  // Once more at the guess itself: the offset there may differ (a DST change that night).
  t = wall - (wallOf(t, timeZone) - t);
  return localDay(t, timeZone) < day ? t + 3_600_000 : t;
}

/**
 * About `count` ticks at local midnights in `timeZone` inside `[t0, t1]`, on
 * round steps (1, 2, 7 or 14 days, weeks from Mondays, or 1, 2, 3, 6 or 12
 * months from the 1st), so that a date axis reads evenly: a tick between two
 * midnights would be labelled with a date it does not start.
 */
export function dayTicks(t0: number, t1: number, count: number, timeZone: string): number[] {
  if (!(t1 >= t0)) return [];
  const first = localDay(t0, timeZone);
  const last = localDay(t1, timeZone);
  const span = last - first;
  const want = Math.max(1, count);
  const days = DAY_STEPS.find((s) => span / s <= want);
  const ticks: number[] = [];
  const push = (day: number) => {
    const t = midnight(day, timeZone);
    if (t >= t0 && t <= t1) ticks.push(t);
  };
  if (days !== undefined) {
    // Weeks start on Mondays (1970-01-05 was one); other steps on multiples of themselves.
    const base = days === 7 || days === 14 ? MONDAY_EPOCH_DAY : 0;
    const start = first - ((((first - base) % days) + days) % days);
    for (let d = start; d <= last; d += days) push(d);
    return ticks;
  }
  const months =
    MONTH_STEPS.find((s) => span / 30.44 / s <= want) ?? 12 * Math.ceil(span / 365.25 / want);
  const from = new Date(first * DAY);
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth() - (from.getUTCMonth() % Math.min(months, 12));
  for (;;) {
    const day = Date.UTC(y, m, 1) / DAY;
    if (day > last) break;
    push(day);
    m += months;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return ticks;
}

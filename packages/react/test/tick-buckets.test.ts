import { describe, expect, it } from "vitest";
import { firstOfMonthIn, tickBuckets } from "../src/scale/tick-buckets.js";

const DAY = 86_400_000;

/** `n` bucket starts `every` days apart from `first`, as `YYYY-MM-DD`. */
function daysFrom(first: string, n: number, every = 1): string[] {
  const t = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) =>
    new Date(t + i * every * DAY).toISOString().slice(0, 10),
  );
}

/** `n` month starts from `year`-`month` (1 = January). */
function monthsFrom(year: number, month: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    new Date(Date.UTC(year, month - 1 + i, 1)).toISOString().slice(0, 10),
  );
}

const picked = (starts: string[], unit: "day" | "week" | "month", count: number) =>
  tickBuckets(starts, unit, count).map((i) => starts[i]);

describe("tickBuckets(starts, 'day', count)", () => {
  // 120 days from Monday, January 1 2024 to Monday, April 29.
  const days = daysFrom("2024-01-01", 120);

  it("room for 6: every other Monday is 9, so the 1st of each month", () => {
    expect(picked(days, "day", 6)).toEqual([
      "2024-01-01",
      "2024-02-01",
      "2024-03-01",
      "2024-04-01",
    ]);
    // Leap year: January has 31 days, February 29, March 31.
    expect(tickBuckets(days, "day", 6)).toEqual([0, 31, 60, 91]);
  });

  it("room for 9: every other Monday, counted from Monday, January 5 1970 (Jan 1 2024 is off)", () => {
    expect(picked(days, "day", 9)).toEqual([
      "2024-01-08",
      "2024-01-22",
      "2024-02-05",
      "2024-02-19",
      "2024-03-04",
      "2024-03-18",
      "2024-04-01",
      "2024-04-15",
      "2024-04-29",
    ]);
  });

  it("room for 20: the 18 Mondays; room for 60: every other day from January 1 1970", () => {
    const mondays = picked(days, "day", 20);
    expect(mondays).toHaveLength(18);
    expect(mondays[0]).toBe("2024-01-01");
    expect(mondays[17]).toBe("2024-04-29");
    for (const d of mondays) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(1);
    // Day 19,723 (Jan 1 2024) is odd, so the even days start on Jan 2.
    const everyOther = tickBuckets(days, "day", 60);
    expect(everyOther).toHaveLength(60);
    expect(everyOther.slice(0, 3)).toEqual([1, 3, 5]);
    expect(picked(days, "day", 120)).toEqual(days);
  });

  it("Tuesday to Saturday with room for 1 holds no Monday or 1st: the first day alone", () => {
    const week = daysFrom("2024-01-02", 5);
    expect(tickBuckets(week, "day", 1)).toEqual([0]);
    expect(picked(week, "day", 3)).toEqual(["2024-01-02", "2024-01-04", "2024-01-06"]);
  });
});

describe("tickBuckets(starts, 'week', count)", () => {
  it("52 weeks of 2024 with room for 6: the weeks holding Jan, Mar, May, Jul, Sep and Nov 1", () => {
    const weeks = daysFrom("2024-01-01", 52, 7);
    expect(picked(weeks, "week", 6)).toEqual([
      "2024-01-01", // Jan 1 is the Monday
      "2024-02-26", // Mar 1 is a Friday
      "2024-04-29", // May 1 is a Wednesday
      "2024-07-01", // Jul 1 is the Monday
      "2024-08-26", // Sep 1 is the Sunday
      "2024-10-28", // Nov 1 is a Friday
    ]);
    // Room for all twelve months.
    expect(picked(weeks, "week", 12)).toHaveLength(12);
  });

  it("weeks from Sundays: the week of Sun, Sep 1 holds it, the week before does not", () => {
    const weeks = daysFrom("2024-08-04", 10, 7);
    expect(picked(weeks, "week", 3)).toEqual(["2024-09-01", "2024-09-29"]);
  });

  it("few weeks: every week, then every other week", () => {
    const weeks = daysFrom("2024-01-01", 10, 7);
    expect(tickBuckets(weeks, "week", 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(picked(weeks, "week", 5)).toEqual([
      "2024-01-08",
      "2024-01-22",
      "2024-02-05",
      "2024-02-19",
      "2024-03-04",
    ]);
  });
});

describe("tickBuckets(starts, 'month', count)", () => {
  it("36 months from January 2022 with room for 6: Januaries and Julys", () => {
    expect(picked(monthsFrom(2022, 1, 36), "month", 6)).toEqual([
      "2022-01-01",
      "2022-07-01",
      "2023-01-01",
      "2023-07-01",
      "2024-01-01",
      "2024-07-01",
    ]);
  });

  it("May 2023 to April 2024 with room for 5: quarters from January (odd months would be 6)", () => {
    expect(picked(monthsFrom(2023, 5, 12), "month", 5)).toEqual([
      "2023-07-01",
      "2023-10-01",
      "2024-01-01",
      "2024-04-01",
    ]);
  });

  it("ten years with room for 4: every 5 years (every 2 would be 5 ticks)", () => {
    expect(picked(monthsFrom(2015, 1, 120), "month", 4)).toEqual(["2015-01-01", "2020-01-01"]);
  });
});

describe("tickBuckets bounds", () => {
  it("no buckets, no ticks", () => {
    expect(tickBuckets([], "day", 5)).toEqual([]);
  });

  it("always between 1 and count ticks, in order, for every length and room", () => {
    const all = {
      day: daysFrom("2023-11-15", 800),
      week: daysFrom("2023-11-13", 300, 7),
      month: monthsFrom(2001, 3, 300),
    };
    for (const unit of ["day", "week", "month"] as const) {
      for (let n = 1; n <= all[unit].length; n += 7) {
        for (let count = 1; count <= 12; count++) {
          const ticks = tickBuckets(all[unit].slice(0, n), unit, count);
          expect(ticks.length).toBeGreaterThanOrEqual(1);
          expect(ticks.length).toBeLessThanOrEqual(count);
          for (let i = 1; i < ticks.length; i++) {
            expect(ticks[i] as number).toBeGreaterThan(ticks[i - 1] as number);
          }
        }
      }
    }
  });
});

describe("firstOfMonthIn(start, unit)", () => {
  it("a week holds the 1st among its seven days; a day only its own; a month always", () => {
    // Mon, Jun 28 2010 to Sun, Jul 4 holds July 1; Jun 21–27 holds none.
    expect(firstOfMonthIn("2010-06-28", "week")).toBe("2010-07-01");
    expect(firstOfMonthIn("2010-06-21", "week")).toBeNull();
    // Sun, Aug 25 2024 ends on Sat, Aug 31; Sun, Sep 1 starts on it.
    expect(firstOfMonthIn("2024-08-25", "week")).toBeNull();
    expect(firstOfMonthIn("2024-09-01", "week")).toBe("2024-09-01");
    // Across a year: Mon, Dec 30 2024 holds January 1 2025.
    expect(firstOfMonthIn("2024-12-30", "week")).toBe("2025-01-01");
    expect(firstOfMonthIn("2024-03-01", "day")).toBe("2024-03-01");
    expect(firstOfMonthIn("2024-03-02", "day")).toBeNull();
    expect(firstOfMonthIn("2024-03-01", "month")).toBe("2024-03-01");
    expect(firstOfMonthIn("March 1", "day")).toBeNull();
  });
});

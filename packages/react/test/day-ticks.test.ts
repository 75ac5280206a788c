import { describe, expect, it } from "vitest";
import { dayTicks } from "../src/scale/day-ticks.js";

/** Local date and time of an instant, by Intl: `2024-03-10 00:00`. */
const local = (t: number, timeZone: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(t)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
};

describe("dayTicks(t0, t1, count, timeZone)", () => {
  it("daily ticks at local midnights across New York's spring DST change", () => {
    const zone = "America/New_York";
    const ticks = dayTicks(
      Date.parse("2024-03-07T12:00:00Z"),
      Date.parse("2024-03-12T12:00:00Z"),
      6,
      zone,
    );
    expect(ticks.map((t) => local(t, zone))).toEqual([
      "2024-03-08 00:00",
      "2024-03-09 00:00",
      "2024-03-10 00:00",
      "2024-03-11 00:00",
      "2024-03-12 00:00",
    ]);
    // The 10th is 23 hours long.
    expect((ticks[3] as number) - (ticks[2] as number)).toBe(23 * 3_600_000);
  });

  it("weeks from Mondays, months from the 1st, as the range grows", () => {
    const zone = "Europe/Paris";
    const weeks = dayTicks(
      Date.parse("2024-01-01T00:00:00Z"),
      Date.parse("2024-02-20T00:00:00Z"),
      8,
      zone,
    );
    for (const t of weeks) {
      expect(local(t, zone).endsWith(" 00:00")).toBe(true);
      expect(new Date(local(t, zone).slice(0, 10)).getUTCDay()).toBe(1);
    }
    expect(weeks.length).toBeGreaterThanOrEqual(4);
    const months = dayTicks(
      Date.parse("2023-01-15T00:00:00Z"),
      Date.parse("2024-03-01T00:00:00Z"),
      6,
      zone,
    );
    expect(months.map((t) => local(t, zone))).toEqual([
      "2023-04-01 00:00",
      "2023-07-01 00:00",
      "2023-10-01 00:00",
      "2024-01-01 00:00",
    ]);
  });

  it("a midnight DST takes (Santiago, 8 September 2024) ticks at the day's first instant", () => {
    const zone = "America/Santiago";
    const ticks = dayTicks(
      Date.parse("2024-09-07T12:00:00Z"),
      Date.parse("2024-09-09T12:00:00Z"),
      4,
      zone,
    );
    expect(ticks.map((t) => local(t, zone))).toEqual(["2024-09-08 01:00", "2024-09-09 00:00"]);
  });

  it("a range inside one day has no tick; an empty one neither", () => {
    const t = Date.parse("2024-03-06T12:00:00Z");
    expect(dayTicks(t, t + 1, 4, "UTC")).toEqual([]);
    expect(dayTicks(t, t - 1, 4, "UTC")).toEqual([]);
  });
});

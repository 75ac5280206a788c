import { describe, expect, test } from "vitest";
import { formatDay } from "../../src/time/civil.js";
import { dayFinder, dayIndexOf, findDay, makeGrid } from "../../src/time/grid.js";
import { WallClock } from "../../src/time/zone.js";
import { localDate } from "../reference.js";

const MIN = 60_000;

/** Every 7 minutes across the grid, plus each day start and the millisecond before it. */
function probes(dayStarts: Float64Array): number[] {
  const out: number[] = [];
  const first = dayStarts[0] as number;
  const last = dayStarts[dayStarts.length - 1] as number;
  for (let t = first - 10 * MIN; t < last + 10 * MIN; t += 7 * MIN) out.push(t);
  for (const s of dayStarts) out.push(s, s - 1);
  return out;
}

describe("findDay(dayFinder(grid), t)", () => {
  const cases: [string, string, number][] = [
    ["America/New_York", "2024-03-05", 10], // 23-hour day on 10 March
    ["America/New_York", "2024-10-30", 10], // 25-hour day on 3 November
    ["Australia/Lord_Howe", "2024-04-03", 6], // the clock goes back 30 minutes
    ["Asia/Kathmandu", "2024-01-01", 3], // +05:45, midnights off the hour
    ["Pacific/Apia", "2011-12-27", 7], // 30 December 2011 never happened there
  ];
  for (const [zone, from, count] of cases) {
    test(`gives the local day of every instant in ${zone} from ${from}`, () => {
      const clock = new WallClock(zone);
      const firstDay = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
      const grid = makeGrid(clock, firstDay, firstDay + count, "day", 1);
      const finder = dayFinder(grid);
      for (const t of probes(grid.dayStarts)) {
        const d = findDay(finder, t);
        expect(d).toBe(dayIndexOf(grid, t));
        if (d < 0 || d >= grid.dayCount) continue;
        // Intl's own local date, apart from the grid; a skipped day holds no instant.
        expect(formatDay(grid.firstDay + d)).toBe(localDate(t, zone));
      }
    });
  }

  test("is -1 before the grid and dayCount from its end on", () => {
    const grid = makeGrid(new WallClock("UTC"), 19_000, 19_002, "day", 1);
    const finder = dayFinder(grid);
    expect(findDay(finder, (grid.dayStarts[0] as number) - 1)).toBe(-1);
    expect(findDay(finder, grid.dayStarts[2] as number)).toBe(2);
  });
});

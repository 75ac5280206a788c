import { describe, expect, test } from "vitest";
import { durationsByBucket } from "../../src/metrics/durations.js";
import { dayFinder, findDay, makeGrid } from "../../src/time/grid.js";
import { WallClock } from "../../src/time/zone.js";
import { localDate, refQuantile } from "../reference.js";

const H = 3_600_000;
const zone = "Europe/Paris";
// 25 March – 7 April 2024, with the 23-hour day of 31 March; weeks from Monday 25 March.
const firstDay = Date.parse("2024-03-25T00:00:00Z") / 86_400_000;

/** A seeded generator (a 32-bit LCG), so the cases are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Tickets solved over the two weeks (and a few outside them): lead times from
 * 0 ms to 300 years, so some fall outside the bins' range; many repeat exactly.
 */
function tickets(count: number) {
  const random = lcg(11);
  const from = Date.parse("2024-03-24T12:00:00Z");
  const createdAt = new Float64Array(count);
  const doneAt = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const done = from + Math.floor(random() * 15 * 24) * H + Math.floor(random() * H);
    const r = random();
    const lead =
      r < 0.05 ? 0 : r < 0.1 ? 300 * 8766 * H : r < 0.3 ? 4 * H : Math.exp(random() * 25);
    doneAt[i] = done;
    createdAt[i] = done - Math.round(lead);
  }
  return { createdAt, doneAt };
}

/** Per local date (or week start), the hours of the tickets solved then, in ticket order. */
function naiveGroups(
  createdAt: Float64Array,
  doneAt: Float64Array,
  keyOf: (date: string) => string,
) {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < doneAt.length; i++) {
    const key = keyOf(localDate(doneAt[i] as number, zone));
    const list = groups.get(key) ?? [];
    list.push(((doneAt[i] as number) - (createdAt[i] as number)) / H);
    groups.set(key, list);
  }
  return groups;
}

function naiveSummary(hours: number[] | undefined) {
  if (!hours || hours.length === 0) return null;
  let sum = 0;
  for (const h of hours) sum += h;
  return {
    count: hours.length,
    mean: sum / hours.length,
    p50: refQuantile(hours, 0.5),
    p85: refQuantile(hours, 0.85),
    p95: refQuantile(hours, 0.95),
    max: Math.max(...hours),
  };
}

describe("durationsByBucket(createdAt, doneAt, grid)", () => {
  const clock = new WallClock(zone);
  const { createdAt, doneAt } = tickets(20_000);

  test("day buckets: count, mean (ticket order), R-7 percentiles and max match a naive count", () => {
    const grid = makeGrid(clock, firstDay, firstDay + 14, "day", 1);
    const { perBucket, total } = durationsByBucket(createdAt, doneAt, grid);
    const groups = naiveGroups(createdAt, doneAt, (date) => date);
    expect(perBucket).toHaveLength(14);
    perBucket.forEach((summary, b) => {
      const date = localDate(grid.dayStarts[grid.bucketFirstDay[b] as number] as number, zone);
      expect(summary).toEqual(naiveSummary(groups.get(date)));
    });
    const inGrid: number[] = [];
    for (let i = 0; i < doneAt.length; i++) {
      const t = doneAt[i] as number;
      if (t >= (grid.dayStarts[0] as number) && t < (grid.dayStarts[14] as number))
        inGrid.push((t - (createdAt[i] as number)) / H);
    }
    expect(total).toEqual(naiveSummary(inGrid));
  });

  test("week buckets, and days already known, give the same as looking them up", () => {
    const grid = makeGrid(clock, firstDay, firstDay + 14, "week", 1);
    const finder = dayFinder(grid);
    // Known days as the flow pass gives them: a slot of 8 per day, -1 outside.
    const slots = Int32Array.from(doneAt, (t) => {
      const d = findDay(finder, t);
      return d < 0 || d >= grid.dayCount ? -1 : d * 8 + (Math.floor(t / H) % 8);
    });
    const looked = durationsByBucket(createdAt, doneAt, grid);
    expect(durationsByBucket(createdAt, doneAt, grid, { slots, shift: 3 })).toEqual(looked);
    const weekOf = (date: string) =>
      date < "2024-03-25" || date > "2024-04-07"
        ? "outside"
        : date < "2024-04-01"
          ? "2024-03-25"
          : "2024-04-01";
    const groups = naiveGroups(createdAt, doneAt, weekOf);
    expect(looked.perBucket[0]).toEqual(naiveSummary(groups.get("2024-03-25")));
    expect(looked.perBucket[1]).toEqual(naiveSummary(groups.get("2024-04-01")));
  });

  test("no ticket in the grid gives nulls", () => {
    const grid = makeGrid(clock, firstDay + 100, firstDay + 101, "day", 1);
    expect(durationsByBucket(createdAt, doneAt, grid)).toEqual({ perBucket: [null], total: null });
  });
});

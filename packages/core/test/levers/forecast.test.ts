import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type ForecastFan, forecastBacklog, ticketsFromRecords } from "../../src/index.js";
import { backInBand } from "../../src/levers/back-in-band.js";
import { parseDay } from "../../src/time/civil.js";
import { lcg, makeSeries, poisson } from "./series-helpers.js";

const fan = (f: ReturnType<typeof forecastBacklog>): ForecastFan => {
  if (f.status !== "ok") throw new Error(`refused: ${f.explanation}`);
  return f;
};

// 2024-01-01 is a Monday.
const steadyWeek = (i: number) =>
  i % 7 < 5 ? { inflow: 12, throughput: 10 } : { inflow: 0, throughput: 5 };

describe("forecastBacklog(series, options)", () => {
  test("a flat history gives a flat fan: 20 open, 10 in and 10 out a day", () => {
    const s = makeSeries("2024-01-01", 56, 20, () => ({ inflow: 10, throughput: 10 }));
    const f = fan(forecastBacklog(s, { horizonDays: 5 }));
    expect(f.firstDate).toBe("2024-02-26");
    expect(f.capacity).toBe(10);
    expect(f.band).toEqual({ lowDays: 0.5, highDays: 2, low: 5, high: 20 });
    expect(f.days.map((d) => [d.p10, d.p50, d.p90, d.pOutside])).toEqual(
      Array(5).fill([20, 20, 20, 0]),
    );
    expect(f.backInBand.status).toBe("in-band");
  });

  test("Mondays look like Mondays: +2 on weekdays, −5 on weekends, from 30 on a Monday", () => {
    const s = makeSeries("2024-01-01", 56, 30, steadyWeek);
    expect(s.backlog.at(-1)).toBe(30); // a week nets to zero
    const f = fan(forecastBacklog(s, { horizonDays: 7, seed: 3 }));
    expect(f.days.map((d) => d.p10)).toEqual([32, 34, 36, 38, 40, 35, 30]);
    expect(f.days.map((d) => d.p90)).toEqual([32, 34, 36, 38, 40, 35, 30]);
    // Capacity: (5 × 10 + 2 × 5) / 7 a day; the high edge is twice that, 17.1: always above.
    expect(f.capacity).toBeCloseTo(60 / 7, 12);
    expect(f.days.every((d) => d.pAbove === 1)).toBe(true);
  });

  test("backInBand: 100 open, 10 in and 15 out a day: in the band (≤ 30) on day 14", () => {
    const s = makeSeries("2024-01-01", 28, 240, () => ({ inflow: 10, throughput: 15 }));
    expect(s.backlog.at(-1)).toBe(100);
    const f = fan(forecastBacklog(s, { horizonDays: 20 }));
    // 100 − 5t ≤ 30 first at t = 14 (2024-01-29 + 13 days).
    expect(f.backInBand).toMatchObject({
      status: "returns",
      share: 1,
      earliest: "2024-02-11",
      likely: "2024-02-11",
      latest: "2024-02-11",
    });
    const short = fan(forecastBacklog(s, { horizonDays: 10 }));
    expect(short.backInBand.status).toBe("not-within");
    expect(short.backInBand.message).toBe("not within 10 days (0% of runs get back)");
  });

  test("asOf cuts the history: the future starts on the local day holding it", () => {
    const s = makeSeries("2024-01-01", 90, 20, () => ({ inflow: 10, throughput: 10 }));
    const f = fan(forecastBacklog(s, { asOf: Date.parse("2024-02-05T15:00:00Z"), horizonDays: 3 }));
    expect(f.firstDate).toBe("2024-02-05");
    expect(f.history.days).toBe(35);
  });

  test("the same seed gives the same fan; another seed another one", () => {
    const u = lcg(9);
    const s = makeSeries("2024-01-01", 84, 40, () => ({
      inflow: poisson(20, u),
      throughput: poisson(20, u),
    }));
    const a = forecastBacklog(s, { seed: 5, runs: 300 });
    expect(forecastBacklog(s, { seed: 5, runs: 300 })).toEqual(a);
    expect(forecastBacklog(s, { seed: 6, runs: 300 })).not.toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  test("percentiles are ordered, probabilities are shares, nothing is NaN (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 200 }),
        (seed, mean, start) => {
          const u = lcg(seed);
          const s = makeSeries("2024-03-04", 42, start, () => ({
            inflow: poisson(mean, u),
            throughput: poisson(mean, u),
          }));
          const f = forecastBacklog(s, { seed, runs: 50, horizonDays: 10, maxWeeklyCv: 10 });
          if (f.status !== "ok") return f.status === "insufficient-history";
          for (const d of f.days) {
            expect(d.p10).toBeLessThanOrEqual(d.p50);
            expect(d.p50).toBeLessThanOrEqual(d.p90);
            expect(d.p10).toBeGreaterThanOrEqual(0);
            expect(d.pOutside).toBeCloseTo(d.pBelow + d.pAbove, 12);
            expect(d.pOutside).toBeLessThanOrEqual(1);
          }
          expect(JSON.stringify(f)).not.toContain("null,null,null");
          return true;
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("forecastBacklog refuses to guess", () => {
  test("too little history: 20 days", () => {
    const s = makeSeries("2024-01-01", 20, 5, () => ({ inflow: 3, throughput: 3 }));
    const f = forecastBacklog(s);
    expect(f.status).toBe("insufficient-history");
    expect(f).not.toHaveProperty("days");
    if (f.status !== "ok") expect(f.explanation).toMatch(/Only 20 days of history.*at least 28/);
  });

  test("no solve in the capacity window", () => {
    const s = makeSeries("2024-01-01", 40, 5, () => ({ inflow: 3, throughput: 0 }));
    const f = forecastBacklog(s);
    expect(f.status).toBe("insufficient-history");
    if (f.status !== "ok") expect(f.explanation).toMatch(/No ticket was solved/);
  });

  test("weeks alternating between 0 and 140 arrivals are unstable", () => {
    const s = makeSeries("2024-01-01", 56, 5, (i) => ({
      inflow: Math.floor(i / 7) % 2 === 0 ? 20 : 0,
      throughput: 10,
    }));
    const f = forecastBacklog(s);
    expect(f.status).toBe("unstable");
    if (f.status !== "ok") {
      expect(f.history.weeklyInflowCv).toBeCloseTo(Math.sqrt(8 / 7), 12);
      expect(f.explanation).toMatch(
        /^Over the last \d+ weeks, weekly inflow varied by 107% of its mean/,
      );
    }
  });

  test("an empty log", () => {
    const { log } = ticketsFromRecords([]);
    expect(forecastBacklog(log).status).toBe("insufficient-history");
  });

  test("bad options throw with the fix", () => {
    const s = makeSeries("2024-01-01", 40, 5, () => ({ inflow: 3, throughput: 3 }));
    expect(() => forecastBacklog(s, { horizonDays: 0 })).toThrow(/horizonDays/);
    expect(() => forecastBacklog(s, { band: { low: 2, high: 1 } })).toThrow(/band/);
  });
});

describe("forecastBacklog(log) reads the log's days in its zone", () => {
  test("history of a Paris log across the spring DST change", () => {
    const records = [];
    for (let d = 0; d < 35; d++) {
      const day = new Date(Date.UTC(2024, 2, 4 + d)).toISOString().slice(0, 10);
      // Created at 00:30 local and solved at 23:30 local the same day: one in, one out.
      records.push({ id: `t${d}`, createdAt: `${day}T00:30`, resolvedAt: `${day}T23:30` });
    }
    records.push({ id: "open", createdAt: "2024-03-04T10:00" });
    const { log } = ticketsFromRecords(records, { timeZone: "Europe/Paris" });
    const f = fan(forecastBacklog(log, { timeZone: "Europe/Paris", horizonDays: 3 }));
    expect(f.history.days).toBe(35);
    expect(f.firstDate).toBe("2024-04-08");
    expect(f.startBacklog).toBe(1);
    expect(f.days.map((d) => d.p50)).toEqual([1, 1, 1]);
  });
});

test("back in the band: the share of runs that never get back is said as it is, not as '1 in 10'", () => {
  // 20 runs over 3 days, band [0, 10], starting at 50: 13 runs get back on day 2,
  // 7 never do, so half are back by day 2 but the 90% date is beyond the horizon.
  const runs = 20;
  const horizon = 3;
  const paths = new Float64Array(runs * horizon).fill(50);
  for (let r = 0; r < 13; r++) paths[r * horizon + 1] = 5;
  const firstDay = parseDay("2024-03-01");
  const b = backInBand(paths, runs, horizon, firstDay, 50, 0, 10);
  expect(b.share).toBe(13 / 20);
  expect(b.message).toBe(
    "back in the band from 2024-03-02 (half the runs by 2024-03-02; 35% of runs not within 3 days)",
  );
});

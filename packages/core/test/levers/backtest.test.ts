import { describe, expect, test } from "vitest";
import { backtestForecast, dailySeries } from "../../src/index.js";
import { loadRealLog, REAL_SETS } from "./real-logs.js";
import { lcg, makeSeries, poisson } from "./series-helpers.js";

describe("backtestForecast(series, options)", () => {
  test("a history that repeats its week exactly is always inside the fan", () => {
    const s = makeSeries("2024-01-01", 120, 30, (i) =>
      i % 7 < 5 ? { inflow: 12, throughput: 10 } : { inflow: 0, throughput: 5 },
    );
    const b = backtestForecast(s, { horizonDays: 14, stepDays: 7, runs: 50 });
    // Origins at days 28, 35, …, 105: the last with 14 real days after it.
    expect(b.origins).toBe(12);
    expect(b.forecasts).toBe(12);
    expect(b.points).toBe(12 * 14);
    expect(b.coverage).toBe(1);
    expect(b.byWeek.map((w) => w.points)).toEqual([84, 84]);
  });

  test("a stable Poisson queue (18 in, up to 20 out a day) is covered near 80%", () => {
    const u = lcg(4);
    const s = makeSeries("2024-01-01", 400, 30, () => ({
      inflow: poisson(18, u),
      throughput: poisson(20, u),
    }));
    const b = backtestForecast(s, { horizonDays: 14, runs: 300, seed: 2 });
    expect(b.forecasts).toBe(b.origins);
    expect(b.tolerance).not.toBeNull();
    expect(Math.abs((b.coverage as number) - 0.8)).toBeLessThanOrEqual(b.tolerance as number);
  });

  test("it stops where inflow stops and counts refusals", () => {
    const s = makeSeries("2024-01-01", 100, 30, (i) =>
      i < 60 ? { inflow: 10, throughput: 10 } : { inflow: 0, throughput: 1 },
    );
    const b = backtestForecast(s, { horizonDays: 7, stepDays: 1 });
    // Last day with inflow is day 59: origins 28 … 53.
    expect(b.origins).toBe(26);
    expect(b.forecasts + b.refused.unstable + b.refused["insufficient-history"]).toBe(b.origins);
  });

  test("too short a history gives no points and null coverage", () => {
    const s = makeSeries("2024-01-01", 30, 3, () => ({ inflow: 1, throughput: 1 }));
    expect(backtestForecast(s)).toMatchObject({ origins: 0, points: 0, coverage: null });
  });
});

describe.each(REAL_SETS)("backtestForecast on the real log $name", ({ name, timeZone }) => {
  test("every origin is a fan or an explained refusal; coverage is honest", () => {
    const series = dailySeries(loadRealLog(name, timeZone), { timeZone });
    const b = backtestForecast(series, { timeZone });
    expect(b.forecasts + b.refused.unstable + b.refused["insufficient-history"]).toBe(b.origins);
    expect(b.points).toBe(b.forecasts * 28);
    if (b.coverage !== null) {
      expect((b.under as number) + b.coverage + (b.over as number)).toBeCloseTo(1, 12);
    }
    // Where the backtest has enough forecasts to judge (30+), the p10–p90 fan
    // covers the real backlog within its own tolerance of 80%.
    if (b.forecasts >= 30) {
      expect(Math.abs((b.coverage as number) - 0.8)).toBeLessThanOrEqual(b.tolerance as number);
    }
  });
});

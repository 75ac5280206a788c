import { describe, expect, test } from "vitest";
import {
  backtestForecast,
  dailySeries,
  forecastBacklog,
  inflowAudit,
  nearestName,
  type TicketLog,
  ticketsFromRecords,
  whatIf,
} from "../../src/index.js";
import { backInBand } from "../../src/levers/back-in-band.js";
import { caughtError } from "../caught-error.js";

// Ten weeks of 10 tickets a day, each solved the next day, five agents.
function steadyLog(): TicketLog {
  const records = [];
  for (let d = 0; d < 70; d++)
    for (let k = 0; k < 10; k++) {
      const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n, 9, k)).toISOString();
      records.push({
        id: `${d}-${k}`,
        createdAt: day(d),
        resolvedAt: day(d + 1),
        assignee: `a${k % 5}`,
        category: "Billing",
      });
    }
  return ticketsFromRecords(records).log;
}
const log = steadyLog();
const base = { runs: 50, asOf: Date.parse("2024-03-11T00:00:00Z") };
const message = (fn: () => unknown) => caughtError(fn).message;

describe("lever options are checked, never quietly defaulted", () => {
  test("a lever's misspelt field, a capacity lever saying nothing, and levers left out", () => {
    expect(
      message(() => whatIf(log, { ...base, levers: [{ kind: "capacity", percnt: 50 } as never] })),
    ).toBe(
      'Invalid option levers: a capacity lever has no field "percnt"; did you mean percent? Its fields: percent, agents.',
    );
    expect(message(() => whatIf(log, { ...base, levers: [{ kind: "capacity" }] }))).toContain(
      "a capacity lever takes percent or agents",
    );
    expect(
      message(() =>
        whatIf(log, { ...base, levers: [{ kind: "capacity", agents: null as never }] }),
      ),
    ).toContain("capacity agents null must be a number of agents");
    expect(message(() => whatIf(log, base as never))).toBe(
      'Invalid option levers: are required: [] for none, or e.g. [{ kind: "capacity", percent: 20 }].',
    );
  });

  test("whatIf's horizon is 42 days when left out, also when given as undefined", () => {
    const r = whatIf(log, { ...base, levers: [], horizonDays: undefined });
    expect(r.scenario?.days.length).toBe(42);
  });

  test("numbers given as text are named as text; seeds and bounds that would be cut or overflow are refused", () => {
    expect(message(() => forecastBacklog(log, { ...base, horizonDays: "28" as never }))).toBe(
      'Invalid option horizonDays: "28" must be a whole number from 1 to 730, not a string.',
    );
    expect(
      message(() =>
        whatIf(log, { ...base, levers: [{ kind: "capacity", percent: "10" as never }] }),
      ),
    ).toContain('capacity percent "10" must be a number above −100');
    for (const seed of [1.9, -1, 2 ** 32, null])
      expect(caughtError(() => forecastBacklog(log, { ...base, seed: seed as never })).code).toBe(
        "invalid-option",
      );
    expect(forecastBacklog(log, { ...base, seed: 2 ** 32 - 1 }).status).toBe("ok");
    expect(
      message(() => forecastBacklog(log, { ...base, band: { low: 0.5, high: 1e308 } })),
    ).toContain("≤ 365");
    expect(
      message(() => whatIf(log, { ...base, levers: [{ kind: "capacity", percent: 1e308 }] })),
    ).toContain("at most 100,000");
    expect(message(() => inflowAudit(log, { baselineWeeks: 600 }))).toContain("from 1 to 522.");
  });

  test("history shorter than the minimum asked for is an error naming both, not a refusal of every forecast", () => {
    expect(message(() => forecastBacklog(log, { ...base, historyDays: 14 }))).toContain(
      "historyDays: 14 days is fewer than minHistoryDays (28)",
    );
    expect(forecastBacklog(log, { ...base, historyDays: 14, minHistoryDays: 14 }).status).toBe(
      "ok",
    );
    expect(caughtError(() => whatIf(log, { ...base, levers: [], historyDays: 21 })).code).toBe(
      "invalid-option",
    );
  });
});

test("nearestName: the same name but for case or punctuation beats a one-letter neighbour listed first", () => {
  expect(nearestName("category 42", ["Category 40", "Category 42"])).toBe("Category 42");
  expect(nearestName("timezone", ["timeZoneX", "timeZone"])).toBe("timeZone");
  expect(nearestName("step", ["stepDays", "seed"])).toBe("stepDays");
});

test("back in the band: a share under half is never written as half", () => {
  // 1,000 runs over one day from 10 open, band 0–5: 497 end inside.
  const runs = 1000;
  const paths = Float64Array.from({ length: runs }, (_, r) => (r < 497 ? 3 : 8));
  const r = backInBand(paths, runs, 1, 0, 10, 0, 5);
  expect(r.status).toBe("not-within");
  expect(r.share).toBe(0.497);
  expect(r.message).toBe("not within 1 day (49% of runs get back)");
});

test("a DailySeries honours asOf as a log does: cut before it, or carried on to it with empty days", () => {
  const series = dailySeries(log, { timeZone: "UTC" });
  for (const asOf of [Date.parse("2024-02-26T00:00:00Z"), Date.parse("2024-03-20T00:00:00Z")]) {
    const fromSeries = forecastBacklog(series, { ...base, asOf });
    const fromLog = forecastBacklog(log, { ...base, asOf });
    expect(fromSeries).toEqual(fromLog);
  }
  const earlier = { ...base, asOf: Date.parse("2024-02-26T00:00:00Z"), stepDays: 7 };
  expect(backtestForecast(series, earlier)).toEqual(backtestForecast(log, earlier));
});

test("a series' zone and a window's unused options are checked too", () => {
  const series = dailySeries(log, { timeZone: "UTC" });
  expect(message(() => forecastBacklog(series, { ...base, timeZone: "Europe/Paris" }))).toContain(
    '"Europe/Paris" is not the series\' zone, "UTC"',
  );
  expect(forecastBacklog(series, { ...base, timeZone: "UTC" }).status).toBe("ok");
  const window = { from: "2024-02-01", to: "2024-02-28" };
  expect(caughtError(() => inflowAudit(log, { window, windowDays: "abc" as never })).code).toBe(
    "invalid-option",
  );
});

test("a backtest that would simulate more than 100 million levels is refused, with what to change", () => {
  // 10 weeks from day 28 in steps of 1: 15 origins × 20,000 runs × 28 days = 8.4 million: fine.
  expect(() =>
    backtestForecast(log, { ...base, stepDays: 1, runs: 20_000, horizonDays: 28 }),
  ).not.toThrow();
  // 400 days of history: 345 origins × 20,000 runs × 28 days = 193 million.
  const long: { id: string; createdAt: string; resolvedAt: string }[] = [];
  for (let d = 0; d < 400; d++)
    for (let k = 0; k < 3; k++) {
      const day = (n: number) => new Date(Date.UTC(2023, 0, 1 + n, 9, k)).toISOString();
      long.push({ id: `${d}-${k}`, createdAt: day(d), resolvedAt: day(d + 1) });
    }
  const e = caughtError(() =>
    backtestForecast(ticketsFromRecords(long).log, { stepDays: 1, runs: 20_000 }),
  );
  expect(e.code).toBe("invalid-option");
  expect(e.message).toContain("give fewer runs or a larger stepDays");
});

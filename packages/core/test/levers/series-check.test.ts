import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  backtestForecast,
  computeMetrics,
  type DailySeries,
  dailySeries,
  forecastBacklog,
  generateSampleColumns,
  parseTicketsCsv,
  sampleTicketLog,
  type TicketLog,
} from "../../src/index.js";
import { caughtError } from "../caught-error.js";
import { loadRealLog, REAL_SETS } from "./real-logs.js";
import { makeSeries } from "./series-helpers.js";

// 8 weeks of 10 in and 10 out a day, 20 open throughout: a series every check passes.
const good = makeSeries("2024-01-01", 56, 20, () => ({ inflow: 10, throughput: 10 }));
const ASOF = Date.parse("2024-02-20T00:00:00Z");

describe("a DailySeries' zone is checked on every call, asOf or not", () => {
  const nowhere = { ...good, timeZone: "Nowhere/X" };
  // The error the rest of the core gives for that zone.
  const expected = caughtError(() =>
    computeMetrics(parseTicketsCsv("id,created_at\nA,2024-01-01T10:00:00Z\n").log, {
      timeZone: "Nowhere/X",
    }),
  );

  test.each([
    ["forecastBacklog(series)", () => forecastBacklog(nowhere)],
    ["forecastBacklog(series, { asOf })", () => forecastBacklog(nowhere, { asOf: ASOF })],
    ["backtestForecast(series)", () => backtestForecast(nowhere)],
    ["backtestForecast(series, { asOf })", () => backtestForecast(nowhere, { asOf: ASOF })],
  ])("%s throws unknown-time-zone", (_, call) => {
    const e = caughtError(call);
    expect(e.code).toBe("unknown-time-zone");
    expect(e.message).toBe(
      'Unknown time zone "Nowhere/X": use an IANA name such as "Europe/Paris" or "UTC".',
    );
    expect([e.code, e.message]).toEqual([expected.code, expected.message]);
  });

  test("an empty series in an unknown zone is refused too", () => {
    const empty = { ...nowhere, firstDate: "", inflow: [], throughput: [], backlog: [] };
    expect(caughtError(() => forecastBacklog(empty)).code).toBe("unknown-time-zone");
  });

  test("the same series in a real zone gives a fan", () => {
    expect(forecastBacklog({ ...good, timeZone: "Europe/Paris" }).status).toBe("ok");
  });
});

describe("a DailySeries' values are named as given, never as JSON would print them", () => {
  const put = (key: "inflow" | "throughput" | "backlog", d: number, v: unknown) => ({
    ...good,
    [key]: good[key].map((x, i) => (i === d ? v : x)),
  });
  test.each([
    ["NaN", put("inflow", 3, Number.NaN), "inflow[3] is NaN"],
    ["Infinity", put("throughput", 0, Number.POSITIVE_INFINITY), "throughput[0] is Infinity"],
    ["a fraction", put("backlog", 5, 2.5), "backlog[5] is 2.5"],
    ["a text", put("inflow", 1, "7"), 'inflow[1] is "7"'],
    ["null", put("inflow", 2, null), "inflow[2] is null"],
    ["undefined", put("inflow", 2, undefined), "inflow[2] is undefined"],
    ["an object", put("inflow", 4, { n: 1 }), "inflow[4] is an object"],
    ["a NaN startBacklog", { ...good, startBacklog: Number.NaN }, "startBacklog is NaN"],
    ["a numeric firstDate", { ...good, firstDate: 20240101 }, "firstDate is 20240101"],
  ])("%s", (_, series, words) => {
    const e = caughtError(() => forecastBacklog(series as never));
    expect(e.code).toBe("invalid-input");
    expect(e.message).toContain(`forecastBacklog was given a DailySeries whose ${words}, not a`);
  });
});

describe("a DailySeries' levels must follow the bathtub equation", () => {
  const withBacklog = (d: number, v: number) => ({
    ...good,
    backlog: good.backlog.map((x, i) => (i === d ? v : x)),
  });

  test("a level off on day 3 is refused, naming the day, its date and the numbers", () => {
    // Day 3 of a series from Monday 2024-01-01 is 2024-01-04; 20 + 10 − 10 = 20, not 25.
    const e = caughtError(() => forecastBacklog(withBacklog(3, 25)));
    expect(e.code).toBe("invalid-input");
    expect(e.message).toBe(
      "forecastBacklog was given a DailySeries whose backlog[3] (2024-01-04) is 25, but backlog[2] 20 + inflow[3] 10 − throughput[3] 10 = 20: each day's level must be the day before's plus its inflow minus its throughput (the bathtub equation), as in the series dailySeries(log) builds.",
    );
  });

  test("day 0 is checked against startBacklog", () => {
    const e = caughtError(() => backtestForecast({ ...good, startBacklog: 19 }));
    expect(e.message).toContain(
      "backtestForecast was given a DailySeries whose backlog[0] (2024-01-01) is 20, but startBacklog 19 + inflow[0] 10 − throughput[0] 10 = 19:",
    );
  });

  test("the first day that breaks it is named, though a later day puts the level back", () => {
    // Day 40 (2024-02-10) drops to 15; day 41 (20 again) breaks it too, but is not the first.
    const e = caughtError(() => forecastBacklog(withBacklog(40, 15)));
    expect(e.message).toContain(
      "whose backlog[40] (2024-02-10) is 15, but backlog[39] 20 + inflow[40] 10 − throughput[40] 10 = 20:",
    );
  });

  test("flows that disagree with the levels are refused too: a solve the level never lost", () => {
    const s = { ...good, throughput: good.throughput.map((x, i) => (i === 7 ? x + 1 : x)) };
    expect(caughtError(() => forecastBacklog(s)).message).toContain(
      "whose backlog[7] (2024-01-08) is 20, but backlog[6] 20 + inflow[7] 10 − throughput[7] 11 = 19:",
    );
  });

  test("an empty series has no level to check", () => {
    const empty = {
      timeZone: "UTC",
      firstDate: "",
      startBacklog: 4,
      inflow: [],
      throughput: [],
      backlog: [],
    };
    expect(forecastBacklog(empty).status).toBe("insufficient-history");
  });
});

/** Whether each day's level is the day before's plus inflow minus throughput (worked out here, not by the check). */
function followsBathtub(s: DailySeries): boolean {
  return s.backlog.every(
    (b, d) =>
      b ===
      (d === 0 ? s.startBacklog : (s.backlog[d - 1] as number)) +
        (s.inflow[d] as number) -
        (s.throughput[d] as number),
  );
}

/** The series the library builds from a log always pass: cut at its end, and at a moment halfway. */
function expectLibrarySeriesPass(log: TicketLog, timeZone: string): void {
  const whole = dailySeries(log, { timeZone });
  expect(whole.inflow.length).toBeGreaterThan(0);
  expect(followsBathtub(whole)).toBe(true);
  expect(() => forecastBacklog(whole, { runs: 50 })).not.toThrow();
  const first = Date.parse(`${whole.firstDate}T12:00:00Z`);
  const halfway = first + (whole.inflow.length / 2) * 86_400_000;
  const half = dailySeries(log, { timeZone, asOf: halfway });
  expect(followsBathtub(half)).toBe(true);
  expect(() => forecastBacklog(half, { runs: 50 })).not.toThrow();
  // A series carried on past its end (empty days, the level kept) passes too.
  const later = halfway + whole.inflow.length * 86_400_000;
  expect(() => forecastBacklog(whole, { runs: 50, asOf: later })).not.toThrow();
}

const DATA = join(import.meta.dirname, "..", "..", "..", "..", "..", "shared", "data");

describe.each(REAL_SETS)(
  "the series of the real log $name pass the check",
  ({ name, timeZone }) => {
    test("with its lifecycle events, in its zone and in two with DST on other dates", () => {
      for (const zone of [timeZone, "America/Santiago", "Australia/Lord_Howe"])
        expectLibrarySeriesPass(loadRealLog(name, zone), zone);
    });

    test("from the tickets alone (one spell each)", () => {
      const { log } = parseTicketsCsv(readFileSync(join(DATA, name, "data.csv"), "utf8"), {
        timeZone,
      });
      expectLibrarySeriesPass(log, timeZone);
    });
  },
);

test.each(["healthy", "rising", "draining"] as const)(
  "the series of the %s sample pass the check",
  (scenario) => {
    const timeZone = "Europe/Paris";
    expectLibrarySeriesPass(
      sampleTicketLog(generateSampleColumns({ seed: 3, scenario, timeZone })),
      timeZone,
    );
  },
);

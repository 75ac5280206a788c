import { describe, expect, test } from "vitest";
import {
  backtestForecast,
  computeMetrics,
  forecastBacklog,
  parseTicketsCsv,
} from "../../src/index.js";
import { caughtError } from "../caught-error.js";
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

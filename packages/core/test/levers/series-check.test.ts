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

import { describe, expect, test } from "vitest";
import * as core from "../src/index.js";
import {
  computeMetrics,
  createTicketCsvParser,
  parseEventsCsv,
  parseTicketsCsv,
  parseTicketsJson,
  ticketsFromRecords,
} from "../src/index.js";
import { caughtError } from "./caught-error.js";

const error = caughtError;

describe("a wrong input type gets a TidemarkError that says what was expected", () => {
  test.each([
    [
      "computeMetrics(null)",
      () => computeMetrics(null as never),
      "computeMetrics expects a TicketLog from parseTicketsCsv, parseTicketsJson or ticketsFromRecords (their result's .log); it was given null.",
    ],
    [
      'computeMetrics("x")',
      () => computeMetrics("x" as never),
      "computeMetrics expects a TicketLog from parseTicketsCsv, parseTicketsJson or ticketsFromRecords (their result's .log); it was given a string.",
    ],
    [
      "parseTicketsCsv(null)",
      () => parseTicketsCsv(null as never),
      "parseTicketsCsv expects the CSV text as a string; it was given null.",
    ],
    [
      "createTicketCsvParser().push(42)",
      () => createTicketCsvParser().push(42 as never),
      "push expects each chunk of CSV text as a string; it was given a number.",
    ],
    [
      "parseEventsCsv(undefined)",
      () => parseEventsCsv(undefined as never),
      "parseEventsCsv expects the event log CSV text as a string; it was given undefined.",
    ],
    [
      "parseTicketsJson(123)",
      () => parseTicketsJson(123 as never),
      "parseTicketsJson expects the JSON text as a string; it was given a number.",
    ],
    [
      'ticketsFromRecords("x")',
      () => ticketsFromRecords("x" as never),
      "ticketsFromRecords expects an array of ticket objects; it was given a string.",
    ],
  ])("%s", (_, fn, message) => {
    const e = error(fn);
    expect(e.code).toBe("invalid-input");
    expect(e.message).toBe(message);
  });
  test("computeMetrics(parseResult) says to pass result.log", () => {
    const parsed = ticketsFromRecords([{ id: "a", createdAt: "2024-01-01T00:00:00Z" }]);
    expect(error(() => computeMetrics(parsed as never)).message).toMatch(
      /given the whole parse result: pass result\.log\.$/,
    );
  });
  test("computeMetrics(log, null) asks for an options object", () => {
    const { log } = ticketsFromRecords([{ id: "a", createdAt: "2024-01-01T00:00:00Z" }]);
    const e = error(() => computeMetrics(log, null as never));
    expect(e.code).toBe("invalid-option");
    expect(e.message).toMatch(/expected an object .* got null\.$/);
  });
});

describe("every public function refuses wrong argument types with a TidemarkError", () => {
  const { log } = core.parseTicketsCsv(core.sampleTicketsCsv({ tickets: 200, days: 20, seed: 3 }));
  const metrics = core.computeMetrics(log);
  const functions = Object.entries(core).filter(
    ([name, value]) => typeof value === "function" && /^[a-z]/.test(name),
  ) as [string, (...args: unknown[]) => unknown][];
  const wrongCalls: [string, unknown[]][] = [
    ["()", []],
    ["(null)", [null]],
    ["(42)", [42]],
    ["({})", [{}]],
    ["(log, null)", [log, null]],
    ["(log, 42)", [log, 42]],
    ["(metrics, null)", [metrics, null]],
  ];

  test("the list covers the public API", () => {
    expect(functions.length).toBeGreaterThan(30);
  });
  test.each(functions)("%s", (name, fn) => {
    for (const [label, args] of wrongCalls) {
      try {
        const out = fn(...args);
        // A generator checks its arguments when it is first read.
        if (out !== null && typeof out === "object" && Symbol.iterator in out && "next" in out)
          (out as Iterator<unknown>).next();
      } catch (e) {
        if (!(e instanceof core.TidemarkError))
          throw new Error(`${name}${label} threw ${String(e)}, not a TidemarkError`);
      }
    }
  });

  test.each([
    [
      "aging(log)",
      () => core.aging(log, undefined as never),
      'aging needs options.asOf, the moment to look at (epoch ms, e.g. Date.parse("2024-04-01T00:00:00Z")); it was given undefined.',
    ],
    [
      "applyEvents(log, parseEventsCsv(…))",
      () =>
        core.applyEvents(
          log,
          core.parseEventsCsv("ticket_id,at,type\nT-1,2024-01-01,created\n") as never,
        ),
      "applyEvents expects an EventLog from parseEventsCsv or createEventCsvParser (their result's .events); it was given the whole parse result: pass result.events.",
    ],
    [
      'attributeValues(log, "colour")',
      () => core.attributeValues(log, "colour" as never),
      'attributeValues expects an attribute name (category, channel, priority, team, assignee); it was given "colour".',
    ],
    [
      "metricsCsv(log)",
      () => core.metricsCsv(log as never),
      "metricsCsv expects the result of computeMetrics; it was given an object.",
    ],
    [
      "whatIf(log, 5)",
      () => core.whatIf(log, 5 as never),
      "whatIf expects its options as an object; it was given a number.",
    ],
    [
      "forecastBacklog(null)",
      () => core.forecastBacklog(null as never),
      "forecastBacklog expects a TicketLog from parseTicketsCsv, parseTicketsJson or ticketsFromRecords (their result's .log); it was given null.",
    ],
    [
      "quantile([3, 1, 2], 2)",
      () => core.quantile([3, 1, 2], 2),
      "quantile expects p from 0 to 1 (0.85 for the 85th percentile); it was given 2.",
    ],
    [
      "quantileSorted([1, 2, 3], -1)",
      () => core.quantileSorted([1, 2, 3], -1),
      "quantileSorted expects p from 0 to 1 (0.85 for the 85th percentile); it was given -1.",
    ],
    [
      'leadTimePoints(log, { from: "x" })',
      () => core.leadTimePoints(log, { from: "x" as never }),
      "leadTimePoints expects range.from as epoch milliseconds (e.g. result.range.from); it was given a string.",
    ],
    [
      'aging(log, { asOf, thresholdsDays: "x" })',
      () => core.aging(log, { asOf: 0, thresholdsDays: "x" as never }),
      'aging expects options.thresholdsDays as numbers of days above 0, e.g. [1, 7, 30]; it was given "x".',
    ],
    [
      "aging(log, { asOf, thresholdsDays: [-1] })",
      () => core.aging(log, { asOf: 0, thresholdsDays: [-1] }),
      "aging expects options.thresholdsDays as numbers of days above 0, e.g. [1, 7, 30]; it was given [-1].",
    ],
    [
      "inflowAudit(null)",
      () => core.inflowAudit(null as never),
      "inflowAudit expects a TicketLog from parseTicketsCsv, parseTicketsJson or ticketsFromRecords (their result's .log); it was given null.",
    ],
    [
      'offsetAt("UTC", "x")',
      () => core.offsetAt("UTC", "x" as never),
      "offsetAt expects the instant as epoch milliseconds; it was given a string.",
    ],
  ])("%s says what it expected", (_, fn, message) => {
    const e = error(fn);
    expect(e.code).toBe("invalid-input");
    expect(e.message).toBe(message);
  });
});

describe("an option a function does not have is refused, with the one it most likely meant", () => {
  const { log } = parseTicketsCsv("id,created_at,resolved_at\nA,2024-03-01T10:00:00Z,\n");
  const csv = "id,created_at\nA,2024-03-01T10:00:00Z\n";
  const asOf = Date.parse("2024-03-02T00:00:00Z");
  // Each public function with options, given a misspelt name: before, it was
  // ignored and its default used (timezone: UTC numbers read as Paris ones).
  test.each([
    [
      "computeMetrics",
      () => core.computeMetrics(log, { timezone: "Europe/Paris" } as never),
      '"timezone"',
      "timeZone",
    ],
    [
      "computeMetrics",
      () => core.computeMetrics(log, { buckets: "week" } as never),
      '"buckets"',
      "bucket",
    ],
    [
      "createTicketCsvParser",
      () => core.parseTicketsCsv(csv, { time_zone: "UTC" } as never),
      '"time_zone"',
      "timeZone",
    ],
    [
      "parseTicketsJson",
      () => core.parseTicketsJson("[]", { dateorder: "dmy" } as never),
      '"dateorder"',
      "dateOrder",
    ],
    [
      "ticketsFromRecords",
      () => core.ticketsFromRecords([], { column: {} } as never),
      '"column"',
      "columns",
    ],
    [
      "createEventCsvParser",
      () => core.parseEventsCsv("ticket_id,at,type\n", { type: {} } as never),
      '"type"',
      "types",
    ],
    [
      "aging",
      () => core.aging(log, { asOf, thresholds: [1] } as never),
      '"thresholds"',
      "thresholdsDays",
    ],
    ["agingPoints", () => core.agingPoints(log, { asof: asOf } as never), '"asof"', "asOf"],
    ["leadTimePoints", () => core.leadTimePoints(log, { form: 0 } as never), '"form"', "from"],
    [
      "filterLog",
      () => core.filterLog(log, { categories: ["x"] } as never),
      '"categories"',
      "category",
    ],
    [
      "generateSampleColumns",
      () => core.generateSampleColumns({ ticket: 10 } as never),
      '"ticket"',
      "tickets",
    ],
    ["dailySeries", () => core.dailySeries(log, { zone: "UTC" } as never), '"zone"', "timeZone"],
    [
      "forecastBacklog",
      () => core.forecastBacklog(log, { horizon: 7 } as never),
      '"horizon"',
      "horizonDays",
    ],
    [
      "backtestForecast",
      () => core.backtestForecast(log, { step: 7 } as never),
      '"step"',
      "stepDays",
    ],
    [
      "whatIf",
      () => core.whatIf(log, { levers: [], byDate: "2024-03-09" } as never),
      '"byDate"',
      null,
    ],
    [
      "capacityToReachBand",
      () => core.capacityToReachBand(log, { byDate: "2024-03-09", horizonDays: 7 } as never),
      '"horizonDays"',
      null,
    ],
    [
      "inflowAudit",
      () => core.inflowAudit(log, { windowDay: 7 } as never),
      '"windowDay"',
      "windowDays",
    ],
  ])("%s", (fn, call, key, near) => {
    const e = error(call);
    expect(e.code).toBe("invalid-option");
    expect(e.message).toMatch(
      new RegExp(
        `^${fn} has no option ${key}${near ? `; did you mean ${near}\\?` : "\\."} Its options: `,
      ),
    );
  });

  test("a misspelt field of columns, and a date order that is not one", () => {
    expect(
      error(() => core.parseTicketsCsv(csv, { columns: { createdat: "created_at" } as never }))
        .message,
    ).toBe(
      'Unknown field "createdat" in columns; did you mean createdAt? The fields: id, createdAt, resolvedAt, closedAt, category, channel, priority, team, assignee, inflowKind.',
    );
    expect(
      error(() => core.parseEventsCsv("a,b,c\n", { columns: { ticket: "a" } as never })).message,
    ).toBe(
      'Unknown field "ticket" in columns; did you mean ticketId? The fields: ticketId, at, type.',
    );
    for (const order of ["ymd", "DMY", 5]) {
      const e = error(() => core.parseTicketsCsv(csv, { dateOrder: order as never }));
      expect(e.code).toBe("invalid-option");
      expect(e.message).toBe(
        `Invalid option dateOrder: ${JSON.stringify(order)}; expected "dmy" (day first, 31/12/2024) or "mdy" (month first, 12/31/2024).`,
      );
    }
  });

  test("a number option given as text is named as text, and a non-list of thresholds is refused", () => {
    const e = caughtError(() =>
      core.computeMetrics(log, { bucket: "week", weekStartsOn: "2" as never }),
    );
    expect(e.code).toBe("invalid-option");
    expect(e.message).toContain('"2" is not 1 (Monday) … 7 (Sunday).');
    expect(
      caughtError(() => core.computeMetrics(log, { capacityWindowDays: "28" as never })).message,
    ).toContain('"28" must be a whole number of days');
    const t = caughtError(() => core.computeMetrics(log, { agingThresholdsDays: "7" as never }));
    expect(t.code).toBe("invalid-option");
    expect(t.message).toContain("must be a list of day counts ≥ 0, e.g. [1, 7, 30].");
  });

  test("every option a function has is accepted, even when undefined", () => {
    expect(() =>
      core.computeMetrics(log, {
        timeZone: undefined,
        bucket: "day",
        weekStartsOn: 1,
        from: undefined,
        to: undefined,
        band: { low: 0.5, high: 2 },
        capacityWindowDays: 28,
        asOf,
        agingThresholdsDays: [1],
      }),
    ).not.toThrow();
    expect(() =>
      core.parseTicketsCsv(csv, {
        timeZone: "UTC",
        dateOrder: "dmy",
        columns: { id: "id" },
        inflowKinds: {},
        delimiter: ",",
        maxRowLength: 100,
        onProgress: () => {},
      }),
    ).not.toThrow();
  });
});

describe("a size that would exhaust memory (a typo: 1e9 days, runs) is refused, not allocated", () => {
  const { log } = parseTicketsCsv(
    "id,created_at,resolved_at\nA,2024-03-01T10:00:00Z,2024-03-02T10:00:00Z\nB,2024-03-05T10:00:00Z,\n",
  );
  test.each([
    [
      "forecastBacklog horizonDays",
      () => core.forecastBacklog(log, { horizonDays: 1e9 }),
      /horizonDays: 1000000000 must be a whole number from 1 to 730\./,
    ],
    [
      "forecastBacklog runs",
      () => core.forecastBacklog(log, { runs: 1e9 }),
      /runs: 1000000000 must be a whole number from 10 to 20,000\./,
    ],
    [
      "whatIf horizonDays",
      () => core.whatIf(log, { levers: [], horizonDays: 1e9 }),
      /horizonDays: .* from 1 to 730/,
    ],
    [
      "backtestForecast stepDays",
      () => core.backtestForecast(log, { stepDays: 1e9 }),
      /stepDays: .* from 1 to 3,660/,
    ],
    [
      "inflowAudit windowDays",
      () => core.inflowAudit(log, { windowDays: 1e9 }),
      /windowDays: .* from 1 to 3,660/,
    ],
    [
      "capacityToReachBand byDate",
      () => core.capacityToReachBand(log, { byDate: "9999-12-31" }),
      /byDate: 9999-12-31 is [\d,]+ days ahead; a projection reaches 730 days at most\./,
    ],
  ])("%s", (_, call, message) => {
    const e = error(call);
    expect(e.code).toBe("invalid-option");
    expect(e.message).toMatch(message);
  });
});

describe("levers and hand-built series are checked, so a mistake is an error, never a TypeError or NaN", () => {
  const { log } = parseTicketsCsv(
    "id,created_at,resolved_at\nA,2024-03-01T10:00:00Z,2024-03-02T10:00:00Z\nB,2024-03-05T10:00:00Z,\n",
  );
  const series = core.dailySeries(log, { timeZone: "UTC" });
  const bad = (change: Record<string, unknown>) => ({ ...series, ...change }) as never;
  test.each([
    [
      "whatIf, a null lever",
      () => core.whatIf(log, { levers: [null as never] }),
      "invalid-option",
      /each lever is an object such as .*; one is null\./,
    ],
    [
      "whatIf, levers not a list",
      () => core.whatIf(log, { levers: "x" as never }),
      "invalid-option",
      /levers: a string must be a list of levers/,
    ],
    [
      "capacityToReachBand, levers not a list",
      () => core.capacityToReachBand(log, { byDate: "2024-03-20", levers: "x" as never }),
      "invalid-option",
      /levers: a string must be a list of levers/,
    ],
    [
      "a series with a NaN",
      () =>
        core.forecastBacklog(
          bad({ inflow: series.inflow.map((v, i) => (i === 1 ? Number.NaN : v)) }),
        ),
      "invalid-input",
      /whose inflow\[1\] is NaN, not a count/,
    ],
    [
      "a series of unequal lists",
      () => core.forecastBacklog(bad({ throughput: [1] })),
      "invalid-input",
      /whose throughput has 1 days and inflow 5/,
    ],
    [
      "a series with text counts",
      () => core.forecastBacklog(bad({ backlog: series.backlog.map(String) })),
      "invalid-input",
      /whose backlog\[0\] is "1", not a count/,
    ],
    [
      "a series with a negative count",
      () => core.backtestForecast(bad({ inflow: series.inflow.map(() => -1) })),
      "invalid-input",
      /whose inflow\[0\] is -1, not a count/,
    ],
    [
      "a series with no first date",
      () => core.forecastBacklog(bad({ firstDate: "x" })),
      "invalid-input",
      /whose firstDate is "x", not a local date/,
    ],
    [
      "asOf out of any calendar",
      () => core.dailySeries(log, { asOf: 1e20 }),
      "invalid-option",
      /asOf: 100000000000000000000 must be epoch milliseconds between the years 1000 and 9999/,
    ],
  ])("%s", (_, call, code, message) => {
    const e = error(call);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});

test("nearestName: a few edits, case and punctuation aside, or a part of the name", () => {
  const names = ["timeZone", "bucket", "stepDays", "format", "from"];
  expect(core.nearestName("timezone", names)).toBe("timeZone");
  expect(core.nearestName("time_zone", names)).toBe("timeZone");
  expect(core.nearestName("buckets", names)).toBe("bucket");
  expect(core.nearestName("step", names)).toBe("stepDays");
  expect(core.nearestName("frmat", names)).toBe("format");
  expect(core.nearestName("colour", names)).toBeNull();
});

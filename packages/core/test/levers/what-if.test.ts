import { describe, expect, test } from "vitest";
import { type TicketLog, ticketsFromRecords, type WhatIfResult, whatIf } from "../../src/index.js";
import type { ForecastFan } from "../../src/levers/forecast-types.js";
import { littlesLaw } from "../../src/levers/little.js";
import { projection } from "../../src/levers/what-if.js";
import { caughtError } from "../caught-error.js";

const ZONE = "America/New_York";
const DAYS = 70; // 2024-04-01 (a Monday) … 2024-06-09
const ASOF = Date.parse("2024-06-10T00:00:00-04:00");
const dateOf = (i: number) => new Date(Date.UTC(2024, 3, 1 + i)).toISOString().slice(0, 10);

/**
 * Ten tickets a day, each solved exactly 24 h later: 10 in, 10 out, 10 open
 * at each day's end. Four a day are `Password` (recurring), six `Billing`;
 * five agents share them.
 */
function steadyLog(): TicketLog {
  const records = [];
  for (let d = 0; d < DAYS; d++) {
    for (let k = 0; k < 10; k++) {
      const time = `T09:${String(k).padStart(2, "0")}`;
      records.push({
        id: `${d}-${k}`,
        createdAt: `${dateOf(d)}${time}`,
        resolvedAt: `${dateOf(d + 1)}${time}`,
        category: k < 4 ? "Password" : "Billing",
        inflowKind: k < 4 ? "recurring" : "new",
        assignee: `agent-${k % 5}`,
      });
    }
  }
  return ticketsFromRecords(records, { timeZone: ZONE }).log;
}

const ok = (r: WhatIfResult) => {
  if (r.status !== "ok" || !r.baseline || !r.scenario) throw new Error(r.explanation ?? "refused");
  return { baseline: r.baseline, scenario: r.scenario };
};

describe("whatIf(log, { levers, horizonDays, timeZone, asOf, seed })", () => {
  const log = steadyLog();
  const base = { timeZone: ZONE, asOf: ASOF, horizonDays: 14, runs: 100 };

  test("no levers: the scenario is the baseline, flat at 10, healthy; Little gives 1 day", () => {
    const r = whatIf(log, { ...base, levers: [] });
    const { baseline, scenario } = ok(r);
    expect(scenario).toEqual(baseline);
    expect(r.firstDate).toBe("2024-06-10");
    expect(r.startBacklog).toBe(10);
    expect(baseline.capacity).toBe(10);
    expect(baseline.weeks.map((w) => [w.end, w.p50, w.backlogDays, w.status])).toEqual([
      ["2024-06-16", 10, 1, "healthy"],
      ["2024-06-23", 10, 1, "healthy"],
    ]);
    expect(baseline.leadTimeDays).toBe(1);
    expect(r.littlesLaw).toMatchObject({
      leadTimeDays: 1,
      observedLeadTimeDays: 1,
      imbalance: 0,
      trend: 0,
      holds: true,
    });
    expect(r.applied).toEqual({
      deflectedPerDay: 0,
      capacityFactor: 1,
      agents: 5,
      throughputPerAgentPerDay: 2,
      band: { low: 0.5, high: 2 },
    });
  });

  test("deflecting half of Password takes 2 a day: the level falls by 2 a day", () => {
    const r = whatIf(log, {
      ...base,
      levers: [{ kind: "deflect", category: "Password", share: 0.5 }],
    });
    const { scenario } = ok(r);
    expect(r.applied.deflectedPerDay).toBe(2);
    expect(scenario.inflow).toBe(8);
    expect(scenario.days.slice(0, 6).map((d) => d.p50)).toEqual([8, 6, 4, 2, 0, 0]);
    expect(scenario.weeks[0]?.status).toBe("below");
    // The same lever by inflow kind (every Password ticket is recurring).
    const byKind = whatIf(log, {
      ...base,
      levers: [{ kind: "deflect", inflowKind: "recurring", share: 0.5 }],
    });
    expect(byKind.scenario).toEqual(scenario);
  });

  test("capacity: +5 agents at 2 a day each doubles throughput; −20% lets it rise by 2 a day", () => {
    const more = ok(whatIf(log, { ...base, levers: [{ kind: "capacity", agents: 5 }] }));
    expect(more.scenario.capacity).toBe(20);
    expect(more.scenario.band).toMatchObject({ low: 10, high: 40 });
    expect(more.scenario.days[0]?.p50).toBe(0);
    const less = ok(whatIf(log, { ...base, levers: [{ kind: "capacity", percent: -20 }] }));
    expect(less.scenario.capacity).toBeCloseTo(8, 12);
    expect(less.scenario.days.slice(0, 4).map((d) => d.p50)).toEqual(
      [12, 14, 16, 18].map((v) => expect.closeTo(v, 9)),
    );
    // Band 4–16 tickets: above by the end of the first week.
    expect(less.scenario.weeks.map((w) => w.status)).toEqual(["above", "above"]);
    // Taking away all 5 agents, or more, is refused, as percent −100 is.
    for (const agents of [-5, -20]) {
      const e = caughtError(() => whatIf(log, { ...base, levers: [{ kind: "capacity", agents }] }));
      expect(e.code).toBe("invalid-option");
      expect(e.message).toContain(
        `capacity agents ${agents} would leave no one of the 5 who solved tickets in the history window; give more than −5.`,
      );
    }
    const fewer = ok(whatIf(log, { ...base, levers: [{ kind: "capacity", agents: -4 }] }));
    expect(fewer.scenario.capacity).toBe(2);
  });

  test("band: 1–3 days of capacity makes 10 open the band's low edge", () => {
    const r = ok(whatIf(log, { ...base, levers: [{ kind: "band", low: 1, high: 3 }] }));
    expect(r.scenario.band).toEqual({ lowDays: 1, highDays: 3, low: 10, high: 30 });
    expect(r.scenario.weeks[0]?.status).toBe("healthy");
  });

  test("Little's law says so when the backlog is growing", () => {
    const records = [];
    for (let d = 0; d < 60; d++) {
      for (let k = 0; k < 10; k++) {
        // Half never solved: the backlog grows by 5 a day.
        const r = k < 5 ? { resolvedAt: `${dateOf(d + 1)}T09:0${k}` } : {};
        records.push({ id: `${d}-${k}`, createdAt: `${dateOf(d)}T09:0${k}`, ...r });
      }
    }
    const grown = ticketsFromRecords(records, { timeZone: ZONE }).log;
    const r = whatIf(grown, {
      timeZone: ZONE,
      asOf: Date.parse("2024-05-31T00:00:00-04:00"),
      levers: [],
    });
    expect(r.littlesLaw.holds).toBe(false);
    expect(r.littlesLaw.imbalance).toBeCloseTo(1, 12);
    expect(r.littlesLaw.notes.join(" ")).toMatch(/out of balance.*growing/);
  });

  test("refused with the forecast's reason; bad levers throw", () => {
    const short = whatIf(log, {
      timeZone: ZONE,
      asOf: Date.parse("2024-04-10T00:00:00-04:00"),
      levers: [],
    });
    expect(short.status).toBe("insufficient-history");
    expect(short.scenario).toBeNull();
    expect(short.explanation).toMatch(/Only 9 days/);
    expect(() =>
      whatIf(log, { ...base, levers: [{ kind: "deflect", share: 2, category: "x" }] }),
    ).toThrow(/share/);
    expect(() => whatIf(log, { ...base, levers: [{ kind: "deflect", share: 0.2 }] })).toThrow(
      /one of category/,
    );
  });

  test("a deflect category the log does not have is refused with the nearest one, not read as no effect", () => {
    const e = caughtError(() =>
      whatIf(log, { ...base, levers: [{ kind: "deflect", category: "Pasword", share: 0.5 }] }),
    );
    expect(e.code).toBe("invalid-option");
    expect(e.message).toContain(
      'deflect category "Pasword" is not a category of this log; did you mean "Password"? ("Password", "Billing").',
    );
    // The tickets without a category are the category "": none here, so nothing to deflect.
    const blank = whatIf(log, { ...base, levers: [{ kind: "deflect", category: "", share: 0.5 }] });
    expect(blank.applied.deflectedPerDay).toBe(0);
  });
});

test("Little's law's imbalance is said against what was solved, both ways", () => {
  // 68 came in and 97 were solved over the window (helpdesk-italy's last 56 days).
  const days = 14;
  const flat = (total: number) => [
    total - (days - 1) * Math.floor(total / days),
    ...Array(days - 1).fill(Math.floor(total / days)),
  ];
  const fewer = littlesLaw(Array(days).fill(10), flat(68), flat(97), null);
  expect(fewer.imbalance).toBeCloseTo((68 - 97) / 97, 12);
  expect(fewer.notes[0]).toMatch(
    /^Arrivals and departures are out of balance: 30% fewer came in than was solved, so the estimate overstates the wait\.$/,
  );
  const more = littlesLaw(Array(days).fill(10), flat(97), flat(68), null);
  expect(more.notes[0]).toMatch(
    /: 43% more came in than was solved, so the estimate understates the wait\.$/,
  );
});

test("Little's law is not said to hold on less than two weeks of history, however level", () => {
  const level = (days: number) =>
    littlesLaw(Array(days).fill(10), Array(days).fill(5), Array(days).fill(5), null);
  expect(level(14).holds).toBe(true);
  const short = level(13);
  expect(short.holds).toBe(false);
  expect(short.notes).toEqual([
    "Only 13 days of history: too few to tell whether the system is steady (14 or more, each weekday twice).",
  ]);
  expect(level(1).notes[0]).toMatch(/^Only 1 day of history:/);
  // Its estimate is still given: 10 open at 5 solved a day is 2 days.
  expect(short.leadTimeDays).toBe(2);
});

test("deflect levers that match the same tickets deflect each once: 1 − Π(1 − share), not the sum", () => {
  // In the steady log every Password ticket is recurring and every recurring one a
  // Password: 4 a day that both levers match.
  const log = steadyLog();
  const base = { timeZone: ZONE, asOf: ASOF, horizonDays: 14, runs: 100 };
  const both = (share: number) =>
    whatIf(log, {
      ...base,
      levers: [
        { kind: "deflect", category: "Password", share },
        { kind: "deflect", inflowKind: "recurring", share },
      ],
    }).applied.deflectedPerDay;
  expect(both(1)).toBe(4); // was 8: the sum of the two
  expect(both(0.5)).toBe(4 * (1 - 0.5 * 0.5)); // 3, was 4
  // Disjoint levers still add up: Password and Billing take 4·0.5 + 6·0.5.
  const apart = whatIf(log, {
    ...base,
    levers: [
      { kind: "deflect", category: "Password", share: 0.5 },
      { kind: "deflect", category: "Billing", share: 0.5 },
    ],
  });
  expect(apart.applied.deflectedPerDay).toBe(5);
});

test("Little's L is the mean backlog over the window, not the last day's", () => {
  // The level swings 15, 5, 15, 5… (mean 10) and ends on a 5; 5 solved a day.
  const backlog = Array.from({ length: 28 }, (_, t) => (t % 2 === 0 ? 15 : 5));
  const law = littlesLaw(backlog, Array(28).fill(5), Array(28).fill(5), null);
  // By hand: 10 open on average ÷ 5 a day = 2 days (the last day's 5 would give 1).
  expect(law.leadTimeDays).toBe(2);
});

test("the projection's Little estimate averages the horizon's last week, not its last day", () => {
  // 14 days whose median levels are 20 on weekdays and 6 on the last two days.
  const p50 = [20, 20, 20, 20, 20, 6, 6, 20, 20, 20, 20, 20, 6, 6];
  const days = p50.map((v, t) => ({
    date: `2024-07-${String(t + 1).padStart(2, "0")}`,
    p10: v,
    p50: v,
    p90: v,
  }));
  const fan = {
    capacity: 4,
    band: { lowDays: 0.5, highDays: 2, low: 2, high: 8 },
    days,
  } as unknown as ForecastFan;
  // By hand: the last 7 levels are 20, 20, 20, 20, 20, 6, 6: mean 112 / 7 = 16; ÷ 4 a day = 4 days.
  expect(projection(fan, 4).leadTimeDays).toBe(4);
});

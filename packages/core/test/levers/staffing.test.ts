import { describe, expect, test } from "vitest";
import {
  capacityToReachBand,
  parseTicketsCsv,
  sampleTicketsCsv,
  type TicketLog,
  ticketsFromRecords,
  whatIf,
} from "../../src/index.js";
import { type BandCounts, searchCapacity } from "../../src/levers/staffing-search.js";
import { loadRealLog } from "./real-logs.js";

const ZONE = "America/New_York";
const DAYS = 70; // 2024-04-01 (a Monday) … 2024-06-09
const ASOF = Date.parse("2024-06-10T00:00:00-04:00"); // a Monday
const dateOf = (i: number) => new Date(Date.UTC(2024, 3, 1 + i)).toISOString().slice(0, 10);
const weekdayOf = (i: number) => i % 7; // 0 = Monday

/**
 * Every day alike: `perDay(weekday)` tickets created at 09:00, `solved` of
 * them solved 24 h later (the rest stay open), five agents. Every week of
 * history is the same, so every simulated run is the same path and the
 * answer can be worked by hand.
 */
function regularLog(perDay: (weekday: number) => { created: number; solved: number }): TicketLog {
  const records = [];
  for (let d = 0; d < DAYS; d++) {
    const { created, solved } = perDay(weekdayOf(d));
    for (let k = 0; k < created; k++) {
      const time = `T09:${String(k).padStart(2, "0")}`;
      records.push({
        id: `${d}-${k}`,
        createdAt: `${dateOf(d)}${time}`,
        resolvedAt: k < solved ? `${dateOf(d + 1)}${time}` : undefined,
        category: k < 4 ? "Password" : "Billing",
        assignee: `agent-${k % 5}`,
      });
    }
  }
  return ticketsFromRecords(records, { timeZone: ZONE }).log;
}

describe("capacityToReachBand(log, { byDate }) on hand-made logs", () => {
  // Ten in and ten out every day, each ticket solved a day later: 10 open.
  const steady = regularLog(() => ({ created: 10, solved: 10 }));
  const base = { timeZone: ZONE, asOf: ASOF, runs: 100 };

  test("in the band already: no change needed, every run inside", () => {
    const r = capacityToReachBand(steady, { ...base, byDate: "2024-06-19" });
    expect(r).toMatchObject({
      status: "ok",
      days: 10,
      startBacklog: 10,
      inflow: 10,
      currentCapacity: 10,
      requiredCapacity: 10,
      change: 0,
      agentsNeeded: 5,
      probabilityInBand: 1,
      likely: true,
    });
    expect(r.message).toBe(
      "Today's capacity (10 tickets a day) is enough: the backlog is in the band on 2024-06-19 in 100 of 100 simulated runs.",
    );
  });

  test("a tighter band (0.1–0.5 days): 110 / 10.5 tickets a day, 6 agents", () => {
    const r = capacityToReachBand(steady, {
      ...base,
      byDate: "2024-06-19",
      levers: [{ kind: "band", low: 0.1, high: 0.5 }],
    });
    // Level after n = 10 days at μ a day: 10 + 10·(10 − μ) ≤ 0.5 μ, so μ ≥ 110 / 10.5.
    expect(r.requiredCapacity).toBeCloseTo(110 / 10.5, 5);
    expect(r.requiredCapacity as number).toBeGreaterThanOrEqual(110 / 10.5);
    expect(r.change).toBeCloseTo(110 / 105 - 1, 5);
    expect(r.agentsNeeded).toBe(Math.ceil((5 * 110) / 105)); // 6
    expect(r.probabilityInBand).toBe(1);
    expect(r.message).toBe(
      "Solve 10.5 tickets a day (5% more than now, about 6 agents instead of 5) for the backlog to be in the band on 2024-06-19 more likely than not: it is in 100 of 100 simulated runs.",
    );
  });

  test("deflecting 2 a day would sink it below the band: capacity may fall to 90 / 10.5", () => {
    const r = capacityToReachBand(steady, {
      ...base,
      byDate: "2024-06-19",
      levers: [{ kind: "deflect", category: "Password", share: 0.5 }],
    });
    // 10 + 10·(8 − μ) ≥ 0.5 μ, so μ ≤ 90 / 10.5.
    expect(r.inflow).toBe(8);
    expect(r.requiredCapacity).toBeCloseTo(90 / 10.5, 5);
    expect(r.requiredCapacity as number).toBeLessThanOrEqual(90 / 10.5);
    expect(r.probabilityInBand).toBe(1);
    expect(r.message).toMatch(/^Solve 8.6 tickets a day \(14% less than now/);
  });

  test("weekdays only, 12 in and 10 out: today's capacity scaled over the days replayed, as the what-if scales it", () => {
    // History: 12 created and 10 solved each weekday, nothing at weekends;
    // 2 a weekday stay open, 50 weekdays: 100 open. Capacity now 200 / 28.
    const log = regularLog((w) =>
      w < 5 ? { created: 12, solved: 10 } : { created: 0, solved: 0 },
    );
    const r = capacityToReachBand(log, { ...base, byDate: "2024-06-19" });
    // Tickets are solved the day after: 10 solved Tuesday to Saturday. Capacity
    // now is 200 / 28 a day. A capacity μ scales every replayed day by
    // f = μ / (200 / 28), as the what-if's lever does. Mon 06-10 … Wed 06-19
    // bring 8 weekdays of 12 in and 7 days of 10f out: the level 100 + 96 − 70f
    // must be at most the band's 2μ = 2 · (200 / 28) f, so f ≥ 196 / (70 + 400 / 28).
    const f = 196 / (70 + 400 / 28);
    expect(r.startBacklog).toBe(100);
    expect(r.currentCapacity).toBeCloseTo(200 / 28, 12);
    expect(r.requiredCapacity).toBeCloseTo((200 / 28) * f, 5);
    expect(r.change).toBeCloseTo(f - 1, 5);
    expect(r.leverPercent).toBeCloseTo((f - 1) * 100, 3);
    expect(r.agentsNeeded).toBe(Math.ceil(5 * f)); // 12
    expect(r.probabilityInBand).toBe(1);
  });
});

test("a team idle at weekends, asked about the Monday after a Saturday: the agents the what-if needs too", () => {
  // 20 tickets in and 20 solved (the same day) each weekday for ten weeks, none
  // at weekends, five agents; 100 older tickets still open. Capacity now:
  // 400 solved in the last 28 days, 400 / 28 a day.
  const records: Record<string, string>[] = [];
  for (let k = 0; k < 100; k++) records.push({ id: `old-${k}`, createdAt: "2024-01-02T09:00:00Z" });
  for (let d = 0; d < 70; d++) {
    const day = new Date(Date.UTC(2024, 0, 22 + d)); // 2024-01-22 is a Monday
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const date = day.toISOString().slice(0, 10);
    for (let k = 0; k < 20; k++)
      records.push({
        id: `${date}-${k}`,
        createdAt: `${date}T09:${String(k).padStart(2, "0")}:00Z`,
        resolvedAt: `${date}T15:${String(k).padStart(2, "0")}:00Z`,
        assignee: `agent-${k % 5}`,
      });
  }
  const log = ticketsFromRecords(records).log;
  const asOf = Date.parse("2024-03-30T00:00:00Z"); // a Saturday, the day after the data
  const now = 400 / 28;
  // Sat, Sun, Mon: 20 in on Monday and 20f solved, against a band of 2 · now · f:
  // 100 + 20 − 20f ≤ 2 · now · f, so f ≥ 120 / (20 + 2 · now).
  const f = 120 / (20 + 2 * now);
  const monday = capacityToReachBand(log, { asOf, byDate: "2024-04-01", runs: 50 });
  expect(monday.currentCapacity).toBeCloseTo(now, 12);
  expect(monday.requiredCapacity).toBeCloseTo(now * f, 5);
  expect(monday.agentsNeeded).toBe(Math.ceil(5 * f)); // 13, where the days' own mean said 9
  // The what-if with that many more agents has the backlog in the band on Monday.
  const w = whatIf(log, {
    asOf,
    runs: 50,
    horizonDays: 3,
    levers: [{ kind: "capacity", agents: Math.ceil(5 * f) - 5 }],
  });
  expect(w.scenario?.days.at(-1)?.pOutside).toBe(0);
  // Asked about the Saturday itself: nothing is solved at weekends, yet the history
  // has solves, so it answers (100 open ≤ 2 · now · f), not "nothing was solved".
  const saturday = capacityToReachBand(log, { asOf, byDate: "2024-03-30", runs: 50 });
  expect(saturday.status).toBe("ok");
  expect(saturday.requiredCapacity).toBeCloseTo(50, 5);
});

/** A reference: every run's in-band interval given outright, counted at one capacity. */
function intervals(runs: [number, number][]) {
  return (capacity: number): BandCounts => {
    let below = 0;
    let above = 0;
    for (const [from, to] of runs) {
      if (capacity < from) above++;
      else if (capacity > to) below++;
    }
    return { capacity, below, above, inside: runs.length - below - above };
  };
}

describe("searchCapacity(evaluate, runs, start)", () => {
  test("the least capacity above today's with more than half the runs inside", () => {
    // Inside from 12, 13, 14 (to 100 each) and one never: 3 of 4 at 14; 2 of 4 at 13.
    const runs: [number, number][] = [
      [12, 100],
      [13, 100],
      [14, 100],
      [200, 300],
    ];
    const r = searchCapacity(intervals(runs), 4, 10);
    expect(r.likely).toBe(true);
    expect(r.counts.capacity).toBeCloseTo(14, 5);
    expect(r.counts.capacity).toBeGreaterThanOrEqual(14);
    expect(r.counts.inside).toBe(3);
  });

  test("going up, runs falling below on the way push the answer further", () => {
    // At 11 two of three are past their "above" edge, but one has fallen below by then.
    const runs: [number, number][] = [
      [10.5, 10.8],
      [11, 100],
      [12, 100],
    ];
    const r = searchCapacity(intervals(runs), 3, 10);
    expect(r.counts.capacity).toBeCloseTo(12, 5);
    expect(r.counts.inside).toBe(2);
  });

  test("down when runs are below the band now; the nearer way wins", () => {
    const runs: [number, number][] = [
      [1, 8],
      [1, 9],
      [1, 30],
    ];
    const r = searchCapacity(intervals(runs), 3, 10);
    expect(r.counts.capacity).toBeCloseTo(9, 5);
    expect(r.counts.capacity).toBeLessThanOrEqual(9);
    const both = searchCapacity(
      intervals([
        [1, 9.5],
        [10.2, 20],
        [1, 20],
      ]),
      3,
      10,
    );
    expect(both.counts.capacity).toBeCloseTo(10.2, 5);
  });

  test("no capacity with more than half: likely false, the best one tried", () => {
    const r = searchCapacity(
      intervals([
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
      ]),
      4,
      10,
    );
    expect(r.likely).toBe(false);
    expect(r.counts.inside).toBe(1);
  });
});

describe("capacityToReachBand on the sample scenarios (seed 7, 12,000 tickets, 26 weeks)", () => {
  const logs = ["rising", "healthy", "draining"].map((scenario) => {
    const text = sampleTicketsCsv({
      seed: 7,
      tickets: 12000,
      days: 182,
      scenario: scenario as "rising",
      timeZone: "UTC",
    });
    return { scenario, log: parseTicketsCsv(text, { timeZone: "UTC" }).log };
  });

  test.each(logs)(
    "$scenario: more than half the runs are in the band at the capacity given, as the what-if replays it",
    ({ log }) => {
      const draws = { timeZone: "UTC", seed: 3, runs: 1000 };
      const r = capacityToReachBand(log, { ...draws, byDate: "2024-07-28" });
      expect(r.status).toBe("ok");
      expect(r.days).toBe(28);
      expect(r.likely).toBe(true);
      expect(r.probabilityInBand as number).toBeGreaterThan(0.5);
      // A count over the runs, without float noise.
      const inside = Math.round((r.probabilityInBand as number) * 1000);
      expect(r.probabilityInBand).toBe(inside / 1000);
      expect(r.message).toContain(`in ${inside} of 1000 simulated runs`);
      // The what-if with the same draws and its capacity lever at the answer's
      // change: the same capacity, the same band, the same runs inside.
      const mu = r.requiredCapacity as number;
      const now = r.currentCapacity as number;
      expect(r.leverPercent).toBeCloseTo((mu / now - 1) * 100, 9);
      const w = whatIf(log, {
        ...draws,
        horizonDays: 28,
        levers: [{ kind: "capacity", percent: r.leverPercent as number }],
      });
      const last = w.scenario?.days.at(-1);
      expect(w.scenario?.capacity).toBeCloseTo(mu, 9);
      expect(w.scenario?.band.high).toBeCloseTo(2 * mu, 9);
      expect(last?.pOutside).toBeCloseTo(1 - (r.probabilityInBand as number), 9);
      expect(last?.pOutside as number).toBeLessThan(0.5);
    },
  );

  test("healthy with a band 0.05 days wide: no capacity makes it likely, and the message says how likely", () => {
    const log = logs[1]?.log as TicketLog;
    const r = capacityToReachBand(log, {
      timeZone: "UTC",
      byDate: "2024-07-28",
      seed: 3,
      levers: [{ kind: "band", low: 1, high: 1.05 }],
    });
    expect(r.likely).toBe(false);
    const inside = Math.round((r.probabilityInBand as number) * 1000);
    expect(inside).toBeLessThanOrEqual(500);
    expect(r.message).toMatch(
      /^No capacity makes the band by \d{4}-\d\d-28 more likely than not( \(the runs spread past both its edges: \d+ end below it, \d+ above\))?: /,
    );
    expect(r.message).toContain(`does best, only in ${inside} of 1000 simulated runs.`);
    // Every run is below, inside or above: the three shares add up to all runs.
    const below = Math.round((r.probabilityBelow as number) * 1000);
    const above = Math.round((r.probabilityAbove as number) * 1000);
    expect(below + inside + above).toBe(1000);
    if (below > 0 && above > 0)
      expect(r.message).toContain(
        `(the runs spread past both its edges: ${below} end below it, ${above} above)`,
      );
  });
});

// The two real logs with long, steady histories (see docs/levers.md).
describe.each([
  { name: "helpdesk-italy", timeZone: "Europe/Rome", asOf: "2013-10-01T00:00:00+02:00" },
  { name: "github-hf-datasets", timeZone: "UTC", asOf: "2024-07-01T00:00:00Z" },
])("capacityToReachBand on the real log $name", ({ name, timeZone, asOf }) => {
  const log = loadRealLog(name, timeZone);
  const at = Date.parse(asOf);
  const byDate = `${asOf.slice(0, 8)}28`;

  test("the answer puts more than half the runs in the band, or says it cannot", () => {
    const r = capacityToReachBand(log, { timeZone, asOf: at, byDate, maxWeeklyCv: 2 });
    expect(r.status).toBe("ok");
    const p = r.probabilityInBand as number;
    if (r.likely) expect(p).toBeGreaterThan(0.5);
    else
      expect(r.message).toMatch(
        /^No capacity makes the band by \d{4}-\d\d-28 more likely than not( \(the runs spread past both its edges: \d+ end below it, \d+ above\))?: /,
      );
    expect(r.message).toContain(`${Math.round(p * 1000)} of 1000 simulated runs`);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  test("the agents needed and the percent change say the same thing", () => {
    const r = capacityToReachBand(log, {
      timeZone,
      asOf: at,
      byDate,
      maxWeeklyCv: 2,
      levers: [{ kind: "band", low: 0.05, high: 0.2 }],
    });
    expect(r.status).toBe("ok");
    const { agents, agentsNeeded, requiredCapacity, currentCapacity } = r as Required<typeof r>;
    if (agents === null) return;
    const ratio = (requiredCapacity as number) / (currentCapacity as number);
    // Rounded up to whole agents: within one agent of today's count times the ratio.
    expect(agentsNeeded as number).toBeGreaterThanOrEqual(agents * ratio - 1e-9);
    expect(agentsNeeded as number).toBeLessThan(agents * ratio + 1);
  });
});

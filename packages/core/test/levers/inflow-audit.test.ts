import { describe, expect, test } from "vitest";
import {
  inflowAudit,
  isCatchAllCategory,
  type TicketLog,
  ticketsFromRecords,
} from "../../src/index.js";

const ZONE = "Europe/Paris"; // the window crosses the spring DST change (2024-03-31)

/** `YYYY-MM-DD` of day `i` after 2024-02-05 (a Monday). */
const dateOf = (i: number) => new Date(Date.UTC(2024, 1, 5 + i)).toISOString().slice(0, 10);
/** The wall time `hours` after `date` 00:00 plus `minute` minutes (read in the zone). */
const wallAt = (date: string, hours: number, minute: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + hours * 3_600_000 + minute * 60_000)
    .toISOString()
    .slice(0, 16);

/**
 * 12 weeks: 2024-02-05 … 2024-04-28; the window is the last 4 (from 04-01).
 * Billing: 2 a day throughout, solved in 1 h. Login: 1 a day before the window,
 * 3 a day in it; the first of each day is `recurring` and solved in 2 h, the
 * others in 20 h. Outage: 6 `noise` tickets in the window only. Other: one each
 * Monday. Two tickets without a category in the window.
 */
function auditLog(): TicketLog {
  const records: Record<string, string>[] = [];
  const add = (category: string, date: string, n: number, lead: number, kind = "new") =>
    records.push({
      id: `${category || "none"}-${date}-${n}`,
      createdAt: wallAt(date, 10, n),
      resolvedAt: wallAt(date, 10 + lead, n),
      category,
      inflowKind: kind,
    });
  for (let i = 0; i < 84; i++) {
    const date = dateOf(i);
    const inWindow = i >= 56;
    add("Billing", date, 0, 1);
    add("Billing", date, 1, 1);
    add("Login", date, 2, 2, "recurring");
    if (inWindow) {
      add("Login", date, 3, 20);
      add("Login", date, 4, 20);
    }
    if (i % 7 === 0) add("Other", date, 5, 30);
    if (inWindow && i % 5 === 1) add("Outage", date, 6, 3, "noise");
    if (i === 60 || i === 61) add("", date, 7, 5);
  }
  const { log, issues } = ticketsFromRecords(records, { timeZone: ZONE });
  expect(issues).toEqual([]);
  return log;
}

describe("inflowAudit(log, { timeZone, asOf, windowDays })", () => {
  const log = auditLog();
  const audit = inflowAudit(log, {
    timeZone: ZONE,
    asOf: Date.parse("2024-04-29T00:00:00+02:00"),
    windowDays: 28,
  });

  test("the window and the previous window of equal length", () => {
    expect(audit.window).toEqual({ from: "2024-04-01", to: "2024-04-28", days: 28 });
    expect(audit.previous).toEqual({ from: "2024-03-04", to: "2024-03-31", covered: true });
    expect(audit.total).toBe(56 + 84 + 6 + 4 + 2);
    expect(audit.previousTotal).toBe(56 + 28 + 4);
  });

  test("categories ranked by volume, with growth and the noise test", () => {
    const rows = audit.categories.map((c) => [c.category, c.count, c.previous, c.change]);
    expect(rows).toEqual([
      ["Login", 84, 28, "up"],
      ["Billing", 56, 56, null],
      ["Outage", 6, 0, "up"],
      ["Other", 4, 4, null],
      ["", 2, 0, null],
    ]);
    const login = audit.categories[0];
    expect(login?.share).toBeCloseTo(84 / 152, 12);
    expect(login?.growth).toBe(2);
    // Baseline weeks hold 7 each (φ = 1): z = (84 − 28) / √112.
    expect(login?.z).toBeCloseTo(56 / Math.sqrt(112), 12);
    // Outage: z = 6 / √6 = 2.45, beyond 2; the 2 uncategorized: √2 = 1.41, not.
    expect(audit.categories[2]?.z).toBeCloseTo(Math.sqrt(6), 12);
    expect(audit.categories[4]?.z).toBeCloseTo(Math.sqrt(2), 12);
    expect(audit.categories[1]?.weekly).toEqual(Array(12).fill(14));
    expect(audit.categories.map((c) => c.catchAll)).toEqual([false, false, false, true, true]);
  });

  test("new and emerging categories", () => {
    expect(audit.emerging.map((e) => [e.category, e.status, e.count, e.expected])).toEqual([
      ["Login", "emerging", 84, 28],
      ["Outage", "new", 6, 0],
    ]);
    expect(audit.emerging[1]?.reason).toBe(
      "6 tickets in the 28 days audited, none in the 8 weeks before.",
    );
  });

  test("avoidable inflow by kind and by category", () => {
    const a = audit.avoidable;
    expect([a.total, a.avoidable]).toEqual([152, 34]);
    expect(a.share).toBeCloseTo(34 / 152, 12);
    expect(a.byKind.find((k) => k.kind === "recurring")?.count).toBe(28);
    expect(a.byKind.find((k) => k.kind === "noise")?.count).toBe(6);
    expect(a.byCategory.map((c) => [c.category, c.avoidable, c.count])).toEqual([
      ["Login", 28, 84],
      ["Outage", 6, 6],
    ]);
    expect(a.byCategory[0]?.share).toBeCloseTo(1 / 3, 12);
    expect(a.byCategory[1]?.shareOfAvoidable).toBeCloseTo(6 / 34, 12);
  });

  test("automation candidates: score = inflow share × repetitiveness", () => {
    const [billing, login, ...rest] = audit.automation;
    expect(rest).toEqual([]); // Outage is under 10; Other is a catch-all
    // Billing: 56 solved in 1 h each: predictable (1) and all quick (1).
    expect(billing?.category).toBe("Billing");
    expect(billing?.repetitiveness).toBe(1);
    expect(billing?.score).toBeCloseTo(56 / 152, 12);
    expect(billing?.reasons).toEqual([
      "56 tickets in the 28 days audited: 37% of everything that came in.",
      "100% are solved within 4 h: quick, routine answers.",
      "Handling time is predictable: half take between 1 h and 1 h.",
    ]);
    // Login: solved in the window: 28 in 2 h, 54 in 20 h (04-28's two end on 04-29).
    expect(login?.leadTime).toEqual({ p25: 2, p50: 20, p75: 20 });
    const predictability = 1 / (1 + 18 / 20);
    expect(login?.predictability).toBeCloseTo(predictability, 12);
    expect(login?.quickShare).toBeCloseTo(28 / 82, 12);
    expect(login?.recurringShare).toBeCloseTo(1 / 3, 12);
    const repetitiveness = 0.5 * predictability + 0.5 * (28 / 82);
    expect(login?.score).toBeCloseTo((84 / 152) * repetitiveness, 12);
    expect(login?.reasons).toContain("33% are recurring questions seen before.");
    expect(login?.reasons.at(-1)).toMatch(/^Growing: up 200% on the 28 days before/);
  });

  test("taxonomy health", () => {
    expect(audit.taxonomy).toMatchObject({
      catchAllCount: 6,
      catchAllCategories: ["Other", ""],
      categories: 5,
      newCategories: 2,
      droppedCategories: 0,
    });
    expect(audit.taxonomy.catchAllShare).toBeCloseTo(6 / 152, 12);
    expect(audit.taxonomy.retainedShare).toBeCloseTo(3 / 5, 12);
    expect(audit.taxonomy.retainedInflowShare).toBeCloseTo(144 / 152, 12);
  });

  test("a window given as dates gives the same audit", () => {
    const byDates = inflowAudit(log, {
      timeZone: ZONE,
      window: { from: "2024-04-01", to: "2024-04-28" },
    });
    expect(byDates).toEqual(audit);
    expect(JSON.parse(JSON.stringify(audit))).toEqual(audit);
  });
});

describe("inflowAudit edge cases", () => {
  test("an empty log gives zeros, empty lists and null shares", () => {
    const a = inflowAudit(ticketsFromRecords([]).log, { timeZone: ZONE });
    expect(a.total).toBe(0);
    expect(a.categories).toEqual([]);
    expect(a.avoidable.share).toBeNull();
    expect(a.taxonomy.catchAllShare).toBeNull();
    expect(JSON.stringify(a)).not.toContain("NaN");
  });

  test("a log that starts inside the window has no baseline, so nothing is 'new'", () => {
    const { log } = ticketsFromRecords(
      Array.from({ length: 20 }, (_, i) => ({
        id: `${i}`,
        createdAt: `2024-04-${String(10 + (i % 10)).padStart(2, "0")}T09:00Z`,
        category: "Billing",
      })),
    );
    const a = inflowAudit(log, { window: { from: "2024-04-01", to: "2024-04-28" } });
    expect(a.total).toBe(20);
    expect(a.emerging).toEqual([]);
  });

  test("isCatchAllCategory knows the usual names", () => {
    for (const n of ["Other", " general ", "MISC", "N/A", "", "Unknown", "uncategorised"])
      expect(isCatchAllCategory(n), n).toBe(true);
    for (const n of ["Billing", "Otherwise", "General billing"])
      expect(isCatchAllCategory(n), n).toBe(false);
  });

  test("bad options throw with the fix", () => {
    const { log } = ticketsFromRecords([{ id: "1", createdAt: "2024-04-01T09:00Z" }]);
    expect(() => inflowAudit(log, { window: { from: "2024-04-10", to: "2024-04-01" } })).toThrow(
      /window/,
    );
    expect(() => inflowAudit(log, { windowDays: 0 })).toThrow(/windowDays/);
  });
});

test("predictability with a median lead time of 0: 1 when all take 0, 0 when the middle half spreads", () => {
  // In the window 2024-03-01 … 03-28: "Instant" 20 tickets solved at once;
  // "Mixed" 12 solved at once and 8 after 10 h (p25 0, p50 0, p75 10 by type 7).
  const records = [];
  for (let i = 0; i < 20; i++) {
    const at = `2024-03-${String(2 + i).padStart(2, "0")}T09:00:00Z`;
    const later = `2024-03-${String(2 + i).padStart(2, "0")}T19:00:00Z`;
    records.push({ id: `I${i}`, createdAt: at, resolvedAt: at, category: "Instant" });
    records.push({
      id: `M${i}`,
      createdAt: at,
      resolvedAt: i < 12 ? at : later,
      category: "Mixed",
    });
  }
  const { log } = ticketsFromRecords(records);
  const audit = inflowAudit(log, { window: { from: "2024-03-01", to: "2024-03-28" } });
  const by = (c: string) => audit.automation.find((a) => a.category === c);
  expect(by("Mixed")?.leadTime).toEqual({ p25: 0, p50: 0, p75: 10 });
  expect(by("Mixed")?.predictability).toBe(0);
  expect(by("Mixed")?.reasons.some((r) => r.startsWith("Handling time is predictable"))).toBe(
    false,
  );
  expect(by("Instant")?.leadTime).toEqual({ p25: 0, p50: 0, p75: 0 });
  expect(by("Instant")?.predictability).toBe(1);
});

test("a previous window before the data's first day is not a quiet one: no trend, no new categories", () => {
  // 10 tickets a day from 1 March 2024, the same every day: nothing changes.
  const records = [];
  for (let d = 0; d < 40; d++)
    for (let k = 0; k < 10; k++)
      records.push({
        id: `${d}-${k}`,
        createdAt: new Date(Date.UTC(2024, 2, 1 + d, 9, k)).toISOString(),
        category: k < 7 ? "Billing" : "Login",
      });
  const log = ticketsFromRecords(records).log;
  // Window 13 Mar – 9 Apr; the previous one, 14 Feb – 12 Mar, holds only 12 days of data.
  const a = inflowAudit(log, { asOf: Date.parse("2024-04-10T00:00:00Z") });
  expect(a.previous).toEqual({ from: "2024-02-14", to: "2024-03-12", covered: false });
  const billing = a.categories.find((c) => c.category === "Billing");
  expect(billing).toMatchObject({
    count: 28 * 7,
    previous: 12 * 7,
    growth: null,
    z: null,
    change: null,
  });
  expect(a.categories.every((c) => c.change === null)).toBe(true);
  expect(a.automation.flatMap((c) => c.reasons).some((r) => r.startsWith("Growing"))).toBe(false);
  expect(a.taxonomy).toMatchObject({
    newCategories: null,
    droppedCategories: null,
    retainedShare: null,
  });
  // Once the previous window is inside the data, the steady log shows no change.
  const later = inflowAudit(log, { asOf: Date.parse("2024-04-10T00:00:00Z"), windowDays: 14 });
  expect(later.previous.covered).toBe(true);
  expect(later.categories.find((c) => c.category === "Billing")).toMatchObject({
    growth: 0,
    change: null,
  });
});

test("the default window does not reach before the log began: 13 days of data are a 13-day window", () => {
  // One ticket a day from Mar 25 to Apr 6, 2024 (13 days), each solved an hour later.
  const records = Array.from({ length: 13 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 2, 25 + i, 10));
    return {
      id: `t${i}`,
      createdAt: day.toISOString(),
      resolvedAt: new Date(day.getTime() + 3_600_000).toISOString(),
      category: "Billing",
    };
  });
  const a = inflowAudit(ticketsFromRecords(records).log, { timeZone: "UTC" });
  expect(a.window).toEqual({ from: "2024-03-25", to: "2024-04-06", days: 13 });
  expect(a.total).toBe(13);
  // The 13 days before it hold no data: nothing to compare with.
  expect(a.previous).toEqual({ from: "2024-03-12", to: "2024-03-24", covered: false });
  expect(a.categories[0]).toMatchObject({ category: "Billing", growth: null, change: null });
});

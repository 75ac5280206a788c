import { describe, expect, test } from "vitest";
import {
  applyEvents,
  computeMetrics,
  parseEventsCsv,
  ticketsFromRecords,
} from "../../src/index.js";
import { localDate } from "../reference.js";

const H = 3_600_000;
const MIN = 60_000;

interface Rec {
  id: string;
  createdAt: number;
  resolvedAt?: number;
}

function metrics(records: Rec[], timeZone: string) {
  const parsed = ticketsFromRecords(records, { timeZone });
  expect(parsed.issues).toEqual([]);
  return computeMetrics(parsed.log, { timeZone });
}

/** Tickets open at instant t: created at or before it and not solved at or before it. */
function openAt(records: Rec[], t: number): number {
  let n = 0;
  for (const r of records)
    if (r.createdAt <= t && !(r.resolvedAt !== undefined && r.resolvedAt <= t)) n++;
  return n;
}

/** The most tickets open at any instant of [from, to): every instant where the count can change, and `from`. */
function bruteForcePeak(records: Rec[], from: number, to: number): number {
  const instants = new Set([from]);
  for (const r of records) {
    if (r.createdAt >= from && r.createdAt < to) instants.add(r.createdAt);
    if (r.resolvedAt !== undefined && r.resolvedAt >= from && r.resolvedAt < to)
      instants.add(r.resolvedAt);
  }
  let best = 0;
  for (const t of instants) best = Math.max(best, openAt(records, t));
  return best;
}

/** A seeded generator (a 32-bit LCG), so the cases are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Busy days around New York's spring-forward day (23 h) and on its fall-back day
 * (25 h): times on the quarter hour, so many openings and solves share an
 * instant, and a burst of 60 tickets at 09:00 on one day.
 */
function busyRecords(seed: number): Rec[] {
  const random = lcg(seed);
  const starts = [Date.parse("2024-03-08T05:00:00Z"), Date.parse("2024-11-01T04:00:00Z")];
  const records: Rec[] = [];
  for (let i = 0; i < 1500; i++) {
    const from = starts[i % 2] as number;
    const createdAt = from + Math.floor(random() * 4 * 96) * 15 * MIN;
    const lead = Math.floor(random() * random() * 3 * 96) * 15 * MIN;
    records.push({
      id: `t${i}`,
      createdAt,
      resolvedAt: random() < 0.05 ? undefined : createdAt + lead,
    });
  }
  const burst = Date.parse("2024-03-09T14:00:00Z");
  for (let i = 0; i < 60; i++)
    records.push({ id: `b${i}`, createdAt: burst, resolvedAt: burst + (i % 3) * H });
  return records;
}

function shuffled<T>(items: T[], seed: number): T[] {
  const random = lcg(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("peakBacklog(b) and backlog(b) on busy days", () => {
  const zone = "America/New_York";
  const records = busyRecords(7);
  const byCreation = records.slice().sort((a, b) => a.createdAt - b.createdAt);

  test("match a brute-force count at every instant, on 23- and 25-hour days", () => {
    const m = metrics(byCreation, zone);
    const dstDays = m.buckets.filter((b) => b.endMs - b.startMs !== 24 * H).map((b) => b.start);
    expect(dstDays).toEqual(["2024-03-10", "2024-11-03"]);
    for (const b of m.buckets) {
      expect(localDate(b.startMs, zone)).toBe(b.start);
      expect(b.backlog).toBe(openAt(records, b.endMs - 1));
      expect(b.peakBacklog).toBe(bruteForcePeak(records, b.startMs, b.endMs));
    }
  });

  test("input in creation order and in random order give the same result", () => {
    const sorted = metrics(byCreation, zone);
    for (const seed of [1, 2, 3]) expect(metrics(shuffled(records, seed), zone)).toEqual(sorted);
  });
});

describe("peakBacklog(b) at one instant", () => {
  const day = Date.parse("2024-01-10T00:00:00Z");

  test("sixty arrivals and forty solves at the same instant are one step of +20", () => {
    // 40 tickets open since the day before; at 12:00 they are all solved and 60 arrive.
    const noon = day + 12 * H;
    const records: Rec[] = [];
    for (let i = 0; i < 40; i++)
      records.push({ id: `old${i}`, createdAt: day - H, resolvedAt: noon });
    for (let i = 0; i < 60; i++) records.push({ id: `new${i}`, createdAt: noon });
    const [, today] = metrics(records, "UTC").buckets;
    expect([today?.peakBacklog, today?.backlog]).toEqual([60, 60]);
  });

  test("solves at the day's first instant replace the level carried in", () => {
    // 3 open overnight; at 00:00 two are solved; at 08:00 one arrives: the day peaks at 2.
    const records: Rec[] = [
      { id: "a", createdAt: day - 5 * H, resolvedAt: day },
      { id: "b", createdAt: day - 4 * H, resolvedAt: day },
      { id: "c", createdAt: day - 3 * H },
      { id: "d", createdAt: day + 8 * H },
    ];
    const [before, today] = metrics(records, "UTC").buckets;
    expect([before?.peakBacklog, before?.backlog]).toEqual([3, 3]);
    expect([today?.peakBacklog, today?.backlog]).toEqual([2, 2]);
  });

  test("an arrival one millisecond before a solve is a peak; at the same millisecond it is not", () => {
    const t = day + 10 * H;
    const first = { id: "a", createdAt: day + H, resolvedAt: t };
    const apart = metrics([first, { id: "b", createdAt: t - 1, resolvedAt: t + H }], "UTC");
    const together = metrics([first, { id: "b", createdAt: t, resolvedAt: t + H }], "UTC");
    expect(apart.buckets[0]?.peakBacklog).toBe(2);
    expect(together.buckets[0]?.peakBacklog).toBe(1);
  });
});

describe("openings in ascending order, with a reopening", () => {
  test("count creations and reopenings per day, as in any order", () => {
    // a: created 1 Jan 09:00, open. b: created 10:00, solved 11:00, reopened
    // 2 Jan 08:00, solved 09:00. Spells a, b, b-again: in ascending order.
    const events = parseEventsCsv(
      [
        "ticket_id,at,type",
        "b,2024-01-01T11:00:00Z,solved",
        "b,2024-01-02T08:00:00Z,reopened",
        "b,2024-01-02T09:00:00Z,solved",
      ].join("\n"),
    );
    const tickets = ticketsFromRecords([
      { id: "a", createdAt: "2024-01-01T09:00:00Z" },
      { id: "b", createdAt: "2024-01-01T10:00:00Z" },
    ]);
    const { log } = applyEvents(tickets.log, events.events);
    expect(Array.from(log.spells.start)).toEqual(
      ["2024-01-01T09:00:00Z", "2024-01-01T10:00:00Z", "2024-01-02T08:00:00Z"].map(Date.parse),
    );
    const days = computeMetrics(log).buckets.map((b) => [
      b.created,
      b.reopened,
      b.throughput,
      b.peakBacklog,
      b.backlog,
    ]);
    expect(days).toEqual([
      [2, 0, 1, 2, 1],
      [0, 1, 1, 2, 1],
    ]);
  });
});

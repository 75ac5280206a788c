import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  applyEvents,
  computeMetrics,
  type MetricsResult,
  parseEventsCsv,
  parseTicketsCsv,
} from "../src/index.js";
import {
  localDate,
  type RefTicket,
  readSimpleCsv,
  referenceBuckets,
  refQuantile,
  spellsFromEvents,
} from "./reference.js";

const DATA = join(import.meta.dirname, "..", "..", "..", "..", "shared", "data");

interface DataSet {
  name: string;
  timeZone: string;
  /** Naive timestamps in this set are read as UTC by both sides. */
  naive?: boolean;
  /** Figures stated in the set's SOURCE.md. */
  tickets: number;
  openAtEnd: number;
  rejected?: number;
}

const SETS: DataSet[] = [
  { name: "helpdesk-italy", timeZone: "Europe/Rome", tickets: 4580, openAtEnd: 12 },
  { name: "bpi2013-incidents", timeZone: "Europe/Brussels", tickets: 7554, openAtEnd: 8 },
  { name: "bpi2013-problems", timeZone: "Europe/Brussels", tickets: 1841, openAtEnd: 354 },
  { name: "servicenow-incidents", timeZone: "UTC", naive: true, tickets: 20769, openAtEnd: 0 },
  // 25 requests are closed before they were created (SOURCE.md): reported, not used.
  {
    name: "la311-2017-12",
    timeZone: "America/Los_Angeles",
    tickets: 19999,
    openAtEnd: 5,
    rejected: 25,
  },
  { name: "github-hf-datasets", timeZone: "UTC", tickets: 7258, openAtEnd: 846 },
];

function reference(set: DataSet, withEvents: boolean): RefTicket[] {
  const parse = (s: string) => Date.parse(set.naive ? `${s}Z` : s);
  const rows = readSimpleCsv(readFileSync(join(DATA, set.name, "data.csv"), "utf8"));
  const events = new Map<string, { at: number; type: string }[]>();
  if (withEvents) {
    for (const e of readSimpleCsv(readFileSync(join(DATA, set.name, "lifecycle.csv"), "utf8"))) {
      const list = events.get(e.ticket_id as string) ?? [];
      list.push({ at: parse(e.at as string), type: e.type as string });
      events.set(e.ticket_id as string, list);
    }
  }
  const tickets: RefTicket[] = [];
  for (const r of rows) {
    const id = r.ticket_id as string;
    const createdAt = parse(r.created_at as string);
    const done = r.resolved_at || r.closed_at;
    const solvedAt = done ? parse(done) : null;
    if (solvedAt !== null && solvedAt < createdAt) continue;
    const history = events.get(id);
    tickets.push({
      id,
      createdAt,
      spells: history
        ? spellsFromEvents(id, createdAt, history)
        : [{ ticket: id, start: createdAt, end: solvedAt, reopened: false }],
    });
  }
  return tickets;
}

function load(set: DataSet, withEvents: boolean) {
  const parsed = parseTicketsCsv(readFileSync(join(DATA, set.name, "data.csv"), "utf8"), {
    timeZone: set.timeZone,
  });
  if (!withEvents) return parsed;
  const events = parseEventsCsv(readFileSync(join(DATA, set.name, "lifecycle.csv"), "utf8"), {
    timeZone: set.timeZone,
  });
  expect(events.issues).toEqual([]);
  return { ...parsed, log: applyEvents(parsed.log, events.events).log };
}

function expectBathtub(m: MetricsResult) {
  let level = m.startBacklog;
  for (const b of m.buckets) {
    level += b.inflow - b.throughput;
    expect(b.backlog, b.start).toBe(level);
    expect(b.backlog).toBeGreaterThanOrEqual(0);
    expect(b.peakBacklog).toBeGreaterThanOrEqual(b.backlog);
  }
}

/** The three busiest buckets and the last one: enough to catch an off-by-one anywhere. */
function pick(m: MetricsResult): string[] {
  const busiest = [...m.buckets]
    .sort((a, b) => b.inflow + b.throughput - (a.inflow + a.throughput))
    .slice(0, 3);
  return [...busiest.map((b) => b.start), (m.buckets.at(-1) as { start: string }).start];
}

function compareWithReference(set: DataSet, m: MetricsResult, tickets: RefTicket[]) {
  const keys = pick(m);
  const ref = referenceBuckets(tickets, keys, set.timeZone, m.bucket);
  for (const key of keys) {
    const got = m.buckets.find((b) => b.start === key);
    const want = ref.get(key);
    expect(got, key).toBeDefined();
    if (!got || !want) continue;
    expect({
      key,
      created: got.created,
      reopened: got.reopened,
      throughput: got.throughput,
      backlog: got.backlog,
    }).toEqual({
      key,
      created: want.created,
      reopened: want.reopened,
      throughput: want.throughput,
      backlog: want.backlog,
    });
    expect(got.leadTime?.count ?? 0).toBe(want.leadTimes.length);
    if (want.leadTimes.length > 0) {
      expect(got.leadTime?.p50).toBeCloseTo(refQuantile(want.leadTimes, 0.5) as number, 6);
      expect(got.leadTime?.p85).toBeCloseTo(refQuantile(want.leadTimes, 0.85) as number, 6);
      expect(got.leadTime?.p95).toBeCloseTo(refQuantile(want.leadTimes, 0.95) as number, 6);
    }
  }
}

describe.each(SETS)("real log $name", (set) => {
  test("reads every ticket the SOURCE.md counts, rejecting only bad rows", () => {
    const parsed = load(set, false);
    const errors = parsed.issues.filter((i) => i.severity === "error");
    expect(parsed.rowCount).toBe(set.tickets);
    expect(errors.length).toBe(set.rejected ?? 0);
    expect(parsed.log.size).toBe(set.tickets - (set.rejected ?? 0));
    const m = computeMetrics(parsed.log, { timeZone: set.timeZone });
    // Every ticket is either still open at the end or was solved.
    expect(m.buckets.at(-1)?.backlog).toBe(set.openAtEnd);
  });

  for (const bucket of ["day", "week"] as const) {
    test(`computeMetrics(${bucket}) matches the reference and the bathtub equation`, () => {
      const parsed = load(set, false);
      const m = computeMetrics(parsed.log, { timeZone: set.timeZone, bucket });
      expectBathtub(m);
      compareWithReference(set, m, reference(set, false));
    });
  }

  test("the last bucket's capacity, by day, week or month, is the pace of the 28 days before the data ends", () => {
    // By hand from the reference tickets: solves on the 28 local days ending with
    // the data's last day, over those of them on or after its first day.
    const tickets = reference(set, false);
    const day = (t: number) => localDate(t, set.timeZone);
    let first = "9999-12-31";
    let last = "0000-01-01";
    const solvesByDay = new Map<string, number>();
    for (const t of tickets) {
      if (day(t.createdAt) < first) first = day(t.createdAt);
      for (const spell of t.spells) {
        for (const at of [spell.start, spell.end])
          if (at !== null && day(at) > last) last = day(at);
        if (spell.end !== null)
          solvesByDay.set(day(spell.end), (solvesByDay.get(day(spell.end)) ?? 0) + 1);
      }
    }
    let solved = 0;
    let observed = 0;
    for (let k = 0; k < 28; k++) {
      const date = new Date(Date.parse(`${last}T00:00:00Z`) - k * 86_400_000)
        .toISOString()
        .slice(0, 10);
      if (date < first) break;
      solved += solvesByDay.get(date) ?? 0;
      observed++;
    }
    const log = load(set, false).log;
    for (const bucket of ["day", "week", "month"] as const) {
      const m = computeMetrics(log, { timeZone: set.timeZone, bucket });
      expect(m.buckets.at(-1)?.capacity, bucket).toBeCloseTo(solved / observed, 12);
    }
  });

  // Only the sets that ship an event log get this test.
  if (!existsSync(join(DATA, set.name, "lifecycle.csv"))) return;
  test("with the lifecycle event log, reopenings match the reference", () => {
    const parsed = load(set, true);
    for (const bucket of ["day", "week"] as const) {
      const m = computeMetrics(parsed.log, { timeZone: set.timeZone, bucket });
      expectBathtub(m);
      compareWithReference(set, m, reference(set, true));
    }
  });
});

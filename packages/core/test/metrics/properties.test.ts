import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  applyEvents,
  type BucketUnit,
  computeMetrics,
  EVENT_TYPES,
  type EventLog,
  type MetricsResult,
  type TicketLog,
  ticketsFromRecords,
} from "../../src/index.js";
import {
  bucketKey,
  localDate,
  type RefTicket,
  referenceBuckets,
  refQuantile,
  spellsFromEvents,
} from "../reference.js";

const DAY = 86_400_000;
const T0 = Date.parse("2024-02-20T00:00:00Z");
const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/Los_Angeles",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "America/Santiago",
];

/** Instants over ~80 days around the spring DST changes, on the minute, with many exact hours. */
const instant = fc.oneof(
  fc.integer({ min: 0, max: 80 * 24 * 60 }).map((m) => T0 + m * 60_000),
  fc.integer({ min: 0, max: 80 * 24 }).map((h) => T0 + h * 3_600_000),
);

const ticketArb = fc.record({
  created: instant,
  events: fc.array(
    fc.record({
      delay: fc.integer({ min: 0, max: 20 * 24 * 60 }),
      type: fc.constantFrom("solved", "reopened", "closed", "other", "solved"),
    }),
    { maxLength: 6 },
  ),
});

interface Case {
  tickets: { created: number; events: { delay: number; type: string }[] }[];
  timeZone: string;
}
const caseArb: fc.Arbitrary<Case> = fc.record({
  tickets: fc.array(ticketArb, { minLength: 1, maxLength: 25 }),
  timeZone: fc.constantFrom(...ZONES),
});

function build(c: Case, shift = 0): { log: TicketLog; ref: RefTicket[] } {
  const records = c.tickets.map((t, i) => ({ id: `t${i}`, createdAt: t.created + shift }));
  const ids: string[] = [];
  const at: number[] = [];
  const type: number[] = [];
  const ref: RefTicket[] = [];
  c.tickets.forEach((t, i) => {
    const history: { at: number; type: string }[] = [];
    let time = t.created + shift;
    for (const e of t.events) {
      time += e.delay * 60_000;
      ids.push(`t${i}`);
      at.push(time);
      type.push(EVENT_TYPES.indexOf(e.type as never));
      history.push({ at: time, type: e.type });
    }
    ref.push({
      id: `t${i}`,
      createdAt: t.created + shift,
      spells: spellsFromEvents(`t${i}`, t.created + shift, history),
    });
  });
  const events: EventLog = {
    size: ids.length,
    ticketIds: ids,
    at: Float64Array.from(at),
    type: Uint8Array.from(type),
    rows: Int32Array.from(ids.map((_, k) => k + 2)),
  };
  const tickets = ticketsFromRecords(records).log;
  // A log of other types only is refused, as it would change nothing: the
  // tickets alone are the same log.
  const lifecycle = type.some((t) => EVENT_TYPES[t] !== "other");
  const applied =
    lifecycle || ids.length === 0 ? applyEvents(tickets, events) : { log: tickets, issues: [] };
  // The only issues: a warning for each solve of a solved ticket and each
  // reopening of an open one, counted here by walking each history.
  let idle = 0;
  for (const t of c.tickets) {
    let open = true;
    for (const e of t.events) {
      if (e.type === "solved" || e.type === "closed") {
        if (open) open = false;
        else if (e.type === "solved") idle++;
      } else if (e.type === "reopened") {
        if (open) idle++;
        else open = true;
      }
    }
  }
  expect(
    applied.issues.every((i) => i.severity === "warning" && i.reason.endsWith("changes nothing")),
  ).toBe(true);
  expect(applied.issues.length).toBe(lifecycle ? idle : 0);
  return { log: applied.log, ref };
}

function bathtubHolds(m: MetricsResult): void {
  let level = m.startBacklog;
  for (const b of m.buckets) {
    level += b.inflow - b.throughput;
    expect(b.backlog).toBe(level);
    expect(b.backlog).toBeGreaterThanOrEqual(0);
    expect(b.netFlow).toBe(b.inflow - b.throughput);
  }
}

/** The most spells open at any instant of [from, to), by brute force over every instant that matters. */
function bruteForcePeak(ref: RefTicket[], from: number, to: number): number {
  const spells = ref.flatMap((t) => t.spells);
  const instants = [from, ...spells.flatMap((s) => [s.start, s.end ?? from])].filter(
    (t) => t >= from && t < to,
  );
  let best = 0;
  for (const t of instants) {
    const open = spells.filter((s) => s.start <= t && (s.end === null || s.end > t)).length;
    best = Math.max(best, open);
  }
  return best;
}

describe("invariants over random event logs, zones and bucket sizes", () => {
  test("the bathtub equation holds for every bucket and backlog is never negative", () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom<BucketUnit>("day", "week", "month"), (c, bucket) => {
        bathtubHolds(computeMetrics(build(c).log, { timeZone: c.timeZone, bucket }));
      }),
      { numRuns: 150 },
    );
  });

  test("every bucket matches the naive reference: counts, backlog, lead-time percentiles, peaks", () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom<BucketUnit>("day", "week", "month"), (c, bucket) => {
        const { log, ref } = build(c);
        const m = computeMetrics(log, { timeZone: c.timeZone, bucket });
        const want = referenceBuckets(
          ref,
          m.buckets.map((b) => b.start),
          c.timeZone,
          bucket,
        );
        for (const b of m.buckets) {
          const r = want.get(b.start);
          expect(r).toBeDefined();
          expect([b.created, b.reopened, b.throughput, b.backlog]).toEqual([
            r?.created,
            r?.reopened,
            r?.throughput,
            r?.backlog,
          ]);
          expect(b.leadTime?.count ?? 0).toBe(r?.leadTimes.length);
          if (b.leadTime)
            expect(b.leadTime.p85).toBeCloseTo(refQuantile(r?.leadTimes ?? [], 0.85) as number, 9);
          expect(b.peakBacklog).toBe(bruteForcePeak(ref, b.startMs, b.endMs));
          // Bucket starts are local midnights of the zone.
          expect(localDate(b.startMs, c.timeZone)).toBe(b.start);
          expect(localDate(b.startMs - 1, c.timeZone) < b.start).toBe(true);
          expect(bucketKey(b.start, bucket)).toBe(b.start);
        }
      }),
      { numRuns: 100 },
    );
  });

  test("daily inflow and throughput sum to weekly and monthly; a week's backlog is its last day's", () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom<BucketUnit>("week", "month"), (c, bucket) => {
        const { log } = build(c);
        const coarse = computeMetrics(log, { timeZone: c.timeZone, bucket });
        const daily = computeMetrics(log, {
          timeZone: c.timeZone,
          from: coarse.range.firstDate,
          to: coarse.range.lastDate,
        });
        expect(daily.startBacklog).toBe(coarse.startBacklog);
        for (const b of coarse.buckets) {
          const days = daily.buckets.filter((d) => d.startMs >= b.startMs && d.endMs <= b.endMs);
          expect(days.reduce((s, d) => s + d.inflow, 0)).toBe(b.inflow);
          expect(days.reduce((s, d) => s + d.throughput, 0)).toBe(b.throughput);
          expect(days.at(-1)?.backlog).toBe(b.backlog);
          expect(Math.max(...days.map((d) => d.peakBacklog))).toBe(b.peakBacklog);
        }
      }),
      { numRuns: 100 },
    );
  });

  test("in UTC, shifting every timestamp by whole days shifts the series and changes nothing else", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -400, max: 400 }), (c, days) => {
        const a = computeMetrics(build(c).log, { timeZone: "UTC" });
        const b = computeMetrics(build(c, days * DAY).log, { timeZone: "UTC" });
        const strip = (m: MetricsResult) =>
          m.buckets.map(({ start, startMs, endMs, ...rest }) => rest);
        expect(strip(b)).toEqual(strip(a));
        expect(b.buckets.map((x) => x.startMs - days * DAY)).toEqual(
          a.buckets.map((x) => x.startMs),
        );
        expect(b.startBacklog).toBe(a.startBacklog);
        expect({ ...b.aging, asOf: 0 }).toEqual({ ...a.aging, asOf: 0 });
      }),
      { numRuns: 100 },
    );
  });
});

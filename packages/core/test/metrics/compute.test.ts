import { describe, expect, test } from "vitest";
import {
  applyEvents,
  computeMetrics,
  parseEventsCsv,
  TidemarkError,
  ticketsFromRecords,
} from "../../src/index.js";

const H = 3_600_000;
const log = (records: object[], timeZone = "UTC") => {
  const parsed = ticketsFromRecords(records, { timeZone });
  expect(parsed.issues).toEqual([]);
  return parsed.log;
};

describe("computeMetrics(log, { timeZone }) day buckets", () => {
  test("DST days in Paris last 23 and 25 hours", () => {
    const l = log([
      { id: "a", createdAt: "2024-03-30T12:00:00Z" },
      { id: "b", createdAt: "2024-10-28T12:00:00Z" },
    ]);
    const m = computeMetrics(l, { timeZone: "Europe/Paris" });
    const length = (date: string) => {
      const b = m.buckets.find((x) => x.start === date);
      return b ? (b.endMs - b.startMs) / H : null;
    };
    expect(length("2024-03-30")).toBe(24);
    expect(length("2024-03-31")).toBe(23);
    expect(length("2024-10-27")).toBe(25);
    expect(m.buckets[0]?.startMs).toBe(Date.parse("2024-03-29T23:00:00Z"));
  });

  test("a moment exactly on a boundary belongs to the later bucket", () => {
    const l = log([
      {
        id: "a",
        createdAt: "2024-05-01T23:59:59.999+02:00",
        resolvedAt: "2024-05-02T00:00:00+02:00",
      },
      { id: "b", createdAt: "2024-05-02T00:00:00+02:00" },
    ]);
    const [d1, d2] = computeMetrics(l, { timeZone: "Europe/Paris" }).buckets;
    expect([d1?.start, d1?.created, d1?.throughput, d1?.backlog]).toEqual(["2024-05-01", 1, 0, 1]);
    expect([d2?.start, d2?.created, d2?.throughput, d2?.backlog]).toEqual(["2024-05-02", 1, 1, 1]);
  });

  test("timestamps without an offset are read in the configured zone", () => {
    const l = log([{ id: "a", createdAt: "2024-05-01T23:30:00" }], "America/Los_Angeles");
    // 23:30 in LA is the next day in UTC, but the bucket is LA's 1 May.
    const m = computeMetrics(l, { timeZone: "America/Los_Angeles" });
    expect(m.buckets.map((b) => [b.start, b.created])).toEqual([["2024-05-01", 1]]);
    expect(computeMetrics(l, { timeZone: "UTC" }).buckets.map((b) => b.start)).toEqual([
      "2024-05-02",
    ]);
  });
});

describe("computeMetrics with reopenings (event log)", () => {
  // Ticket T: created 1 Mar 10:00, solved 12:00, reopened 2 Mar 09:00, solved 3 Mar 15:00, closed 4 Mar.
  const events = parseEventsCsv(
    [
      "ticket_id,at,type",
      "T,2024-03-01T10:00:00Z,created",
      "T,2024-03-01T12:00:00Z,solved",
      "T,2024-03-02T09:00:00Z,reopened",
      "T,2024-03-03T15:00:00Z,solved",
      "T,2024-03-04T08:00:00Z,closed",
      "U,2024-03-02T08:00:00Z,created",
      "U,2024-03-03T08:00:00Z,closed",
    ].join("\n"),
  );
  const tickets = log([{ id: "T", createdAt: "2024-03-01T10:00:00Z" }]);
  const applied = applyEvents(tickets, events.events);

  test("spells follow the rules: closed after solved changes nothing (the series ends on 3 Mar); closed on an open ticket solves", () => {
    expect(applied.issues).toEqual([]);
    const m = computeMetrics(applied.log, { timeZone: "UTC" });
    const rows = m.buckets.map((b) => [
      b.start,
      b.created,
      b.reopened,
      b.inflow,
      b.throughput,
      b.backlog,
    ]);
    expect(rows).toEqual([
      ["2024-03-01", 1, 0, 1, 1, 0],
      ["2024-03-02", 1, 1, 2, 0, 2],
      ["2024-03-03", 0, 0, 0, 2, 0],
    ]);
  });

  test("lead time runs from creation to the final solve; first resolution to the first", () => {
    const m = computeMetrics(applied.log, { timeZone: "UTC" });
    const d1 = m.buckets[0];
    const d3 = m.buckets[2];
    expect(d1?.firstResolution?.p50).toBe(2);
    expect(d1?.leadTime).toBeNull();
    // T: 3 Mar 15:00 − 1 Mar 10:00 = 53 h; U: 24 h. Their R-7 median is 38.5 h.
    expect(d3?.leadTime).toEqual({
      count: 2,
      mean: 38.5,
      p50: 38.5,
      p85: 24 + 0.85 * 29,
      p95: 24 + 0.95 * 29,
      max: 53,
    });
  });

  test("an event before the ticket's creation is reported, not used", () => {
    const early = parseEventsCsv("ticket_id,at,type\nT,2024-02-28T00:00:00Z,solved\n");
    const result = applyEvents(tickets, early.events);
    expect(result.issues).toMatchObject([
      { row: 2, field: "at", ticketId: "T", severity: "error" },
    ]);
    expect(computeMetrics(result.log).aging.count).toBe(1);
  });
});

describe("peakBacklog(b)", () => {
  test("is read after all events of an instant: a solve and an arrival at once make no phantom peak", () => {
    const l = log([
      { id: "a", createdAt: "2024-01-01T09:00:00Z", resolvedAt: "2024-01-01T11:00:00Z" },
      { id: "b", createdAt: "2024-01-01T10:00:00Z", resolvedAt: "2024-01-01T12:00:00Z" },
      { id: "c", createdAt: "2024-01-01T11:00:00Z", resolvedAt: "2024-01-01T13:00:00Z" },
    ]);
    const [day] = computeMetrics(l).buckets;
    expect(day?.peakBacklog).toBe(2);
    expect(day?.backlog).toBe(0);
  });
  test("includes the level carried into the bucket", () => {
    const l = log([
      { id: "a", createdAt: "2024-01-01T09:00:00Z", resolvedAt: "2024-01-02T11:00:00Z" },
      { id: "b", createdAt: "2024-01-01T10:00:00Z", resolvedAt: "2024-01-02T12:00:00Z" },
    ]);
    const m = computeMetrics(l);
    expect(m.buckets.map((b) => [b.peakBacklog, b.backlog])).toEqual([
      [2, 2],
      [2, 0],
    ]);
  });
  test("a weekly peak is the highest daily peak", () => {
    const l = log([
      { id: "a", createdAt: "2024-01-01T09:00:00Z", resolvedAt: "2024-01-01T10:00:00Z" },
      { id: "b", createdAt: "2024-01-03T09:00:00Z", resolvedAt: "2024-01-03T10:00:00Z" },
      { id: "c", createdAt: "2024-01-03T09:30:00Z", resolvedAt: "2024-01-03T10:00:00Z" },
    ]);
    expect(computeMetrics(l, { bucket: "week" }).buckets.map((b) => b.peakBacklog)).toEqual([2]);
  });
});

describe("capacity, band and status", () => {
  // One ticket solved each day from 1 to 28 Feb 2024, and 4 more open from 28 Feb.
  const records = [
    ...Array.from({ length: 28 }, (_, i) => ({
      id: `s${i}`,
      createdAt: `2024-02-${String(i + 1).padStart(2, "0")}T08:00:00Z`,
      resolvedAt: `2024-02-${String(i + 1).padStart(2, "0")}T09:00:00Z`,
    })),
    ...["o1", "o2", "o3", "o4"].map((id) => ({ id, createdAt: "2024-02-28T12:00:00Z" })),
  ];
  const m = computeMetrics(log(records));

  test("capacity is mean daily throughput over the trailing 28 days, counting only days with data", () => {
    expect(m.buckets[0]?.capacity).toBe(1);
    expect(m.buckets[9]?.capacity).toBe(1);
    expect(m.buckets[27]?.capacity).toBe(1);
  });
  test("backlogDays = backlog / capacity; the band in tickets; status by the band", () => {
    const last = m.buckets[27];
    expect([last?.backlog, last?.backlogDays, last?.bandLow, last?.bandHigh, last?.status]).toEqual(
      [4, 4, 0.5, 2, "above"],
    );
    expect(m.buckets[0]?.status).toBe("below");
    const wide = computeMetrics(log(records), { band: { low: 0, high: 5 } });
    expect(wide.buckets[27]?.status).toBe("healthy");
  });
  test("a window of 7 days, in week buckets", () => {
    const w = computeMetrics(log(records), { bucket: "week", capacityWindowDays: 7 });
    expect(w.buckets.map((b) => b.capacity)).toEqual([1, 1, 1, 1, 1]);
    expect(w.buckets.map((b) => b.start)).toEqual([
      "2024-01-29",
      "2024-02-05",
      "2024-02-12",
      "2024-02-19",
      "2024-02-26",
    ]);
  });
  test("a log without any solve: capacity not known, so no band and no status", () => {
    const z = computeMetrics(log([{ id: "x", createdAt: "2024-01-01T00:00:00Z" }]));
    expect(z.buckets[0]).toMatchObject({
      backlog: 1,
      capacity: null,
      backlogDays: null,
      bandLow: null,
      bandHigh: null,
      status: null,
    });
  });
  test("a log's days before its first solve have no capacity; from that day on they do", () => {
    const m = computeMetrics(
      log([
        { id: "a", createdAt: "2024-01-01T10:00:00Z", resolvedAt: "2024-01-04T10:00:00Z" },
        { id: "b", createdAt: "2024-01-02T10:00:00Z" },
      ]),
    );
    // By hand: nothing solved Jan 1–3; on Jan 4, 1 solve over the 4 days since the first ticket.
    expect(m.buckets.map((b) => [b.start, b.capacity])).toEqual([
      ["2024-01-01", null],
      ["2024-01-02", null],
      ["2024-01-03", null],
      ["2024-01-04", 1 / 4],
    ]);
  });
  test("zero throughput over a window after solves gives capacity 0, no backlogDays, and status above", () => {
    const l = log([
      { id: "a", createdAt: "2024-01-01T10:00:00Z", resolvedAt: "2024-01-01T12:00:00Z" },
      { id: "b", createdAt: "2024-01-01T10:00:00Z" },
    ]);
    // Feb 15's window is Jan 19 – Feb 15: no solve in it, b still open.
    const z = computeMetrics(l, { from: "2024-02-15", to: "2024-02-15" });
    expect([z.buckets[0]?.capacity, z.buckets[0]?.backlogDays, z.buckets[0]?.status]).toEqual([
      0,
      null,
      "above",
    ]);
  });
});

describe("ranges and empty input", () => {
  const l = log([
    { id: "a", createdAt: "2024-01-01T10:00:00Z", resolvedAt: "2024-01-10T10:00:00Z" },
    { id: "b", createdAt: "2024-01-05T10:00:00Z" },
  ]);
  test("from/to cut the series; the level before the first bucket is what was open then", () => {
    const m = computeMetrics(l, { from: "2024-01-03", to: "2024-01-12" });
    expect(m.startBacklog).toBe(1);
    expect(m.buckets.length).toBe(10);
    expect(m.range).toEqual({
      from: Date.parse("2024-01-03T00:00:00Z"),
      to: Date.parse("2024-01-13T00:00:00Z"),
      firstDate: "2024-01-03",
      lastDate: "2024-01-12",
    });
    expect(m.totals).toMatchObject({ created: 1, throughput: 1 });
  });
  test("weeks start on Monday, or on the day asked; months on the 1st", () => {
    expect(computeMetrics(l, { bucket: "week" }).buckets.map((b) => b.start)).toEqual([
      "2024-01-01",
      "2024-01-08",
    ]);
    expect(
      computeMetrics(l, { bucket: "week", weekStartsOn: 7 }).buckets.map((b) => b.start),
    ).toEqual(["2023-12-31", "2024-01-07"]);
    expect(
      computeMetrics(l, { bucket: "month" }).buckets.map((b) => [b.start, b.created, b.backlog]),
    ).toEqual([["2024-01-01", 2, 1]]);
  });
  test("an empty log gives no buckets and nulls, never NaN", () => {
    const empty = computeMetrics(ticketsFromRecords([]).log);
    expect(empty.buckets).toEqual([]);
    expect(empty.totals.leadTime).toBeNull();
    expect(empty.aging.p50).toBeNull();
    const ranged = computeMetrics(ticketsFromRecords([]).log, {
      from: "2024-01-01",
      to: "2024-01-03",
    });
    expect(
      ranged.buckets.map((b) => [b.inflow, b.backlog, b.capacity, b.status, b.leadTime]),
    ).toEqual([
      [0, 0, null, null, null],
      [0, 0, null, null, null],
      [0, 0, null, null, null],
    ]);
    expect(JSON.stringify(ranged)).not.toContain("NaN");
  });
});

describe("aging at the end of the data", () => {
  test("counts what is open at the end of the last data day, ages in hours", () => {
    const l = log([
      { id: "old", createdAt: "2024-01-01T00:00:00Z" },
      { id: "new", createdAt: "2024-01-10T12:00:00Z" },
      { id: "done", createdAt: "2024-01-02T00:00:00Z", resolvedAt: "2024-01-03T00:00:00Z" },
    ]);
    const m = computeMetrics(l, { agingThresholdsDays: [1, 7] });
    expect(m.aging.asOf).toBe(Date.parse("2024-01-11T00:00:00Z"));
    expect(m.aging).toMatchObject({ count: 2, oldest: 240, oldestId: "old", p50: (240 + 12) / 2 });
    expect(m.aging.olderThan).toEqual([
      { days: 1, count: 1 },
      { days: 7, count: 1 },
    ]);
    expect(m.aging.count).toBe(m.buckets.at(-1)?.backlog);
  });
});

describe("options are checked once, with the fix in the message", () => {
  const l = log([{ id: "a", createdAt: "2024-01-01T00:00:00Z" }]);
  test.each([
    [{ timeZone: "Europe/Pariss" }, /Unknown time zone "Europe\/Pariss"/],
    [{ bucket: "year" }, /bucket: "year" is not one of "day", "week", "month"/],
    [{ band: { low: 2, high: 1 } }, /0 ≤ low ≤ high/],
    [{ from: "01/02/2024" }, /use YYYY-MM-DD/],
    [{ from: "2024-02-01", to: "2024-01-01" }, /before from/],
    [{ capacityWindowDays: 0 }, /whole number of days from 1 to 3,660/],
    [{ capacityWindowDays: 1e9 }, /whole number of days from 1 to 3,660/],
    [
      { from: "1000-01-01", to: "9999-12-31" },
      /holds 3,287,182 days; at most 36,600 \(a century\)/,
    ],
    [{ weekStartsOn: 0 }, /1 \(Monday\) … 7 \(Sunday\)/],
  ])("%j", (options, message) => {
    expect(() => computeMetrics(l, options as never)).toThrow(TidemarkError);
    expect(() => computeMetrics(l, options as never)).toThrow(message);
  });
});

test("computeMetrics(log) on tickets of 1900 and 2024 says their own range is too long, not an option", () => {
  const l = log([
    { id: "a", createdAt: "1900-03-04T09:00:00Z" },
    { id: "b", createdAt: "2024-03-04T09:00:00Z" },
  ]);
  // 1900-03-04 … 2024-03-04: 124 years of 365 days, 31 leap days (1904 … 2024; 1900 is not one), and the last day.
  const days = 124 * 365 + 31 + 1;
  expect(days).toBe((Date.UTC(2024, 2, 4) - Date.UTC(1900, 2, 4)) / 86_400_000 + 1);
  expect(() => computeMetrics(l)).toThrow(
    `The tickets' own dates span 1900-03-04 … 2024-03-04, 45,292 days: too long, at most 36,600 (a century) are computed; a date with a wrong year can do this. Narrow it with from and to.`,
  );
  expect(() => computeMetrics(l, { from: "1900-01-01" })).toThrow(/^Invalid option from\/to: /);
});

describe("computeMetrics(log, { from, to }) outside the data", () => {
  // Data from 2013-01-01 to 2013-01-20 (UTC); b is still open at the end.
  const l = log([
    { id: "a", createdAt: "2013-01-01T10:00:00Z", resolvedAt: "2013-01-10T10:00:00Z" },
    { id: "b", createdAt: "2013-01-05T10:00:00Z" },
    { id: "c", createdAt: "2013-01-08T10:00:00Z", resolvedAt: "2013-01-20T10:00:00Z" },
  ]);
  test("from after the data: to defaults to from, one real day with what is still open", () => {
    const m = computeMetrics(l, { from: "2030-01-01" });
    expect(m.range).toEqual({
      from: Date.parse("2030-01-01T00:00:00Z"),
      to: Date.parse("2030-01-02T00:00:00Z"),
      firstDate: "2030-01-01",
      lastDate: "2030-01-01",
    });
    expect(m.startBacklog).toBe(1);
    expect(
      m.buckets.map((b) => [b.start, b.inflow, b.throughput, b.backlog, b.capacity, b.status]),
    ).toEqual([["2030-01-01", 0, 0, 1, 0, "above"]]);
    // Aging at the range's end: b, open since 2013-01-05 10:00. 2013-01-05 to
    // 2030-01-05 is 17 × 365 + 4 leap days (2016, 2020, 2024, 2028) = 6,209 days;
    // to 2030-01-02 it is 6,206 days, less 10 hours.
    expect(m.aging).toMatchObject({
      asOf: Date.parse("2030-01-02T00:00:00Z"),
      count: 1,
      oldestId: "b",
      oldest: 6206 * 24 - 10,
    });
  });
  test("from and to both after the data: every day holds the same level", () => {
    const m = computeMetrics(l, { from: "2030-01-01", to: "2030-01-03" });
    expect(m.buckets.map((b) => [b.start, b.backlog])).toEqual([
      ["2030-01-01", 1],
      ["2030-01-02", 1],
      ["2030-01-03", 1],
    ]);
    expect(m.aging.asOf).toBe(Date.parse("2030-01-04T00:00:00Z"));
  });
  test("past the data, days with nothing solved count in capacity, which falls", () => {
    // Solves: a on Jan 10, c on Jan 20; data from Jan 1. The window of Jan 25
    // is Dec 29–Jan 25, of which Jan 1–25 (25 days) are on or after the first
    // ticket's day: 2 / 25. Feb 10's is Jan 14–Feb 10: 28 days, c only: 1 / 28.
    // Mar 1's (Feb 2–Mar 1) holds no solve: 0, and the open b is above [0, 0].
    const m = computeMetrics(l, { from: "2013-01-25", to: "2013-03-01" });
    const at = (day: string) => m.buckets.find((b) => b.start === day);
    expect(at("2013-01-25")?.capacity).toBe(2 / 25);
    expect(at("2013-02-10")?.capacity).toBe(1 / 28);
    expect(at("2013-03-01")).toMatchObject({ capacity: 0, backlog: 1, status: "above" });
  });
  test("to before the first ticket: from defaults to to, one day with nothing open", () => {
    const m = computeMetrics(l, { to: "2012-12-30" });
    expect(m.range.firstDate).toBe("2012-12-30");
    expect(m.range.lastDate).toBe("2012-12-30");
    expect(m.startBacklog).toBe(0);
    expect(m.buckets.map((b) => [b.start, b.inflow, b.backlog])).toEqual([["2012-12-30", 0, 0]]);
    expect(m.aging).toMatchObject({ asOf: Date.parse("2012-12-31T00:00:00Z"), count: 0 });
  });
  test("an empty log with only from gives that one day, all zeros", () => {
    const m = computeMetrics(ticketsFromRecords([]).log, { from: "2024-01-01" });
    expect(m.buckets.map((b) => [b.start, b.inflow, b.backlog])).toEqual([["2024-01-01", 0, 0]]);
  });
  test("an empty log without from/to: no range, and aging.asOf is the asOf given, else 0", () => {
    const empty = ticketsFromRecords([]).log;
    expect(computeMetrics(empty).range).toEqual({ from: 0, to: 0, firstDate: "", lastDate: "" });
    expect(computeMetrics(empty).aging).toMatchObject({ asOf: 0, count: 0, oldest: null });
    expect(computeMetrics(empty, { asOf: 1_700_000_000_000 }).aging.asOf).toBe(1_700_000_000_000);
  });
});

describe("computeMetrics(log, { from, to }) takes dates, Dates and epoch milliseconds", () => {
  const l = log([{ id: "a", createdAt: "2024-01-01T10:00:00Z" }]);
  test("a Date or epoch ms means the local day, in timeZone, that holds the instant", () => {
    // 23:30 UTC on Jan 3 is 00:30 on Jan 4 in Paris (UTC+1 in winter).
    const m = computeMetrics(l, {
      timeZone: "Europe/Paris",
      from: new Date("2024-01-03T23:30:00Z"),
      to: Date.parse("2024-01-05T12:00:00Z"),
    });
    expect(m.range.firstDate).toBe("2024-01-04");
    expect(m.range.lastDate).toBe("2024-01-05");
    expect(m.range.from).toBe(Date.parse("2024-01-04T00:00:00+01:00"));
  });
  test.each([
    [
      "an invalid Date",
      { from: new Date("nope") },
      "Invalid option from: an invalid Date is not a date",
    ],
    ["NaN", { to: Number.NaN }, "Invalid option to: NaN is not a date"],
    [
      "an object",
      { from: { day: 1 } },
      "Invalid option from: a value of type object is not a date",
    ],
    [
      "a Date after to",
      { from: new Date("2024-02-01T00:00:00Z"), to: "2024-01-01" },
      "Invalid option to: 2024-01-01 is before from 2024-02-01.",
    ],
  ])("%s is refused with a clear message", (_, options, message) => {
    expect(() => computeMetrics(l, options as never)).toThrow(TidemarkError);
    expect(() => computeMetrics(l, options as never)).toThrow(message);
  });
});

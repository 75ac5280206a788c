import { describe, expect, test } from "vitest";
import { computeMetrics, parseTicketsCsv, ticketsFromRecords } from "../../src/index.js";
import { caughtError } from "../caught-error.js";

describe("dates outside 1900–2199 are row errors, never centuries of buckets", () => {
  test.each([
    ["a typo in the year", "2424-01-01", 2424],
    ["a 'never' placeholder", "9999-12-31", 9999],
    ["a zero date", "0001-01-01T00:00:00Z", 1],
    ["before 1900", "1899-12-31 23:59:59", 1899],
  ])("%s (%s)", (_, resolved, year) => {
    const { log, issues } = parseTicketsCsv(
      `id,created_at,resolved_at\nA,2024-01-01T10:00:00Z,2024-01-02T10:00:00Z\nB,2024-01-01T11:00:00Z,${resolved}\n`,
    );
    expect(log.size).toBe(1);
    expect(issues).toEqual([
      {
        row: 3,
        field: "resolved_at",
        severity: "error",
        ticketId: "B",
        value: resolved,
        reason: `year ${year} is not a plausible ticket date (1900–2199): a typo, or a placeholder for "never"? Leave the field empty instead`,
      },
    ]);
    // Two days of buckets (Jan 1 and 2), not 400 years of them.
    expect(computeMetrics(log).buckets.length).toBe(2);
  });

  test("the first and last plausible years are read", () => {
    const { log, issues } = parseTicketsCsv(
      "id,created_at,resolved_at\nA,1900-01-01T00:00:00Z,2199-12-31T23:59:59Z\n",
    );
    expect(issues).toEqual([]);
    expect(log.createdAt[0]).toBe(Date.UTC(1900, 0, 1));
    expect(log.finalSolvedAt[0]).toBe(Date.UTC(2199, 11, 31, 23, 59, 59));
  });
});

describe("a JSON value that is an object or an array is a row error, not text", () => {
  test("ids {a:1}, {b:2} and [1,2] are refused, not merged as '[object Object]' duplicates", () => {
    const { log, issues } = ticketsFromRecords([
      { id: { a: 1 }, created_at: "2024-01-01T10:00:00Z" },
      { id: { b: 2 }, created_at: "2024-01-01T10:00:00Z" },
      { id: [1, 2], created_at: "2024-01-01T10:00:00Z" },
      { id: "1,2", created_at: "2024-01-01T10:00:00Z" },
    ]);
    expect(log.ids).toEqual(["1,2"]);
    expect(issues).toEqual([
      {
        row: 1,
        field: "id",
        severity: "error",
        reason: "is an object, not a text or a number",
        value: '{"a":1}',
      },
      {
        row: 2,
        field: "id",
        severity: "error",
        reason: "is an object, not a text or a number",
        value: '{"b":2}',
      },
      {
        row: 3,
        field: "id",
        severity: "error",
        reason: "is an array, not a text or a number",
        value: "[1,2]",
      },
    ]);
  });

  test("a Date stays a time, and a nested category is refused too", () => {
    const { log, issues } = ticketsFromRecords([
      { id: "A", created_at: new Date(Date.UTC(2024, 0, 1)) },
      { id: "B", created_at: "2024-01-01T10:00:00Z", category: { name: "Billing" } },
    ]);
    expect(log.ids).toEqual(["A"]);
    expect(log.createdAt[0]).toBe(Date.UTC(2024, 0, 1));
    expect(issues.map((i) => [i.row, i.field, i.reason])).toEqual([
      [2, "category", "is an object, not a text or a number"],
    ]);
  });
});

describe("messages that say what is wrong", () => {
  test("a header without a line end is a header with no rows, not an empty input", () => {
    const e = caughtError(() => parseTicketsCsv("id,created_at,resolved_at"));
    expect(e.code).toBe("no-rows");
    expect(e.message).toBe(
      "The input has a header (id, created_at, resolved_at) but no ticket rows.",
    );
  });
  test.each(["03/31/24", "03/31/24 10:00"])(
    "a two-digit year (%s) is named as such (it once gave an empty reason, or an hour out of range)",
    (created) => {
      const { issues } = parseTicketsCsv(`id,created_at\n1,${created}\n`);
      expect(issues.map((i) => i.reason)).toEqual(["not a date: the year must have four digits"]);
    },
  );
});

test("a time given as epoch seconds is refused, naming the likely mix-up", () => {
  const { log, issues } = ticketsFromRecords([
    { id: "S", created_at: 1704067200 },
    { id: "M", created_at: 1704067200000 },
  ]);
  expect(log.ids).toEqual(["M"]);
  expect(log.createdAt[0]).toBe(Date.UTC(2024, 0, 1));
  expect(issues).toEqual([
    {
      row: 1,
      field: "created_at",
      severity: "error",
      value: "1704067200",
      reason:
        "1704067200 as epoch milliseconds is 1970-01-20: epoch seconds? Give milliseconds (× 1000) or an ISO 8601 date",
    },
  ]);
});

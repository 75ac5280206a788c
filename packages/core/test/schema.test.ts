import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { computeMetrics, parseTicketsCsv } from "../src/index.js";
import {
  eventRecordSchema,
  metricsResultSchema,
  ticketRecordSchema,
  validateTicketRecords,
} from "../src/schema/index.js";

describe("@tidemark/core/schema", () => {
  test("ticketRecordSchema parses times in the zone into epoch ms; an empty resolution falls back to the close time", () => {
    const r = ticketRecordSchema({ timeZone: "Europe/Paris" }).parse({
      id: 7,
      createdAt: "2024-07-01 10:00",
      resolvedAt: "",
      closedAt: "2024-07-01T12:00:00Z",
      category: "Billing",
    });
    // 10:00 in Paris in July is 08:00 UTC (CEST, +02:00).
    expect(r).toEqual({
      id: "7",
      createdAt: Date.parse("2024-07-01T08:00:00Z"),
      resolvedAt: Date.parse("2024-07-01T12:00:00Z"),
      closedAt: Date.parse("2024-07-01T12:00:00Z"),
      category: "Billing",
    });
  });

  test("validateTicketRecords maps columns and names row, field and reason", () => {
    const rows = [
      { Case: "A", Opened: "2024-01-02T10:00:00Z", Done: "2024-01-01T10:00:00Z" },
      { Case: "", Opened: "2024-01-02T10:00:00Z" },
      { Case: "C", Opened: "02/30/2024" },
      { Case: "D", Opened: "2024-01-02T10:00:00Z", Kind: "spam" },
      { Case: "E", Opened: "2024-01-02T10:00:00Z", Done: "2024-01-03T10:00:00Z" },
    ];
    const { tickets, issues } = validateTicketRecords(rows, {
      id: "Case",
      createdAt: "Opened",
      resolvedAt: "Done",
      inflowKind: "Kind",
    });
    expect(tickets.map((t) => t.id)).toEqual(["E"]);
    expect(issues.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual([
      { row: 1, field: "Done", reason: "resolved before it was created" },
      { row: 2, field: "Case", reason: "missing ticket id" },
      { row: 3, field: "Opened", reason: "day 30 does not exist in 2024-2" },
      {
        row: 4,
        field: "Kind",
        reason:
          "not an inflow kind (use one of new, recurring, follow-up, misrouted, noise, automated)",
      },
    ]);
  });

  test("validateTicketRecords numbers rows from firstRow", () => {
    const { issues } = validateTicketRecords(
      [{ id: "", createdAt: "2024-01-01" }],
      {},
      { firstRow: 2 },
    );
    expect(issues.map((i) => i.row)).toEqual([2]);
  });

  test("ticketRecordSchema spells a kind the core's way and reads a record with fields left out", () => {
    const r = ticketRecordSchema().parse({
      id: " A-1 ",
      createdAt: 1_704_103_200_000,
      inflowKind: "Follow up",
    });
    expect(r).toEqual({ id: "A-1", createdAt: Date.UTC(2024, 0, 1, 10), inflowKind: "follow-up" });
  });

  test("eventRecordSchema reads `at` by the records' rules: epoch ms yes, epoch seconds no", () => {
    const schema = eventRecordSchema();
    expect(schema.parse({ ticketId: 1, at: 1_704_103_200_000, type: "solved" }).at).toBe(
      Date.UTC(2024, 0, 1, 10),
    );
    const r = schema.safeParse({ ticketId: 1, at: 1_704_103_200, type: "solved" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/1970-01-20: epoch seconds\?/);
  });

  test("validateTicketRecords reports a record that is not an object", () => {
    const { issues } = validateTicketRecords([null, [1]] as never);
    expect(issues.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual([
      { row: 1, field: "row", reason: "not an object" },
      { row: 2, field: "row", reason: "not an object" },
    ]);
  });

  test("metricsResultSchema accepts a real result after a JSON round trip, and rejects a tampered one", () => {
    const data = join(
      import.meta.dirname,
      "..",
      "..",
      "..",
      "..",
      "shared",
      "data",
      "helpdesk-italy",
      "data.csv",
    );
    const m = computeMetrics(parseTicketsCsv(readFileSync(data, "utf8")).log, { bucket: "week" });
    const json = JSON.parse(JSON.stringify(m));
    expect(metricsResultSchema.safeParse(json).success).toBe(true);
    json.buckets[0].backlog = "many";
    expect(metricsResultSchema.safeParse(json).success).toBe(false);
  });
});

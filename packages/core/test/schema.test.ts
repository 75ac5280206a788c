import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { computeMetrics, parseTicketsCsv } from "../src/index.js";
import {
  metricsResultSchema,
  ticketRecordSchema,
  validateTicketRecords,
} from "../src/schema/index.js";

describe("@tidemark/core/schema", () => {
  test("ticketRecordSchema parses times in the zone into epoch ms", () => {
    const r = ticketRecordSchema({ timeZone: "Europe/Paris" }).parse({
      id: 7,
      createdAt: "2024-07-01 10:00",
      resolvedAt: "",
      closedAt: "2024-07-01T12:00:00Z",
      category: "Billing",
    });
    expect(r).toMatchObject({
      id: "7",
      createdAt: Date.parse("2024-07-01T08:00:00Z"),
      closedAt: Date.parse("2024-07-01T12:00:00Z"),
    });
    expect(r.resolvedAt).toBeUndefined();
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
      { row: 4, field: "Kind", reason: expect.stringContaining("Invalid option") },
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

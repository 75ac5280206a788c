import { describe, expect, test } from "vitest";
import { parseEventsCsv, parseTicketsCsv } from "../../src/index.js";
import { MAX_KEPT_ISSUES } from "../../src/parse/issue-list.js";

describe("a file whose every row is bad keeps the first 100,000 issues and counts the rest", () => {
  test("tickets: 100,007 unreadable dates and one good row", () => {
    const bad = MAX_KEPT_ISSUES + 7;
    const lines = ["ticket_id,created_at"];
    for (let i = 0; i < bad; i++) lines.push(`T${i},notadate-${i}`);
    lines.push("GOOD,2024-01-01T10:00:00Z");
    const r = parseTicketsCsv(lines.join("\n"));
    expect(MAX_KEPT_ISSUES).toBe(100_000);
    expect(r.rowCount).toBe(bad + 1);
    expect(r.log.size).toBe(1);
    expect(r.issues).toHaveLength(100_000);
    // The first ones found are kept, by row: rows 2, 3, … (the header is row 1).
    expect(r.issues[0]).toMatchObject({ row: 2, field: "created_at", severity: "error" });
    expect(r.issues.at(-1)?.row).toBe(100_001);
    expect(r.omittedIssues).toEqual({ errors: 7, warnings: 0 });
  });

  test("events: the same cap", () => {
    const bad = MAX_KEPT_ISSUES + 3;
    const lines = ["ticket_id,at,type"];
    for (let i = 0; i < bad; i++) lines.push(`T${i},never,solved`);
    lines.push("T1,2024-01-01T10:00:00Z,solved");
    const r = parseEventsCsv(lines.join("\n"));
    expect(r.issues).toHaveLength(100_000);
    expect(r.omittedIssues).toEqual({ errors: 3, warnings: 0 });
  });

  test("a file with few problems keeps them all and omits none", () => {
    const r = parseTicketsCsv("ticket_id,created_at\nA,bad\nB,2024-01-01T10:00:00Z\n");
    expect(r.issues).toHaveLength(1);
    expect(r.omittedIssues).toEqual({ errors: 0, warnings: 0 });
  });
});

import { parseTicketsCsv, TidemarkError } from "@tidemark/core";
import { describe, expect, it } from "vitest";
import { mapperAdvice } from "../../src/ui/mapper-advice";

/** Core's error message for a CSV text. */
function messageOf(csv: string): string {
  try {
    parseTicketsCsv(csv);
  } catch (error) {
    if (error instanceof TidemarkError) return error.message;
  }
  throw new Error("no error");
}

describe("mapperAdvice: core's API advice said as the column mapper", () => {
  it("a missing creation column points to the mapper, not to columns.createdAt", () => {
    const message = mapperAdvice(messageOf("Ticket #,Ouvert le\nA,2024-01-01\n"));
    expect(message).toContain("or pick it under “Map your columns” below.");
    expect(message).not.toContain("columns.");
  });

  it("two columns that could each be the resolution time: pick one in the mapper", () => {
    const message = mapperAdvice(
      messageOf("id,created_at,resolved_at,Resolved At\nA,2024-01-01,2024-01-02,2024-01-03\n"),
    );
    expect(message).toContain("pick the one to read under “Map your columns” below.");
    expect(message).not.toContain("columns.");
    expect(message).toContain("could each be the one to read for the resolution time");
  });

  it("other messages pass unchanged", () => {
    expect(mapperAdvice("The input is empty.")).toBe("The input is empty.");
  });
});

import { computeMetrics, parseTicketsCsv } from "@tidemark/core";
import { describe, expect, test } from "vitest";
import { viewRange } from "../../src/state/range";

const data = { first: "2024-01-01", last: "2024-06-30" };

describe("viewRange(chosen, dataDays)", () => {
  test("fills a missing end with the data's, or with the other end when the data's would run backwards", () => {
    expect(viewRange({ from: null, to: null }, data)).toEqual({
      from: "2024-01-01",
      to: "2024-06-30",
      holdsData: true,
    });
    expect(viewRange({ from: "2024-03-01", to: null }, data)).toEqual({
      from: "2024-03-01",
      to: "2024-06-30",
      holdsData: true,
    });
    expect(viewRange({ from: null, to: "2024-03-01" }, data)).toEqual({
      from: "2024-01-01",
      to: "2024-03-01",
      holdsData: true,
    });
    // After the data: "Jan 1, 2030 – Jun 30, 2024" would read backwards.
    expect(viewRange({ from: "2030-01-01", to: null }, data)).toEqual({
      from: "2030-01-01",
      to: "2030-01-01",
      holdsData: false,
    });
    // Before the data: "Jan 1, 2024 – Jan 1, 2023" would read backwards.
    expect(viewRange({ from: null, to: "2023-01-01" }, data)).toEqual({
      from: "2023-01-01",
      to: "2023-01-01",
      holdsData: false,
    });
  });

  test("holds data when it shares at least one day with the data", () => {
    const holds = (from: string, to: string) => viewRange({ from, to }, data)?.holdsData;
    expect([
      holds("2024-06-30", "2024-07-15"),
      holds("2023-12-01", "2024-01-01"),
      holds("2023-01-01", "2025-01-01"),
      holds("2024-07-01", "2024-07-15"),
      holds("2023-12-01", "2023-12-31"),
    ]).toEqual([true, true, true, false, false]);
  });

  test("is null with neither data nor chosen days, and holds no data without data", () => {
    expect(viewRange({ from: null, to: null }, null)).toBeNull();
    expect(viewRange({ from: "2024-01-01", to: null }, null)).toEqual({
      from: "2024-01-01",
      to: "2024-01-01",
      holdsData: false,
    });
  });

  test("fills in the days as computeMetrics does (daily buckets, so no snapping)", () => {
    const { log } = parseTicketsCsv(
      "id,createdAt,resolvedAt\nA,2024-01-01T10:00:00Z,2024-01-03T10:00:00Z\nB,2024-06-30T10:00:00Z,\n",
    );
    const days = { first: "2024-01-01", last: "2024-06-30" };
    for (const chosen of [
      { from: "2030-01-01", to: null },
      { from: null, to: "2023-01-01" },
      { from: "2024-03-01", to: null },
      { from: null, to: null },
    ]) {
      const { range } = computeMetrics(log, {
        timeZone: "UTC",
        bucket: "day",
        from: chosen.from ?? undefined,
        to: chosen.to ?? undefined,
      });
      const shown = viewRange(chosen, days);
      expect([chosen, shown?.from, shown?.to]).toEqual([chosen, range.firstDate, range.lastDate]);
    }
  });
});

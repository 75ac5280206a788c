import { computeMetrics, parseTicketsCsv } from "@tidemark/core";
import { describe, expect, test } from "vitest";
import { METRICS_CSV_COLUMNS, metricsCsv } from "../../src/export/metrics-csv";

describe("metricsCsv(result)", () => {
  test("one row per bucket; hours to 4 decimals; empty cells where there is no value", () => {
    const { log } = parseTicketsCsv(
      [
        "id,created_at,resolved_at",
        "1,2024-03-04T09:00:00Z,2024-03-04T10:20:00Z",
        "2,2024-03-04T11:00:00Z,",
        "3,2024-03-05T09:00:00Z,2024-03-06T09:00:00Z",
      ].join("\n"),
    );
    const csv = metricsCsv(computeMetrics(log, { bucket: "day", capacityWindowDays: 1 }));
    expect(csv.split("\n")).toEqual([
      METRICS_CSV_COLUMNS.join(","),
      // 1 h 20 min = 1.3333 h; peak 1 (ticket 1 is solved before 2 opens);
      // capacity 1/day; band 0.5–2 tickets; backlog 1 → healthy.
      "2024-03-04,2,0,2,1,1,1,1,1,1.3333,1.3333,1.3333,1,1,0.5,2,healthy",
      // No solve on the 5th: no lead time, capacity 0, so no backlog days and a zero band.
      "2024-03-05,1,0,1,0,1,2,2,0,,,,0,,0,0,above",
      "2024-03-06,0,0,0,1,-1,1,2,1,24,24,24,1,1,0.5,2,healthy",
      "",
    ]);
  });
});

import { expect, test } from "vitest";
import { computeMetrics, csvDecimal, metricsCsv, ticketsFromRecords } from "../../src/index.js";

test("metricsCsv(result) writes the documented columns, decimals and empty cells", () => {
  const { log } = ticketsFromRecords([
    { id: "a", createdAt: "2024-01-01T08:00:00Z", resolvedAt: "2024-01-01T09:20:00Z" },
    { id: "b", createdAt: "2024-01-01T10:00:00Z" },
    { id: "c", createdAt: "2024-01-02T10:00:00Z" },
  ]);
  const lines = metricsCsv(computeMetrics(log)).split("\n");
  expect(lines[0]).toBe(
    "bucket_start,created,reopened,inflow,throughput,net_flow,backlog,peak_backlog,lead_time_count," +
      "lead_time_p50_h,lead_time_p85_h,lead_time_p95_h,capacity_per_day,backlog_days,band_low,band_high,status",
  );
  // Day 1: 2 created, 1 solved after 80 min (1.3333 h); capacity 1/day, backlog 1 → 1 day, band 0.5–2.
  // The peak is 1: a is solved (09:20) before b arrives (10:00).
  expect(lines[1]).toBe("2024-01-01,2,0,2,1,1,1,1,1,1.3333,1.3333,1.3333,1,1,0.5,2,healthy");
  // Day 2: no solves, so no lead time; capacity 1 solve over 2 days = 0.5; backlog 2 → 4 days.
  expect(lines[2]).toBe("2024-01-02,1,0,1,0,1,2,2,0,,,,0.5,4,0.25,1,above");
  expect(lines[3]).toBe("");
});

test("csvDecimal never prints NaN, exponents or -0", () => {
  expect([
    csvDecimal(null),
    csvDecimal(Number.NaN),
    csvDecimal(1e21 / 1e21),
    csvDecimal(-0.00001),
    csvDecimal(2.5),
  ]).toEqual(["", "", "1", "0", "2.5"]);
});

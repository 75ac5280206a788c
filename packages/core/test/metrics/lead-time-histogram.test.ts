import { expect, test } from "vitest";
import {
  agingPoints,
  leadTimeHistogram,
  TidemarkError,
  ticketsFromRecords,
} from "../../src/index.js";

test("leadTimeHistogram(hours, edges) counts into [from, to) bins, the last open-ended", () => {
  expect(leadTimeHistogram([0, 0.99, 1, 3.5, 4, 100, Number.NaN, -1], [1, 4])).toEqual([
    { fromHours: 0, toHours: 1, count: 2 },
    { fromHours: 1, toHours: 4, count: 2 },
    { fromHours: 4, toHours: null, count: 2 },
  ]);
  expect(leadTimeHistogram([]).every((b) => b.count === 0)).toBe(true);
  expect(() => leadTimeHistogram([1], [4, 1])).toThrow(TidemarkError);
});

test("agingPoints(log, { asOf }) lists open tickets oldest first, with the aging rule", () => {
  const { log } = ticketsFromRecords([
    { id: "young", createdAt: "2024-01-09T00:00:00Z" },
    { id: "old", createdAt: "2024-01-01T00:00:00Z" },
    { id: "done", createdAt: "2024-01-01T00:00:00Z", resolvedAt: "2024-01-05T00:00:00Z" },
    { id: "later", createdAt: "2024-01-10T00:00:00Z" },
  ]);
  expect(agingPoints(log, { asOf: Date.parse("2024-01-10T00:00:00Z") })).toEqual({
    asOf: Date.parse("2024-01-10T00:00:00Z"),
    ids: ["old", "young"],
    ageHours: [216, 24],
  });
});

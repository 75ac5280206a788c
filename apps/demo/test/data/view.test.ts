import {
  computeMetrics,
  filterLog,
  leadTimePoints,
  parseTicketsCsv,
  sampleTicketsCsv,
} from "@tidemark/core";
import { describe, expect, test } from "vitest";
import type { ViewRequest } from "../../src/data/protocol";
import { computeView, thinPoints } from "../../src/data/view";

const { log } = parseTicketsCsv(sampleTicketsCsv({ seed: 2, tickets: 2_000, days: 56 }));
const request: ViewRequest = {
  type: "view",
  id: 1,
  dataId: 7,
  timeZone: "Europe/Paris",
  bucket: "week",
  band: { low: 1, high: 3 },
  from: null,
  to: null,
  filters: { channel: ["Chat", "Email"], team: [] },
  maxDots: 100_000,
};

describe("computeView(log, request)", () => {
  test("is the core's metrics of the filtered log (empty filter lists filter nothing)", () => {
    const view = computeView(log, request);
    const filtered = filterLog(log, { channel: ["Chat", "Email"] });
    const result = computeMetrics(filtered, {
      timeZone: "Europe/Paris",
      bucket: "week",
      band: { low: 1, high: 3 },
    });
    expect(view.result).toEqual(result);
    expect(view.ticketCount).toBe(filtered.size);
    expect(view.hours).toEqual(
      leadTimePoints(filtered, { from: result.range.from, to: result.range.to }).hours,
    );
    expect(view.dataId).toBe(7);
  });

  test("throws the core's message for a setting it rejects", () => {
    expect(() => computeView(log, { ...request, from: "2024-02-01", to: "2024-01-01" })).toThrow(
      /before from/,
    );
  });
});

describe("thinPoints(points, max)", () => {
  const points = {
    ids: ["a", "b", "c", "d", "e"],
    resolvedAt: [1, 2, 3, 4, 5],
    hours: [10, 20, 30, 40, 50],
  };

  test("keeps every point up to max", () => {
    expect(thinPoints(points, 5)).toEqual({ points, stride: 1 });
  });

  test("past max, keeps every ceil(n / max)-th point from the first", () => {
    expect(thinPoints(points, 2)).toEqual({
      points: { ids: ["a", "d"], resolvedAt: [1, 4], hours: [10, 40] },
      stride: 3,
    });
  });
});

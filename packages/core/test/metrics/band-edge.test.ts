import { describe, expect, test } from "vitest";
import { computeMetrics, shownBandLimits, ticketsFromRecords } from "../../src/index.js";
import { bandEdge } from "../../src/metrics/band-edge.js";

describe("band edges", () => {
  test("an edge whole on paper is whole: 1.1 × 50 is 55, not 55.00000000000001", () => {
    expect(1.1 * 50).not.toBe(55); // the floating-point product this guards against
    expect(bandEdge(1.1, 50)).toBe(55);
    expect(bandEdge(0.7, 30)).toBe(21);
    expect(bandEdge(1.4, 15)).toBe(21);
    expect(bandEdge(0.5, 0)).toBe(0);
    // Not whole on paper: kept to 15 significant digits, within 1e-15 of the product.
    expect(Math.abs(bandEdge(2, 25 / 7) - 50 / 7)).toBeLessThan(1e-14);
  });

  // Every (band days in tenths, capacity) whose edge is a whole number of
  // tickets, found with integers: tenths × capacity divisible by 10.
  test("a backlog equal to a whole edge is healthy, and the band is written with it", () => {
    const failures: string[] = [];
    for (let tenths = 1; tenths <= 40; tenths++) {
      for (let capacity = 1; capacity <= 60; capacity++) {
        if ((tenths * capacity) % 10 !== 0) continue;
        const edge = (tenths * capacity) / 10;
        const days = tenths / 10;
        if (bandEdge(days, capacity) !== edge) failures.push(`${days} × ${capacity}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test("computeMetrics: 55 open on a capacity of 50 with a band from 1.1 days is healthy, written 55–100", () => {
    // 105 tickets created on one day, 50 of them solved that day: backlog 55,
    // capacity 50 a day (one day of data), band 1.1–2 days = 55–100 tickets.
    const records = Array.from({ length: 105 }, (_, i) => ({
      id: `t${i}`,
      createdAt: "2024-01-01T01:00:00Z",
      ...(i < 50 ? { resolvedAt: "2024-01-01T02:00:00Z" } : {}),
    }));
    const m = computeMetrics(ticketsFromRecords(records).log, { band: { low: 1.1, high: 2 } });
    const day = m.buckets[0];
    expect(day).toMatchObject({ backlog: 55, capacity: 50, bandLow: 55, bandHigh: 100 });
    expect(day?.status).toBe("healthy");
    const [low, high] = shownBandLimits(day?.bandLow as number, day?.bandHigh as number);
    expect([low.value, high.value]).toEqual([55, 100]);
  });
});

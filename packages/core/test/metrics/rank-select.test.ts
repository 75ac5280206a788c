import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { valuesAtRanks } from "../../src/metrics/rank-select.js";
import { summarize } from "../../src/metrics/summary.js";
import { refQuantile } from "../reference.js";

/** The values at `ranks`, by sorting a copy (-0 read as 0: the two tie). */
function bySorting(values: number[], ranks: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return ranks.map((r) => (sorted[r] as number) + 0);
}

function selected(values: number[], ranks: number[]): number[] {
  const input = Float64Array.from(values);
  const out = valuesAtRanks(input, ranks);
  expect(Array.from(input)).toEqual(values);
  return Array.from(out, (v) => v + 0);
}

const ranksOf = (n: number) =>
  [0, 0.5, 0.85, 0.95, 1].flatMap((p) => {
    const lo = Math.floor((n - 1) * p);
    return [lo, Math.min(lo + 1, n - 1)];
  });

describe("valuesAtRanks(values, ranks)", () => {
  test("finds the values at the ranks of 1,000 long-tailed hours with repeats, without reordering", () => {
    const values = Array.from({ length: 1000 }, (_, i) =>
      i % 97 === 0 ? 0 : Math.round(Math.exp(((i * 7919) % 1000) / 60) * 60) / 3600,
    );
    expect(selected(values, ranksOf(1000))).toEqual(bySorting(values, ranksOf(1000)));
  });

  test("all values equal, and a few", () => {
    const same = new Array(500).fill(3.25);
    expect(selected(same, ranksOf(500))).toEqual(bySorting(same, ranksOf(500)));
    expect(selected([5, 1, 4, 1, 3], [0, 1, 2, 4])).toEqual([1, 1, 3, 5]);
  });

  test("any values and ranks agree with a sort", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 400 }),
        (values) => {
          const ranks = ranksOf(values.length);
          expect(selected(values, ranks)).toEqual(bySorting(values, ranks));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("summarize(values)", () => {
  test("p50, p85, p95 are R-7 quantiles; mean and max as usual; null for none", () => {
    const values = Array.from({ length: 250 }, (_, i) => ((i * 37) % 250) / 4);
    const s = summarize(Float64Array.from(values));
    expect(s).toEqual({
      count: 250,
      mean: values.reduce((a, b) => a + b, 0) / 250,
      p50: refQuantile(values, 0.5),
      p85: refQuantile(values, 0.85),
      p95: refQuantile(values, 0.95),
      max: 249 / 4,
    });
    expect(summarize(new Float64Array(0))).toBeNull();
  });
});

import fc from "fast-check";
import { expect, test } from "vitest";
import { shownBandLimits } from "../../src/index.js";

const shown = (low: number, high: number) =>
  shownBandLimits(low, high).map(({ value, digits }) => [value, digits]);

test("limits are rounded into the band: the low edge up, the high one down, one decimal under 10", () => {
  expect(shown(1.26, 4.96)).toEqual([
    [1.3, 1],
    [4.9, 1],
  ]);
  // Limits already on the step stay (1.3 * 10 is 13.000000000000002).
  expect(shown(1.3, 5)).toEqual([
    [1.3, 1],
    [5, 1],
  ]);
  expect(shown(10.4, 20.6)).toEqual([
    [11, 0],
    [20, 0],
  ]);
  expect(shown(0, 0)).toEqual([
    [0, 1],
    [0, 1],
  ]);
});

test("a band too narrow for one decimal gets more digits, never a low edge above the high one", () => {
  // la311 by week: 0.0227–0.0909 tickets would read 0.1–0.
  expect(shown(0.0227, 0.0909)).toEqual([
    [0.03, 2],
    [0.09, 2],
  ]);
  expect(shown(9.96, 9.99)).toEqual([
    [9.96, 2],
    [9.99, 2],
  ]);
});

// Limits are 0 or at least a millionth of a ticket: seven digits is as far as the writing goes.
const limit = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 5000, noNaN: true }));

test("any band and any whole backlog: the written limits give the status the exact ones give", () => {
  fc.assert(
    fc.property(limit, limit, fc.integer({ min: 0, max: 6000 }), (a, b, backlog) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const [lo, hi] = shownBandLimits(low, high);
      // What a reader sees: the value written with its digits.
      const read = (l: { value: number; digits: number }) => Number(l.value.toFixed(l.digits));
      expect(read(lo)).toBeLessThanOrEqual(read(hi));
      const status = (l: number, h: number) =>
        backlog < l ? "below" : backlog > h ? "above" : "healthy";
      expect(status(read(lo), read(hi))).toBe(status(low, high));
    }),
  );
});

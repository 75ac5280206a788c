import { area, line } from "d3-shape";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visibleIndices, visibleOf } from "../src/scale/decimate.js";
import {
  areaPath,
  areaPathAt,
  coord,
  linePath,
  linePathAt,
  lonePoints,
} from "../src/scale/path.js";

const data = [3, 5, Number.NaN, 2, 8, 1];
const ok = (d: number) => Number.isFinite(d);
const x = (_: number, i: number) => i * 10;

describe("linePath and areaPath draw what d3-shape draws", () => {
  it("linePath(data, x, y, defined) matches d3 line() with gaps", () => {
    expect(linePath(data, x, (d) => d, ok)).toBe(
      line<number>()
        .defined(ok)
        .x(x)
        .y((d) => d)(data),
    );
    expect(linePath(data, x, (d) => d, ok)).toBe("M0,3L10,5M30,2L40,8L50,1");
  });

  it("areaPath(data, x, y0, y1, defined) matches d3 area() with gaps", () => {
    const ours = areaPath(
      data,
      x,
      () => 0,
      (d) => d,
      ok,
    );
    expect(ours).toBe(
      area<number>()
        .defined(ok)
        .x(x)
        .y0(0)
        .y1((d) => d)(data),
    );
  });

  it("empty input gives an empty path", () => {
    expect(linePath([], x, (d: number) => d)).toBe("");
    expect(linePath([4], x, (d: number) => d)).toBe("M0,4h0");
    expect(
      areaPath(
        [],
        x,
        () => 0,
        (d: number) => d,
      ),
    ).toBe("");
  });
});

describe("the array-based builders the charts use", () => {
  it("coord(v) prints what String(Math.round(v * 10) / 10) prints", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (v) => {
        expect(coord(v)).toBe(String(Math.round(v * 10) / 10));
      }),
      { numRuns: 20_000 },
    );
    for (const v of [0, -0, 0.05, -0.05, -0.04, 0.95, -0.95, 9.96, -9.96, 214748364.7, 3e9, -3e9])
      expect(coord(v)).toBe(String(Math.round(v * 10) / 10));
  });

  // Series with gaps (null), decimated or not: the fast path draws what linePath/areaPath
  // (tested equal to d3-shape above) draw from the same points.
  const series = fc.array(
    fc.option(fc.double({ min: -500, max: 500, noNaN: true }), { nil: null }),
    {
      maxLength: 300,
    },
  );

  it("linePathAt and areaPathAt match linePath and areaPath over visibleOf's points", () => {
    fc.assert(
      fc.property(series, series, fc.double({ min: 0.05, max: 30, noNaN: true }), (a, b, step) => {
        const n = Math.min(a.length, b.length);
        const xs = Float64Array.from({ length: n }, (_, i) => 3 + i * step);
        const ys = Float64Array.from({ length: n }, (_, i) => a[i] ?? Number.NaN);
        const y0 = Float64Array.from({ length: n }, (_, i) => b[i] ?? Number.NaN);
        const ok = (i: number) => a[i] != null;
        const both = (i: number) => a[i] != null && b[i] != null;
        const idx = visibleOf(xs, ys);
        expect(idx).toEqual(
          visibleIndices(
            n,
            (i) => xs[i] as number,
            (i) => a[i] ?? 0,
            ok,
          ),
        );
        const xAt = (i: number) => xs[i] as number;
        expect(linePathAt(idx, xs, ys)).toBe(linePath(idx, xAt, (i) => a[i] ?? 0, ok));
        expect(areaPathAt(idx, xs, y0, ys)).toBe(
          areaPath(
            idx,
            xAt,
            (i) => b[i] ?? 0,
            (i) => a[i] ?? 0,
            both,
          ),
        );
        expect(areaPathAt(idx, xs, 240, ys)).toBe(
          areaPath(
            idx,
            xAt,
            () => 240,
            (i) => a[i] ?? 0,
            ok,
          ),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("lonePoints finds the points with no defined neighbour", () => {
    const ys = Float64Array.from([Number.NaN, 5, Number.NaN, 6, 7, Number.NaN, 8]);
    const xs = Float64Array.from(ys, (_, i) => i * 10);
    expect(lonePoints(xs, ys)).toEqual([
      { x: 10, y: 5 },
      { x: 60, y: 8 },
    ]);
    expect(lonePoints(Float64Array.of(4), Float64Array.of(2))).toEqual([{ x: 4, y: 2 }]);
    expect(lonePoints(new Float64Array(0), new Float64Array(0))).toEqual([]);
  });
});

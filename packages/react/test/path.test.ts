import { area, line } from "d3-shape";
import { describe, expect, it } from "vitest";
import { areaPath, linePath } from "../src/scale/path.js";

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

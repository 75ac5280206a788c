import { describe, expect, test } from "vitest";
import { backInBand } from "../../src/levers/back-in-band.js";

/** `runs` paths over `horizon` days, the first `back` of which are in the band [10, 20] on day 1. */
function paths(runs: number, back: number, horizon = 3): Float64Array {
  const p = new Float64Array(runs * horizon).fill(50);
  for (let r = 0; r < back; r++) p[r * horizon + 1] = 15;
  return p;
}

describe("backInBand's shares in words", () => {
  test("every count of 1000 runs: the percentages are whole counts ÷ 10, rounded down", () => {
    const wrong: string[] = [];
    for (let back = 0; back <= 1000; back++) {
      const result = backInBand(paths(1000, back), 1000, 3, 19_000, 50, 10, 20);
      // By hand: of 1000 runs, n is n ÷ 10 percent; rounded down is the integer quotient.
      const percent = (n: number) => (n - (n % 10)) / 10;
      const expected =
        back < 500
          ? `(${percent(back)}% of runs get back)`
          : back < 900
            ? `; ${percent(1000 - back)}% of runs not within 3 days)`
            : null;
      if (expected !== null && !result.message.endsWith(expected))
        wrong.push(`${back}: ${result.message}`);
      expect(result.share).toBe(back / 1000);
    }
    expect(wrong).toEqual([]);
  });

  test("550 of 1000 back: 45% not within (the reviewer's case; 44% before)", () => {
    const result = backInBand(paths(1000, 550), 1000, 3, 19_000, 50, 10, 20);
    expect(result.status).toBe("returns");
    expect(result.message).toContain("45% of runs not within 3 days");
  });
});

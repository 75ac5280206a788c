import { describe, expect, test } from "vitest";
import { computeMetrics, inflowAudit } from "../../src/index.js";
import { loadRealLog, REAL_SETS } from "./real-logs.js";

describe.each(REAL_SETS)("inflowAudit on the real log $name", ({ name, timeZone }) => {
  test("window totals agree with computeMetrics; shares add up; no NaN", () => {
    const log = loadRealLog(name, timeZone);
    const a = inflowAudit(log, { timeZone });
    const m = computeMetrics(log, { timeZone, from: a.window.from, to: a.window.to });
    const p = computeMetrics(log, { timeZone, from: a.previous.from, to: a.previous.to });
    expect(a.total).toBe(m.totals.inflow);
    expect(a.previousTotal).toBe(p.totals.inflow);
    expect(a.avoidable.total).toBe(a.total);
    expect(a.avoidable.avoidable).toBe(m.inflowMix.total - m.inflowMix.byKind.new);
    expect(a.categories.reduce((s, c) => s + c.count, 0)).toBe(a.total);
    if (a.total > 0) {
      expect(a.categories.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    }
    for (let i = 1; i < a.automation.length; i++) {
      expect(a.automation[i - 1]?.score).toBeGreaterThanOrEqual(a.automation[i]?.score as number);
    }
    for (const c of a.automation) expect(c.reasons.length).toBeGreaterThan(0);
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
  });
});

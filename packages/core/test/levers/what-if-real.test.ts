import { describe, expect, test } from "vitest";
import { forecastBacklog, inflowAudit, whatIf } from "../../src/index.js";
import { loadRealLog } from "./real-logs.js";

// The two real logs with long, steady histories (see docs/levers.md).
describe.each([
  { name: "helpdesk-italy", timeZone: "Europe/Rome", asOf: "2013-10-01T00:00:00+02:00" },
  { name: "github-hf-datasets", timeZone: "UTC", asOf: "2024-07-01T00:00:00Z" },
])("whatIf on the real log $name", ({ name, timeZone, asOf }) => {
  const log = loadRealLog(name, timeZone);
  const at = Date.parse(asOf);

  test("more capacity never raises the projected level; the baseline is the forecast", () => {
    const opts = { timeZone, asOf: at, runs: 300, seed: 4, maxWeeklyCv: 2 };
    const r = whatIf(log, {
      ...opts,
      horizonDays: 28,
      levers: [{ kind: "capacity", percent: 20 }],
    });
    expect(r.status).toBe("ok");
    if (!r.baseline || !r.scenario) return;
    const f = forecastBacklog(log, { ...opts, horizonDays: 28 });
    expect(f.status === "ok" && f.days).toEqual(r.baseline.days);
    r.scenario.days.forEach((d, t) => {
      expect(d.p50).toBeLessThanOrEqual((r.baseline?.days[t]?.p50 as number) + 1e-9);
    });
    expect(r.scenario.capacity).toBeCloseTo(r.baseline.capacity * 1.2, 9);
    expect(r.littlesLaw.notes.length).toBeGreaterThan(0);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  test("deflecting the top category takes its share of inflow away", () => {
    const top = inflowAudit(log, { timeZone, asOf: at }).categories[0];
    expect(top).toBeDefined();
    if (!top) return;
    const r = whatIf(log, {
      timeZone,
      asOf: at,
      runs: 200,
      maxWeeklyCv: 2,
      levers: [{ kind: "deflect", category: top.category, share: 1 }],
    });
    expect(r.status).toBe("ok");
    if (!r.baseline || !r.scenario) return;
    expect(r.scenario.inflow).toBeCloseTo(r.baseline.inflow - r.applied.deflectedPerDay, 9);
    expect(r.scenario.inflow).toBeLessThanOrEqual(r.baseline.inflow);
  });
});

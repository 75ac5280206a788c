import { describe, expect, it } from "vitest";
import { leadTimeHistogramModel } from "../../../src/charts/lead-time/histogram-model.js";
import { leadTimeScatterModel } from "../../../src/charts/lead-time/scatter-model.js";
import { helpdesk } from "../../fixtures/real.js";
import { nth } from "../../fixtures/results.js";

const { result, points } = helpdesk();
const summary = nth([result.totals.leadTime], 0);

/** Every glyph, spaces too, 0.66 em of 11 px text: wider than any real label. */
const wide = (label: string) => [...label].length * 0.66 * 11;

describe("leadTimeHistogramModel(hours, summary, { width }) x labels", () => {
  for (const width of [320, 450, 560, 700, 1200]) {
    it(`at ${width} px, the estimated label boxes do not overlap`, () => {
      const m = leadTimeHistogramModel(points.hours, summary, { width, height: 260 });
      expect(m.xTicks.length).toBeGreaterThan(1);
      for (let i = 1; i < m.xTicks.length; i++) {
        const a = nth(m.xTicks, i - 1);
        const b = nth(m.xTicks, i);
        expect(a.pos + wide(a.label) / 2, `${a.label} | ${b.label}`).toBeLessThan(
          b.pos - wide(b.label) / 2,
        );
      }
    });
  }

  it("at 1200 px, every bin keeps its label", () => {
    const m = leadTimeHistogramModel(points.hours, summary, { width: 1200, height: 260 });
    expect(m.xTicks.map((t) => t.label)).toEqual(m.bins.map((b) => b.label));
  });

  for (const width of [320, 450, 560, 700]) {
    it(`at ${width} px, thins to every k-th label from the first, the open-ended last bin keeping its label`, () => {
      const m = leadTimeHistogramModel(points.hours, summary, { width, height: 260 });
      const labels = m.xTicks.map((t) => t.label);
      const bins = m.bins.map((b) => b.label);
      expect(labels[0]).toBe("< 1h");
      expect(labels.at(-1)).toBe("≥ 90d");
      const k = bins.indexOf(nth(labels, 1));
      expect(k).toBeGreaterThan(0);
      // Each label but the last is bin i·k; the last one took the place of the k-th before it.
      labels.slice(0, -1).forEach((label, i) => {
        expect(label).toBe(bins[i * k]);
      });
      expect(bins.length - 1 - bins.indexOf(nth(labels, labels.length - 2))).toBeGreaterThanOrEqual(
        k,
      );
    });
  }
});

describe("percentile labels on helpdesk-italy (p85 26d, p95 36.8d)", () => {
  it("leadTimeScatterModel(…, { scale: 'log' }) keeps the labels a text line (13 px) apart", () => {
    for (const height of [240, 300, 400]) {
      const m = leadTimeScatterModel(points, summary, { width: 640, height, scale: "log" });
      expect(m.lines.map((l) => l.text)).toEqual(["p50 6.6d", "p85 26d", "p95 36.8d"]);
      for (let i = 1; i < m.lines.length; i++) {
        const gap = nth(m.lines, i - 1).labelPos - nth(m.lines, i).labelPos;
        expect(gap).toBeGreaterThanOrEqual(13);
      }
    }
  });
});

describe("lead-time scatter on degenerate data", () => {
  it("three equal percentiles get three labels a line apart, p95 not back on p50", () => {
    const zeros = {
      ids: ["A", "B"],
      resolvedAt: [Date.UTC(2024, 2, 6), Date.UTC(2024, 2, 6)],
      hours: [0, 0],
    };
    const equal = { count: 2, mean: 0, p50: 0, p85: 0, p95: 0, max: 0 };
    for (const scale of ["linear", "log"] as const) {
      const m = leadTimeScatterModel(zeros, equal, { width: 640, height: 260, scale });
      const at = m.lines.map((l) => l.labelPos);
      expect(at.length).toBe(3);
      // Upwards, each a line (14 px) above the one before.
      expect(nth(at, 0) - nth(at, 1)).toBeGreaterThanOrEqual(13);
      expect(nth(at, 1) - nth(at, 2)).toBeGreaterThanOrEqual(13);
    }
  });

  it("the time axis ticks each local midnight, evenly, not round milliseconds", () => {
    const at = (d: number, h: number) => Date.UTC(2024, 2, d, h);
    const points = {
      ids: ["A", "B", "C"],
      resolvedAt: [at(4, 9), at(6, 15), at(9, 18)],
      hours: [2, 5, 9],
    };
    const m = leadTimeScatterModel(points, null, { width: 800, height: 260, timeZone: "UTC" });
    expect(m.xTicks.map((t) => t.label)).toEqual([
      "Mar 5, 2024",
      "Mar 6, 2024",
      "Mar 7, 2024",
      "Mar 8, 2024",
      "Mar 9, 2024",
    ]);
    const gaps = m.xTicks.slice(1).map((t, i) => t.pos - nth(m.xTicks, i).pos);
    for (const gap of gaps) expect(Math.abs(gap - nth(gaps, 0))).toBeLessThanOrEqual(0.2);
  });

  it("one ticket's date is labelled once on the time axis", () => {
    const one = { ids: ["A"], resolvedAt: [Date.UTC(2024, 2, 6, 12)], hours: [5] };
    const m = leadTimeScatterModel(one, null, { width: 640, height: 260, timeZone: "UTC" });
    expect(m.xTicks.map((t) => t.label)).toEqual(["Mar 6, 2024"]);
  });
});

import { render } from "@testing-library/react";
import type { LeadTimePoints } from "@tidemark/core";
import { describe, expect, it } from "vitest";
import { AgingWork } from "../../src/charts/aging-work/AgingWork.js";
import { BacklogTrend } from "../../src/charts/backlog-trend/BacklogTrend.js";
import { backlogTrendModel } from "../../src/charts/backlog-trend/model.js";
import { Bathtub } from "../../src/charts/bathtub/Bathtub.js";
import { CumulativeFlow } from "../../src/charts/cumulative-flow/CumulativeFlow.js";
import { cumulativeFlowModel } from "../../src/charts/cumulative-flow/model.js";
import { FlowTrend } from "../../src/charts/flow-trend/FlowTrend.js";
import { flowTrendModel } from "../../src/charts/flow-trend/model.js";
import { HealthTile } from "../../src/charts/health-tile/HealthTile.js";
import { LeadTimeHistogram } from "../../src/charts/lead-time/LeadTimeHistogram.js";
import { LeadTimeScatter } from "../../src/charts/lead-time/LeadTimeScatter.js";
import { labelWidth } from "../../src/format/label-width.js";
import { edgeResults, makeResult, nth } from "../fixtures/results.js";

const noPoints: LeadTimePoints = { ids: [], resolvedAt: [], hours: [] };
const pointSets: Record<string, LeadTimePoints> = {
  empty: noPoints,
  one: { ids: ["A"], resolvedAt: [Date.UTC(2024, 2, 1)], hours: [5] },
  zeros: {
    ids: ["A", "B"],
    resolvedAt: [Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 1)],
    hours: [0, 0],
  },
  gaps: {
    ids: ["A", "B", "C"],
    resolvedAt: [Date.UTC(2024, 2, 1), Number.NaN, Date.UTC(2024, 2, 3)],
    hours: [3, Number.NaN, 1e6],
  },
};

describe("edge data draws without NaN and without throwing", () => {
  for (const [name, result] of Object.entries(edgeResults)) {
    it(`${name}: every chart of a MetricsResult`, () => {
      const { container } = render(
        <div>
          <Bathtub result={result} />
          <Bathtub result={result} variant="compact" />
          <HealthTile result={result} />
          <HealthTile result={result} metric="backlogDays" />
          <FlowTrend result={result} width={600} />
          <BacklogTrend result={result} width={600} />
          <CumulativeFlow result={result} width={600} />
          <AgingWork aging={result.aging} width={400} />
          <FlowTrend result={result} width={0} height={-5} />
        </div>,
      );
      expect(container.innerHTML).not.toContain("NaN");
      expect(container.innerHTML).not.toContain("Infinity");
      expect(container.querySelectorAll("svg[role=img]").length).toBe(7);
    });
  }

  for (const [name, points] of Object.entries(pointSets)) {
    it(`${name}: lead-time charts`, () => {
      const { container } = render(
        <div>
          <LeadTimeScatter points={points} summary={null} width={600} />
          <LeadTimeScatter points={points} summary={null} width={600} scale="log" />
          <LeadTimeHistogram hours={points.hours} summary={null} width={600} />
        </div>,
      );
      expect(container.innerHTML).not.toContain("NaN");
      expect(container.innerHTML).not.toContain("Infinity");
    });
  }
});

/** Circles drawn by `dotPath` in a container's chart SVG: centre and radius. */
function dotsIn(container: HTMLElement) {
  const out: { x: number; y: number; r: number }[] = [];
  for (const path of container.querySelectorAll("svg[role=img] path")) {
    const d = path.getAttribute("d") ?? "";
    for (const m of d.matchAll(/M(-?[\d.]+),(-?[\d.]+)a([\d.]+),[\d.]+ 0 1,0 /g))
      out.push({ x: Number(m[1]) + Number(m[3]), y: Number(m[2]), r: Number(m[3]) });
  }
  return out;
}

describe("a point with no neighbour is drawn as a dot you can see", () => {
  const one = nth([edgeResults.oneBucket], 0);
  const charts = {
    FlowTrend: [FlowTrend, flowTrendModel, 2],
    BacklogTrend: [BacklogTrend, backlogTrendModel, 1],
    CumulativeFlow: [CumulativeFlow, cumulativeFlowModel, 2],
  } as const;
  for (const [name, [Chart, model, lines]] of Object.entries(charts)) {
    it(`${name}: one bucket gives one dot per line, r ≥ 3.5 px, at the bucket's point`, () => {
      const { container } = render(<Chart result={one} width={600} />);
      const dots = dotsIn(container);
      expect(dots).toHaveLength(lines);
      for (const dot of dots) expect(dot.r).toBeGreaterThanOrEqual(3.5);
      // The first line's point is where keyboard focus puts the marker.
      const m = model(one, { width: 600, height: name === "FlowTrend" ? 280 : 260 });
      const at = m.nav.pointAt(0);
      expect(dots.some((d) => Math.abs(d.x - at.x) < 0.15 && Math.abs(d.y - at.y) < 0.15)).toBe(
        true,
      );
    });
  }

  it("BacklogTrend: a band over one bucket is a rectangle across its slot, at the band's limits", () => {
    const m = backlogTrendModel(one, { width: 600, height: 260 });
    const b = nth(one.buckets, 0);
    const dot = nth(m.backlogDots, 0);
    expect(b.backlog).toBeGreaterThan(0);
    // The scale is linear from 0 at the plot's bottom, through the level's dot.
    const yOf = (v: number) => m.plot.bottom + ((dot.y - m.plot.bottom) * v) / b.backlog;
    const rect = /^M([\d.]+),([\d.]+)H([\d.]+)V([\d.]+)H([\d.]+)Z$/.exec(m.bandPath);
    expect(rect).not.toBeNull();
    const [x0, yHigh, x1, yLow, x0Again] = (rect as RegExpExecArray).slice(1).map(Number);
    expect(x0).toBeCloseTo(m.plot.left, 0);
    expect(x1).toBeCloseTo(m.plot.right, 0);
    expect(x0Again).toBe(x0);
    expect(yHigh).toBeCloseTo(yOf(b.bandHigh as number), 0);
    expect(yLow).toBeCloseTo(yOf(b.bandLow as number), 0);
  });

  it("a bucket between gaps gets a dot; runs of two or more and ten years of days get none", () => {
    const alternating = makeResult(
      Array.from({ length: 9 }, (_, i) => ({
        inflow: i % 2 === 0 ? 6 : Number.NaN,
        throughput: 4,
      })),
    );
    const { container, unmount } = render(<FlowTrend result={alternating} width={600} />);
    // Inflow: buckets 0, 2, 4, 6, 8 stand alone; throughput is one line.
    expect(dotsIn(container)).toHaveLength(5);
    unmount();
    const tenYears = nth([edgeResults.tenYears], 0);
    const ten = render(
      <div>
        <FlowTrend result={tenYears} width={800} />
        <BacklogTrend result={tenYears} width={800} />
        <CumulativeFlow result={tenYears} width={800} />
      </div>,
    );
    expect(dotsIn(ten.container)).toHaveLength(0);
  });
});

describe("count axes", () => {
  const models = (result: ReturnType<typeof makeResult>) => ({
    flow: flowTrendModel(result, { width: 600, height: 280 }),
    backlog: backlogTrendModel(result, { width: 600, height: 260 }),
    cumulative: cumulativeFlowModel(result, { width: 600, height: 260 }),
  });

  it("label whole numbers only, each once, however small the counts", () => {
    const small = {
      one: makeResult([{ inflow: 1, throughput: 0, capacity: null }], { startBacklog: 0 }),
      zeros: makeResult(
        Array.from({ length: 5 }, () => ({ inflow: 0, throughput: 0, capacity: 0.5 })),
        { startBacklog: 0 },
      ),
      empty: makeResult([]),
    };
    for (const [name, result] of Object.entries(small)) {
      for (const [chart, model] of Object.entries(models(result))) {
        const labels = model.yTicks.map((t) => t.label);
        expect(new Set(labels).size, `${name} ${chart}: ${labels}`).toBe(labels.length);
        for (const label of labels) expect(label, `${name} ${chart}`).toMatch(/^\d[\d,]*$/);
      }
    }
  });

  it("make the left margin wide enough for their widest label: 7 digits, and a signed net flow", () => {
    // 1.2M arrivals over the range, a backlog near 1M, a net flow of ±150,000.
    const big = makeResult(
      Array.from({ length: 8 }, (_, i) => ({
        inflow: i % 2 === 0 ? 150_000 : 0,
        throughput: i % 2 === 0 ? 0 : 150_000,
        capacity: 100_000,
      })),
      { startBacklog: 900_000 },
    );
    for (const [chart, model] of Object.entries(models(big))) {
      const widest = Math.max(
        ...model.yTicks.map((t) => labelWidth(t.label, 11)),
        ...("netTicks" in model ? model.netTicks.map((t) => labelWidth(t.label, 11)) : []),
      );
      // Labels end 6 px left of the plot, right-aligned: all of each fits in the chart.
      expect(model.plot.left - 6 - widest, chart).toBeGreaterThanOrEqual(0);
    }
    expect(models(big).backlog.yTicks.at(-1)?.label).toBe("1,200,000");
    // A left margin the caller gives is kept.
    expect(
      backlogTrendModel(big, { width: 600, height: 260, margin: { left: 40 } }).plot.left,
    ).toBe(40);
  });
});

describe("BacklogTrend's below-band markers", () => {
  it("stay inside the plot when the backlog is 0, off the date labels", () => {
    const empty = makeResult(
      Array.from({ length: 10 }, () => ({ inflow: 0, throughput: 0, capacity: 4 })),
      { startBacklog: 0 },
    );
    const m = backlogTrendModel(empty, { width: 600, height: 260 });
    expect(m.belowCount).toBe(10);
    // Every y of the marker path (the commands after M are relative).
    const starts = [...m.belowPath.matchAll(/M([\d.]+),([\d.]+)/g)].map((g) => Number(g[2]));
    expect(starts.length).toBe(10);
    for (const y of starts) expect(y).toBeLessThanOrEqual(m.plot.bottom);
  });
});

describe("empty charts say so", () => {
  it("each trend and lead-time chart of an empty range writes that it holds nothing, a full one does not", () => {
    const empty = makeResult([]);
    const { container } = render(
      <div>
        <FlowTrend result={empty} width={600} />
        <BacklogTrend result={empty} width={600} />
        <CumulativeFlow result={empty} width={600} />
        <LeadTimeScatter points={noPoints} summary={null} width={600} />
        <LeadTimeHistogram hours={[]} summary={null} width={600} />
      </div>,
    );
    const said = [...container.querySelectorAll("svg[role=img]")].map((svg) =>
      [...svg.querySelectorAll("text")].some((t) =>
        /^No (resolved )?tickets in this range\.$/.test(t.textContent ?? ""),
      ),
    );
    expect(said).toEqual([true, true, true, true, true]);
    const full = render(<BacklogTrend result={nth([edgeResults.oneBucket], 0)} width={600} />);
    expect(full.container.textContent).not.toContain("No tickets in this range.");
  });
});

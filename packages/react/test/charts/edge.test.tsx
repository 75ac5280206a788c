import { render } from "@testing-library/react";
import type { LeadTimePoints } from "@tidemark/core";
import { describe, expect, it } from "vitest";
import { AgingWork } from "../../src/charts/aging-work/AgingWork.js";
import { BacklogTrend } from "../../src/charts/backlog-trend/BacklogTrend.js";
import { Bathtub } from "../../src/charts/bathtub/Bathtub.js";
import { CumulativeFlow } from "../../src/charts/cumulative-flow/CumulativeFlow.js";
import { FlowTrend } from "../../src/charts/flow-trend/FlowTrend.js";
import { HealthTile } from "../../src/charts/health-tile/HealthTile.js";
import { LeadTimeHistogram } from "../../src/charts/lead-time/LeadTimeHistogram.js";
import { LeadTimeScatter } from "../../src/charts/lead-time/LeadTimeScatter.js";
import { edgeResults } from "../fixtures/results.js";

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

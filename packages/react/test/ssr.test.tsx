// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  AgingWork,
  BacklogTrend,
  Bathtub,
  CumulativeFlow,
  FlowTrend,
  HealthTile,
  LeadTimeHistogram,
  LeadTimeScatter,
} from "../src/index.js";
import { edgeResults, nth, twoWeeks } from "./fixtures/results.js";

const points = {
  ids: ["A", "B"],
  resolvedAt: [Date.UTC(2024, 2, 2), Date.UTC(2024, 2, 5)],
  hours: [4, 30],
};

describe("renderToString in Node, with no window", () => {
  it("has no window or document", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  it("renders every component, responsive ones at the fallback width", () => {
    const html = renderToString(
      <div>
        <Bathtub result={twoWeeks} />
        <Bathtub result={twoWeeks} variant="compact" theme="dark" />
        <HealthTile result={twoWeeks} />
        <FlowTrend result={twoWeeks} />
        <BacklogTrend result={twoWeeks} />
        <CumulativeFlow result={twoWeeks} />
        <AgingWork aging={twoWeeks.aging} />
        <LeadTimeScatter points={points} summary={twoWeeks.totals.leadTime} />
        <LeadTimeHistogram hours={points.hours} summary={twoWeeks.totals.leadTime} />
      </div>,
    );
    expect(html.match(/role="img"/g)).toHaveLength(8);
    expect(html).toContain('width="640"');
    expect(html).not.toContain("NaN");
  });

  it("renders ten years of daily buckets", () => {
    const html = renderToString(
      <BacklogTrend result={nth([edgeResults.tenYears], 0)} width={800} />,
    );
    expect(html).toContain("<path");
    expect(html).not.toContain("NaN");
  });
});

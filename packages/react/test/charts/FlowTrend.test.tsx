import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FlowTrend } from "../../src/charts/flow-trend/FlowTrend.js";
import { flowTrendModel } from "../../src/charts/flow-trend/model.js";
import { edgeResults, twoWeeks } from "../fixtures/results.js";

describe("FlowTrend", () => {
  it("names the chart with totals and the last bucket", () => {
    render(<FlowTrend result={twoWeeks} width={600} />);
    const img = screen.getByRole("img");
    expect(img.getAttribute("aria-label")).toContain("149 came in");
  });

  it("arrow keys move through buckets and show the tooltip", () => {
    render(<FlowTrend result={twoWeeks} width={600} />);
    const img = screen.getByRole("img");
    fireEvent.focus(img);
    expect(screen.getByRole("tooltip").textContent).toContain("Mar 14, 2024");
    fireEvent.keyDown(img, { key: "ArrowLeft" });
    expect(screen.getByRole("tooltip").textContent).toContain("Mar 13, 2024");
  });

  it.each(Object.entries(edgeResults))("draws %s without NaN", (_, result) => {
    const { container } = render(<FlowTrend result={result} width={600} dataTable="hidden" />);
    expect(container.innerHTML).not.toContain("NaN");
    expect(flowTrendModel(result, { width: 0, height: 0 }).inflowPath).not.toContain("NaN");
  });
});

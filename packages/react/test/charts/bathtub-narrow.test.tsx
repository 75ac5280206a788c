import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Bathtub } from "../../src/charts/bathtub/Bathtub.js";
import { bathtubLayout } from "../../src/charts/bathtub/layout.js";
import { boxesOf } from "../fixtures/boxes.js";
import { makeResult } from "../fixtures/results.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

// A backlog of 1,150,000, up 25,000 on the day.
const huge = makeResult([{ inflow: 50_000, throughput: 25_000, capacity: 400_000 }], {
  startBacklog: 1_125_000,
});
const viewBox = () => screen.getByRole("img").getAttribute("viewBox");

describe("<Bathtub> in a narrow container", () => {
  it("bathtubLayout(variant, width): the hero is compact under 480 px, where its 12-unit text would be under 9 px", () => {
    // 12 units × 479 / 640 = 8.98 px; 12 × 480 / 640 = 9 px; at a phone's 390, 7.3 px.
    expect([390, 479, 480, 720].map((w) => bathtubLayout("hero", w))).toEqual([
      "compact",
      "compact",
      "hero",
      "hero",
    ]);
    expect(bathtubLayout(undefined, 390)).toBe("compact");
    expect(bathtubLayout(undefined, 480)).toBe("hero");
    expect(bathtubLayout("compact", 1200)).toBe("compact");
  });

  it("at 390 px the default hero draws the compact 320 × 120 drawing and keeps its data table toggle", () => {
    boxesOf(390);
    render(<Bathtub result={huge} />);
    expect(viewBox()).toBe("0 0 320 120");
    expect(screen.getByRole("button", { name: "Show data table" })).toBeTruthy();
    expect(screen.getByText("1,150,000")).toBeTruthy();
  });

  it("at 720 px it stays the hero, 640 × 352", () => {
    boxesOf(720);
    render(<Bathtub result={huge} variant="hero" />);
    expect(viewBox()).toBe("0 0 640 352");
  });

  it("the server renders the hero whatever the client's width, so the first client render matches it", () => {
    const html = renderToString(<Bathtub result={huge} />);
    expect(html).toContain('viewBox="0 0 640 352"');
    expect(html).toContain("Show data table");
  });
});

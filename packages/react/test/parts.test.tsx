import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BacklogTrend } from "../src/charts/backlog-trend/BacklogTrend.js";
import { HealthTile } from "../src/charts/health-tile/HealthTile.js";
import { DataTable } from "../src/parts/DataTable.js";
import { ScrollBox } from "../src/parts/ScrollBox.js";
import type { TableModel } from "../src/parts/types.js";
import { visibleIndices } from "../src/scale/decimate.js";
import { makeResult } from "./fixtures/results.js";

const big = makeResult(
  Array.from({ length: 40 }, (_, i) => ({ inflow: 1200 + i, throughput: 1000 })),
  { startBacklog: 10_000 },
);

describe("ResponsiveContainer", () => {
  it("draws at 640 px first, then at the width a ResizeObserver reports", () => {
    let report: ((entries: { contentRect: { width: number } }[]) => void) | undefined;
    const disconnect = vi.fn();
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(cb: typeof report) {
          report = cb;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const { unmount } = render(<BacklogTrend result={big} />);
    expect(screen.getByRole("img").getAttribute("width")).toBe("640");
    act(() => report?.([{ contentRect: { width: 412.4 } }]));
    expect(screen.getByRole("img").getAttribute("width")).toBe("412");
    unmount();
    expect(disconnect).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe("locale and theme props", () => {
  it("locale formats the figures: de-DE writes 18.780 for 18,780", () => {
    render(<HealthTile result={big} locale="de-DE" />);
    expect(screen.getByRole("figure").textContent).toContain("18.780");
  });

  it("theme='dark' sets the dark tokens on the chart's root only", () => {
    render(<BacklogTrend result={big} width={500} theme="dark" />);
    const figure = screen.getByRole("figure");
    expect(figure.style.getPropertyValue("--tidemark-background")).toBe("#131a22");
    expect(document.body.style.getPropertyValue("--tidemark-background")).toBe("");
    // It paints that background, so its light text reads on a light page.
    expect(figure.style.background).toBe("var(--tidemark-background, #ffffff)");
  });

  it("without a theme, no custom property is set, so the host's CSS applies", () => {
    render(<BacklogTrend result={big} width={500} />);
    expect(screen.getByRole("figure").getAttribute("style")).not.toMatch(/--tidemark-[a-z-]+\s*:/);
    expect(screen.getByRole("figure").style.background).toBe("");
    expect(document.head.querySelectorAll("style").length).toBe(0);
  });
});

describe("visibleIndices(n, x, y)", () => {
  it("keeps at most four points per pixel column, including the extremes", () => {
    const ys = Array.from(
      { length: 10_000 },
      (_, i) => Math.sin(i / 50) * 100 + (i === 4321 ? 500 : 0),
    );
    const kept = visibleIndices(
      ys.length,
      (i) => i / 100,
      (i) => ys[i] ?? 0,
    );
    expect(kept.length).toBeLessThanOrEqual(400);
    expect(kept).toContain(4321);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(9999);
  });

  it("keeps undefined points, so gaps stay gaps", () => {
    const kept = visibleIndices(
      5,
      (i) => i * 10,
      () => 1,
      (i) => i !== 2,
    );
    expect(kept).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("ScrollBox", () => {
  /** Boxes whose content is `content` px wide in a `box` px wide scroll box. */
  function sized(box: number, content: number) {
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(box);
    vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(content);
    vi.stubGlobal(
      "ResizeObserver",
      class {
        observe() {}
        disconnect() {}
      },
    );
  }
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  const table = (
    <ScrollBox label="Weekly figures">
      <table>
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </table>
    </ScrollBox>
  );

  it("says in words that a table wider than its box scrolls sideways", () => {
    sized(300, 427);
    render(table);
    expect(screen.getByText("Scroll sideways for more columns.")).toBeTruthy();
    const region = screen.getByRole("group", { name: "Weekly figures" });
    expect(region.tabIndex).toBe(0);
  });
  it("says nothing when the table fits", () => {
    sized(500, 427);
    render(table);
    expect(screen.queryByText(/Scroll sideways/)).toBeNull();
  });
  it("says nothing on the server, so hydration matches", () => {
    expect(renderToString(table)).not.toContain("Scroll sideways");
  });
});

describe("<DataTable mode='toggle'> opened in a narrow box", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  const model: TableModel = {
    caption: "Backlog by month",
    columns: ["Month", "Inflow", "Throughput", "Backlog", "Band", "Status"],
    rows: () => [["Jan 2024", "120", "110", "40", "20–80", "Healthy"]],
  };

  it("puts the table in a focusable box that scrolls sideways and says so", () => {
    // A 336 px phone box and a 520 px table.
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(336);
    vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(520);
    vi.stubGlobal(
      "ResizeObserver",
      class {
        observe() {}
        disconnect() {}
      },
    );
    render(<DataTable table={model} mode="toggle" />);
    fireEvent.click(screen.getByRole("button", { name: "Show data table" }));
    const region = screen.getByRole("group", { name: "Backlog by month" });
    expect(region.tabIndex).toBe(0);
    expect(region.style.overflow).toBe("auto");
    expect(region.style.maxHeight).toBe("320px");
    expect(within(region).getByRole("table", { name: "Backlog by month" })).toBeTruthy();
    expect(screen.getByText("Scroll sideways for more columns.")).toBeTruthy();
  });
});

import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BacklogTrend } from "../../src/charts/backlog-trend/BacklogTrend.js";
import { CumulativeFlow } from "../../src/charts/cumulative-flow/CumulativeFlow.js";
import { FlowTrend } from "../../src/charts/flow-trend/FlowTrend.js";
import { chartSvg } from "../../src/export/chart-svg.js";
import { darkTheme, lightTheme } from "../../src/theme/tokens.js";
import { helpdesk } from "../fixtures/real.js";

const { result } = helpdesk();

/** The exported file parsed back as XML, as an editor or browser would read it. */
function parse(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  return doc.documentElement as unknown as SVGSVGElement;
}

/** How far `el` is moved down by the `translate(x,y)` of its ancestors. */
function offsetY(el: Element): number {
  let dy = 0;
  for (let node = el.parentElement; node; node = node.parentElement) {
    const t = /translate\(\s*[-\d.e]+[\s,]+([-\d.e]+)\s*\)/.exec(
      node.getAttribute("transform") ?? "",
    );
    if (t) dy += Number(t[1]);
  }
  return dy;
}

const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/** Each text's baseline and each rect, line and circle's top and bottom edge, in the file's px. */
function verticalExtents(root: Element): { tag: string; top: number; bottom: number }[] {
  return [...root.querySelectorAll("text, rect, line, circle")].map((el) => {
    const dy = offsetY(el);
    const tag = el.tagName;
    if (tag === "rect")
      return { tag, top: dy + num(el, "y"), bottom: dy + num(el, "y") + num(el, "height") };
    if (tag === "line") {
      const [a, b] = [num(el, "y1"), num(el, "y2")].sort((p, q) => p - q) as [number, number];
      return { tag, top: dy + a, bottom: dy + b };
    }
    if (tag === "circle")
      return {
        tag,
        top: dy + num(el, "cy") - num(el, "r"),
        bottom: dy + num(el, "cy") + num(el, "r"),
      };
    return { tag, top: dy + num(el, "y"), bottom: dy + num(el, "y") };
  });
}

const cases = [
  {
    chart: <FlowTrend result={result} width={640} />,
    title: "Inflow and throughput",
    labels: [
      "Inflow",
      "Throughput",
      "Net flow up (backlog grew)",
      "Net flow down (backlog shrank)",
    ],
  },
  {
    chart: <CumulativeFlow result={result} width={640} />,
    title: "Cumulative flow",
    labels: null,
  },
  {
    chart: <BacklogTrend result={result} width={320} />,
    title: "Backlog and healthy band",
    labels: null,
  },
] as const;

describe("chartSvg(container, { title }) on helpdesk-italy by week", () => {
  for (const { chart, title, labels } of cases) {
    it(`${title}: the title and every legend label are <text> in the file, inside the viewBox`, () => {
      const { container } = render(chart);
      // The labels as the page's legend shows them, read from the page, not from the export.
      const onPage = [...container.querySelectorAll("figure > ul li")].map((li) => li.textContent);
      if (labels) expect(onPage).toEqual(labels);
      expect(onPage.length).toBeGreaterThan(1);

      const root = parse(chartSvg(container, { title }));
      const texts = [...root.querySelectorAll("text")].map((t) => t.textContent);
      expect(texts).toContain(title);
      for (const label of onPage) expect(texts).toContain(label);

      const [x, y, w, h] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
      expect([x, y]).toEqual([0, 0]);
      expect(root.getAttribute("width")).toBe(String(w));
      expect(root.getAttribute("height")).toBe(String(h));
      const outside = verticalExtents(root).filter((e) => e.top < 0 || e.bottom > (h as number));
      expect(outside).toEqual([]);
      // The title is above the drawing and the legend is below it.
      const drawingTop = offsetY(root.querySelector("g > *") as Element);
      const svgHeight = Number(container.querySelector('svg[role="img"]')?.getAttribute("height"));
      const titleY = num(
        [...root.querySelectorAll("text")].find((t) => t.textContent === title) as Element,
        "y",
      );
      expect(titleY).toBeLessThanOrEqual(drawingTop);
      for (const label of onPage) {
        const t = [...root.querySelectorAll("text")].find(
          (e) => e.textContent === label,
        ) as Element;
        expect(offsetY(t) + num(t, "y")).toBeGreaterThan(drawingTop + svgHeight);
      }
    });
  }

  it("writes the theme's colours out: no var(), no url of a font, no link", () => {
    const { container } = render(<FlowTrend result={result} width={640} theme="dark" />);
    const markup = chartSvg(container, { title: "Inflow and throughput" });
    expect(markup).not.toContain("var(");
    expect(markup).not.toMatch(/@import|@font-face|href=|https?:\/\/(?!www\.w3\.org)/);
    const root = parse(markup);
    expect(root.querySelector("rect")?.getAttribute("fill")).toBe(darkTheme.background);
    // The Inflow swatch is a line in the inflow colour, the "Net flow up" swatch a bar in "above".
    const labels = [
      "Inflow",
      "Throughput",
      "Net flow up (backlog grew)",
      "Net flow down (backlog shrank)",
    ];
    const texts = [...root.querySelectorAll("text")];
    // Each label's swatch is the group drawn just before it.
    const shapes = labels.map(
      (label) =>
        texts.find((t) => t.textContent === label)?.previousElementSibling?.firstElementChild,
    );
    expect(shapes.map((s) => s?.tagName)).toEqual(["line", "line", "rect", "rect"]);
    expect(shapes[0]?.getAttribute("stroke")).toBe(darkTheme.inflow);
    expect(shapes[1]?.getAttribute("stroke-dasharray")).toBe("4 2");
    expect(shapes[2]?.getAttribute("fill")).toBe(darkTheme.above);
    expect(shapes[3]?.getAttribute("fill")).toBe(darkTheme.throughput);
  });

  it("titles the image with the chart's caption when no title is given", () => {
    const { container } = render(<FlowTrend result={result} width={640} />);
    const root = parse(chartSvg(container));
    expect(root.querySelector("text")?.textContent).toBe("Inflow and throughput");
    expect(root.querySelector("text")?.getAttribute("fill")).toBe(lightTheme.text);
  });

  it("throws with the reason when the element holds no chart", () => {
    expect(() => chartSvg(document.createElement("div"))).toThrow(/no chart/);
  });
});

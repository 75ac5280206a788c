// @vitest-environment node
// The Bathtub's text measured in chromium (jsdom has no layout): long numbers in
// long locales must not run into each other or out of the drawing.
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LaunchedBrowser, launchChromium } from "../../../test/support/chromium.js";
import { Bathtub } from "../src/charts/bathtub/Bathtub.js";
import { bathtubModel, labelWidth } from "../src/charts/bathtub/model.js";
import { makeResult } from "./fixtures/results.js";

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every `<text>` of the chart's SVG with its box in viewBox units. */
async function textBoxes(html: string): Promise<Box[]> {
  const page = await browser.context.newPage();
  await page.setContent(`<!doctype html><meta charset="utf-8"><body style="width:720px">${html}`);
  const boxes = await page.$$eval("svg[role=img] text", (nodes) =>
    nodes.map((n) => {
      const b = (n as SVGTextElement).getBBox();
      return { text: n.textContent ?? "", x: b.x, y: b.y, width: b.width, height: b.height };
    }),
  );
  await page.close();
  return boxes;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// A backlog of 100,000 with bands of 25,000–100,000 and 432,589–1,730,357.
const cases = [
  { locale: "de-DE", capacity: 50_000 },
  { locale: "de-DE", capacity: 865_178.5 },
  { locale: "en-IN", capacity: 865_178.5 },
  { locale: "en-US", capacity: 4 },
];

describe("Bathtub band labels at huge values", () => {
  for (const { locale, capacity } of cases) {
    it(`${locale}, band from ${capacity / 2}: the wall labels overlap no other text and stay in the drawing`, async () => {
      const result = makeResult([{ inflow: 5000, throughput: 4000, capacity }], {
        startBacklog: capacity < 10 ? 6 : 99_000,
      });
      const m = bathtubModel(result, { locale });
      const boxes = await textBoxes(renderToString(<Bathtub result={result} locale={locale} />));
      // The wall labels are the 11-unit texts with the band's figures (the backlog may read the same, at 44).
      const band = boxes.filter(
        (b) => (b.text === m.labels.bandHigh || b.text === m.labels.bandLow) && b.height < 20,
      );
      expect(band).toHaveLength(2);
      for (const label of band) {
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x + label.width).toBeLessThanOrEqual(m.width);
        // The model's estimate is never short of the real width.
        expect(labelWidth(label.text, 11)).toBeGreaterThanOrEqual(label.width);
        for (const other of boxes)
          if (!band.includes(other))
            expect(overlap(label, other), `${label.text} / ${other.text}`).toBe(false);
      }
      expect(overlap(band[0] as Box, band[1] as Box)).toBe(false);
    });
  }
});

/**
 * Every drawn mark and label outside the tub's clip, as a box in viewBox units
 * (stroke included), with the viewBox itself.
 */
async function drawnBoxes(html: string, width: number) {
  const page = await browser.context.newPage();
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="width:${width}px;margin:0">${html}`,
  );
  const found = await page.$eval("svg[role=img]", (svg) => {
    const view = (svg as SVGSVGElement).viewBox.baseVal;
    const frame = svg.getBoundingClientRect();
    const unit = view.width / frame.width;
    const marks = [...svg.querySelectorAll("text, path, rect, line, circle, ellipse")].filter(
      (n) => !n.closest("defs, clipPath, [clip-path]"),
    );
    return {
      view: { width: view.width, height: view.height },
      boxes: marks.map((n) => {
        const r = n.getBoundingClientRect();
        const style = getComputedStyle(n);
        const pad = style.stroke === "none" ? 0 : Number.parseFloat(style.strokeWidth) / 2 || 0;
        return {
          what: `${n.tagName} ${n.textContent ?? ""}`.trim(),
          left: (r.left - frame.left) * unit - pad,
          top: (r.top - frame.top) * unit - pad,
          right: (r.right - frame.left) * unit + pad,
          bottom: (r.bottom - frame.top) * unit + pad,
        };
      }),
    };
  });
  await page.close();
  return found;
}

describe("Bathtub viewBox holds the whole drawing (what SVG and PNG exports keep)", () => {
  // A backlog of 1,150,000 rising by 25,000 a day; and a small team's 17.
  const huge = makeResult([{ inflow: 50_000, throughput: 25_000, capacity: 400_000 }], {
    startBacklog: 1_125_000,
  });
  const small = makeResult([{ inflow: 12, throughput: 9, capacity: 10 }], { startBacklog: 14 });
  for (const variant of ["hero", "compact"] as const)
    for (const [name, result] of [
      ["1,150,000 open", huge],
      ["17 open", small],
    ] as const)
      it(`<Bathtub variant="${variant}"> with ${name}: every mark and label lies in 0 0 width height`, async () => {
        const html = renderToString(<Bathtub result={result} variant={variant} motion="none" />);
        const { view, boxes } = await drawnBoxes(html, variant === "hero" ? 720 : 360);
        expect(boxes.some((b) => b.what.includes("out per day"))).toBe(variant === "hero");
        expect(boxes.some((b) => b.what.includes(name.split(" ")[0] as string))).toBe(true);
        for (const b of boxes) {
          expect(b.left, b.what).toBeGreaterThanOrEqual(-0.5);
          expect(b.top, b.what).toBeGreaterThanOrEqual(-0.5);
          expect(b.right, b.what).toBeLessThanOrEqual(view.width + 0.5);
          expect(b.bottom, b.what).toBeLessThanOrEqual(view.height + 0.5);
        }
      });
});

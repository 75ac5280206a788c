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

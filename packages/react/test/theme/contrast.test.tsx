import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BacklogTrend } from "../../src/charts/backlog-trend/BacklogTrend.js";
import { ForecastFan } from "../../src/charts/forecast-fan/ForecastFan.js";
import { LeadTimeScatter } from "../../src/charts/lead-time/LeadTimeScatter.js";
import { darkTheme, lightTheme, type ThemeTokens, themeVar } from "../../src/theme/tokens.js";
import { helpdeskLevers } from "../fixtures/levers.js";
import { helpdesk } from "../fixtures/real.js";
import { nth } from "../fixtures/results.js";

// WCAG 2.x: relative luminance of sRGB, and (L1 + 0.05) / (L2 + 0.05).
type Rgb = [number, number, number];
const rgb = (hex: string): Rgb =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) =>
  0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** `top` at `alpha` over an opaque `under` (source-over). */
const over = (top: Rgb, alpha: number, under: Rgb): Rgb =>
  top.map((c, i) => c * alpha + (under[i] as number) * (1 - alpha)) as Rgb;

/** The opacity an SVG attribute gives, 1 when absent. */
const opacity = (el: Element | null | undefined, name: string) =>
  Number(el?.getAttribute(name) ?? 1);

const themes: [string, ThemeTokens][] = [
  ["light", lightTheme],
  ["dark", darkTheme],
];

describe("marks meet 3:1 against what they are drawn on (Theming: WCAG AA for marks)", () => {
  it("the formula: black on white is 21:1, #777777 on white 4.48:1", () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast(rgb("#777777"), rgb("#ffffff"))).toBeCloseTo(4.48, 2);
  });

  it("LeadTimeScatter's dots, at their fill-opacity in the throughput colour, on the background", () => {
    const { result, points } = helpdesk();
    const { container } = render(
      <LeadTimeScatter points={points} summary={nth([result.totals.leadTime], 0)} width={640} />,
    );
    const dots = container.querySelector(`path[fill="${themeVar("throughput")}"]`);
    const alpha = opacity(dots, "fill-opacity");
    for (const [name, t] of themes) {
      const bg = rgb(t.background);
      const ratio = contrast(over(rgb(t.throughput), alpha, bg), bg);
      expect(ratio, `${name}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
    }
  });

  it("the healthy band's edge line in BacklogTrend and ForecastFan, on the background and on the band's own fill", () => {
    const { result } = helpdesk();
    const { forecast, history } = helpdeskLevers();
    const { container } = render(
      <>
        <BacklogTrend result={result} width={640} />
        <ForecastFan forecast={forecast} history={history} width={640} />
      </>,
    );
    const bands = [...container.querySelectorAll(`path[stroke="${themeVar("band")}"]`)].filter(
      (p) => p.getAttribute("fill") === themeVar("band"),
    );
    expect(bands).toHaveLength(2);
    for (const band of bands) {
      const edge = opacity(band, "stroke-opacity");
      const fill = opacity(band, "fill-opacity");
      for (const [name, t] of themes) {
        const bg = rgb(t.background);
        // The stroke straddles the edge: half on the page, half on the band's tint.
        for (const under of [bg, over(rgb(t.band), fill, bg)]) {
          const ratio = contrast(over(rgb(t.band), edge, under), under);
          expect(ratio, `${name}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });
});

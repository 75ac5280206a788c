import { lightTheme } from "../theme/tokens.js";
import { EXPORT_PAD, exportFrameLayout, LABEL_SIZE, TITLE_SIZE } from "./frame-layout.js";

const SVG = "http://www.w3.org/2000/svg";
const PAINT = ["fill", "stroke", "stop-color", "color"] as const;

/** Options of {@link chartSvg} and {@link chartPng}. */
export interface ChartSvgOptions {
  /** The title written on top of the image; default: the chart's caption (its `title` or its default name). */
  title?: string;
}

/** Result of {@link chartImage}: the file's markup and its size in px. */
export interface ChartImage {
  markup: string;
  width: number;
  height: number;
}

/** `var(--tidemark-x, fallback)` in `value` replaced by the value `computed` holds, else the fallback. */
function resolveVars(value: string, computed: CSSStyleDeclaration): string {
  return value.replace(
    /var\((--tidemark-[\w-]+)\s*,\s*([^)]*)\)/g,
    (_, name: string, fallback: string) =>
      computed.getPropertyValue(name).trim() || fallback.trim(),
  );
}

function resolveTree(root: Element, computed: CSSStyleDeclaration): void {
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const name of PAINT) {
      const value = element.getAttribute(name);
      if (value?.includes("var(")) element.setAttribute(name, resolveVars(value, computed));
    }
  }
}

function token(computed: CSSStyleDeclaration, name: "text" | "muted" | "background"): string {
  return computed.getPropertyValue(`--tidemark-${name}`).trim() || lightTheme[name];
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * A chart as a standalone SVG file that explains itself: the title on top, the
 * drawing, and the legend's entries (swatch and label, as on the page) under
 * it, all inside the viewBox, with the theme's colours written out (no CSS
 * variables, fonts or links to load). `container` is the chart's `<figure>` or
 * any element holding one chart. Browser only; throws when there is no chart.
 *
 * @example chartImage(card, { title: "Inflow and throughput" }).markup.startsWith("<?xml") // true
 */
export function chartImage(container: Element, options: ChartSvgOptions = {}): ChartImage {
  const svg = container.querySelector<SVGSVGElement>('svg[role="img"]');
  if (!svg) throw new Error('chartSvg: no chart in the element (looked for svg[role="img"])');
  const figure = svg.closest("figure") ?? container;
  const title = (options.title ?? figure.querySelector("figcaption")?.textContent ?? "").trim();
  const swatches = [...figure.querySelectorAll("[data-tidemark-legend] > li")];
  const labels = swatches.map((li) => (li.textContent ?? "").trim());
  const [, , vw, vh] = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const width = vw || Number(svg.getAttribute("width")) || 0;
  const height = vh || Number(svg.getAttribute("height")) || 0;
  const layout = exportFrameLayout(width, height, title, labels);
  const computed = getComputedStyle(svg);

  const copy = svgElement("svg", {
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: "img",
    "aria-label": svg.getAttribute("aria-label") ?? title,
    "font-family": resolveVars(computed.fontFamily || lightTheme.fontFamily, computed),
    "font-size": resolveVars(computed.fontSize || lightTheme.fontSize, computed),
    style: `direction:ltr;color:${token(computed, "text")}`,
  });
  copy.append(
    svgElement("rect", {
      x: 0,
      y: 0,
      width: layout.width,
      height: layout.height,
      fill: token(computed, "background"),
    }),
  );
  for (const line of layout.title) {
    const text = svgElement("text", {
      x: EXPORT_PAD,
      y: line.y,
      "font-size": TITLE_SIZE,
      "font-weight": 600,
      fill: token(computed, "text"),
    });
    text.textContent = line.text;
    copy.append(text);
  }
  const drawing = svgElement("g", { transform: `translate(0,${layout.chartTop})` });
  for (const child of svg.childNodes) drawing.append(child.cloneNode(true));
  copy.append(drawing);
  layout.legend.forEach((slot, i) => {
    const swatch = svgElement("g", { transform: `translate(${slot.x},${slot.y})` });
    for (const shape of swatches[i]?.querySelector("svg")?.childNodes ?? []) {
      swatch.append(shape.cloneNode(true));
    }
    const text = svgElement("text", {
      x: slot.textX,
      y: slot.textY,
      "font-size": LABEL_SIZE,
      fill: token(computed, "muted"),
    });
    text.textContent = slot.label;
    copy.append(swatch, text);
  });
  resolveTree(copy, computed);
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  return { markup, width: layout.width, height: layout.height };
}

/**
 * A chart as the text of a standalone SVG file with its title and legend; see
 * {@link chartImage}.
 *
 * @example new Blob([chartSvg(figure)], { type: "image/svg+xml" })
 */
export function chartSvg(container: Element, options: ChartSvgOptions = {}): string {
  return chartImage(container, options).markup;
}

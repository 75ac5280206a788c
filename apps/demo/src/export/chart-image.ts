/**
 * A chart's SVG as a standalone file: `xmlns` added, the page's CSS custom
 * properties (`--tidemark-*`) and fonts resolved onto the root, so the file
 * looks the same outside the page.
 */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute("width", String(Math.round(width)));
  copy.setAttribute("height", String(Math.round(height)));
  const computed = getComputedStyle(svg);
  const vars: string[] = [];
  for (let i = 0; i < computed.length; i++) {
    const name = computed[i] as string;
    if (name.startsWith("--tidemark-")) vars.push(`${name}:${computed.getPropertyValue(name)}`);
  }
  vars.push(
    `font-family:${computed.fontFamily}`,
    `font-size:${computed.fontSize}`,
    `color:${computed.color}`,
  );
  copy.setAttribute("style", `${copy.getAttribute("style") ?? ""};${vars.join(";")}`);
  copy.removeAttribute("tabindex");
  resolveVariables(svg, copy);
  const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute(
    "fill",
    computed.getPropertyValue("--tidemark-background").trim() || "#ffffff",
  );
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The chart drawn onto a canvas at `scale` (2 = sharp on high-density screens), as a PNG. */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const markup = svgMarkup(svg);
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob(
        (blob) => (blob ? ok(blob) : fail(new Error("PNG encoding failed"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

const PAINT = ["fill", "stroke", "stop-color", "color"] as const;

/**
 * Replaces `var(--tidemark-…)` in paint attributes with the colour the page
 * computed, so editors that ignore CSS variables still show the right colours.
 */
function resolveVariables(original: SVGSVGElement, copy: SVGSVGElement): void {
  const from = original.querySelectorAll("*");
  const to = copy.querySelectorAll("*");
  from.forEach((element, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(element);
    for (const name of PAINT) {
      const value = element.getAttribute(name);
      if (value?.includes("var(")) target.setAttribute(name, style.getPropertyValue(name));
    }
  });
}

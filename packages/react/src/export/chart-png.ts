import { type ChartSvgOptions, chartImage } from "./chart-svg.js";

/** Options of {@link chartPng}. */
export interface ChartPngOptions extends ChartSvgOptions {
  /** Pixels per px of the image: 2 (the default) stays sharp on high-density screens. */
  scale?: number;
}

/**
 * A chart as a PNG with its title and legend: {@link chartSvg}'s file drawn
 * onto a canvas at `scale`. Browser only; rejects when the image cannot be
 * decoded or encoded.
 *
 * @example const png = await chartPng(figure, { title: "Inflow and throughput" });
 */
export async function chartPng(container: Element, options: ChartPngOptions = {}): Promise<Blob> {
  const { markup, width, height } = chartImage(container, options);
  const scale = options.scale ?? 2;
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
    if (!context) throw new Error("chartPng: no 2D canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob(
        (blob) => (blob ? ok(blob) : fail(new Error("chartPng: PNG encoding failed"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

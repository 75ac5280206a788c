/** Where one legend entry sits in an exported image: swatch at (`x`, `y`), label baseline at `textY`. */
export interface LegendSlot {
  label: string;
  x: number;
  y: number;
  textX: number;
  textY: number;
}

/** A line of the title: its text and baseline. */
export interface TitleLine {
  text: string;
  y: number;
}

/** Result of {@link exportFrameLayout}: the image's size and where the title, drawing and legend go. */
export interface ExportFrameLayout {
  width: number;
  height: number;
  title: TitleLine[];
  /** How far the chart's drawing moves down to make room for the title. */
  chartTop: number;
  legend: LegendSlot[];
}

export const EXPORT_PAD = 12;
export const TITLE_SIZE = 15;
export const LABEL_SIZE = 12;
const SWATCH_WIDTH = 16;
const SWATCH_GAP = 6;
const ITEM_GAP = 16;
const ROW_HEIGHT = 18;

/**
 * A text's width in px, estimated without a browser so it is the same in tests
 * and files: 0.6 em per character, wider than the usual sans-serif average, so
 * an estimate errs on the side of wrapping early rather than running off the edge.
 */
export const textWidth = (text: string, fontSize: number): number =>
  Math.ceil([...text].length * fontSize * 0.6);

/** `text` broken at spaces into lines no wider than `max` px (a long word gets a line alone). */
function wrap(text: string, fontSize: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The layout of an exported chart: the title on top, the drawing (`width` ×
 * `height`, its viewBox size) under it, and the legend's entries in rows
 * under the drawing, wrapped at the drawing's width. All in px of the image.
 *
 * @example exportFrameLayout(640, 300, "Inflow", ["Inflow", "Throughput"]).height // 376
 */
export function exportFrameLayout(
  width: number,
  height: number,
  title: string,
  labels: readonly string[],
): ExportFrameLayout {
  const inner = Math.max(1, width - 2 * EXPORT_PAD);
  const titleLines = wrap(title, TITLE_SIZE, inner).map((text, i) => ({
    text,
    y: EXPORT_PAD + TITLE_SIZE + i * (TITLE_SIZE + 5),
  }));
  const chartTop =
    titleLines.length > 0 ? EXPORT_PAD + titleLines.length * (TITLE_SIZE + 5) + 6 : 0;
  const legend: LegendSlot[] = [];
  let x = EXPORT_PAD;
  let row = 0;
  const top = chartTop + height + 8;
  for (const label of labels) {
    const itemWidth = SWATCH_WIDTH + SWATCH_GAP + textWidth(label, LABEL_SIZE);
    if (x > EXPORT_PAD && x + itemWidth > width - EXPORT_PAD) {
      row += 1;
      x = EXPORT_PAD;
    }
    const y = top + row * ROW_HEIGHT;
    legend.push({ label, x, y, textX: x + SWATCH_WIDTH + SWATCH_GAP, textY: y + 10 });
    x += itemWidth + ITEM_GAP;
  }
  const legendHeight = labels.length > 0 ? 8 + (row + 1) * ROW_HEIGHT : 0;
  return {
    width,
    height:
      chartTop + height + legendHeight + (titleLines.length + labels.length > 0 ? EXPORT_PAD : 0),
    title: titleLines,
    chartTop,
    legend,
  };
}

import type { DurationSummary } from "@tidemark/core";

/** The percentile lines drawn on lead-time charts. */
export const PERCENTILES = [
  { key: "p50", label: "p50" },
  { key: "p85", label: "p85" },
  { key: "p95", label: "p95" },
] as const;

/**
 * The least distance, px, between two percentile labels' baselines: a line of
 * 11 px text is about 13 px tall, so 12 px left the labels touching.
 */
export const LABEL_GAP = 14;

/** One percentile line, with its pixel position. */
export interface PercentileLine {
  label: string;
  hours: number;
  pos: number;
  /** Where the label goes across the line's direction: `pos`, moved apart from its neighbours. */
  labelPos: number;
  /** The percentile as formatted: `2.8 days`. */
  value: string;
  /** Label and value: `p50 2.8 days`. */
  text: string;
}

/** The p50/p85/p95 lines of a summary, placed by `place`; none when the summary is null. */
export function percentileLines(
  summary: DurationSummary | null,
  place: (hours: number) => number,
  format: (hours: number) => string,
): PercentileLine[] {
  if (!summary) return [];
  const lines = PERCENTILES.flatMap(({ key, label }) => {
    const hours = summary[key];
    if (!Number.isFinite(hours)) return [];
    const pos = place(hours);
    const value = format(hours);
    return [{ label, hours, pos, labelPos: pos, value, text: `${label} ${value}` }];
  });
  // Labels at least LABEL_GAP px apart: on a y axis (pixels grow downwards) each
  // higher percentile sits above the one before, also when the one before was
  // moved (three equal percentiles put p95 back on p50).
  const step = place(2) > place(1) ? LABEL_GAP : -LABEL_GAP;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] as PercentileLine;
    const line = lines[i] as PercentileLine;
    if ((line.labelPos - prev.labelPos) / step < 1) line.labelPos = prev.labelPos + step;
  }
  return lines;
}

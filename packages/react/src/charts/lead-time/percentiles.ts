import type { DurationSummary } from "@tidemark/core";

/** The percentile lines drawn on lead-time charts. */
export const PERCENTILES = [
  { key: "p50", label: "p50" },
  { key: "p85", label: "p85" },
  { key: "p95", label: "p95" },
] as const;

/** One percentile line, with its pixel position. */
export interface PercentileLine {
  label: string;
  hours: number;
  pos: number;
  text: string;
}

/** The p50/p85/p95 lines of a summary, placed by `place`; none when the summary is null. */
export function percentileLines(
  summary: DurationSummary | null,
  place: (hours: number) => number,
  format: (hours: number) => string,
): PercentileLine[] {
  if (!summary) return [];
  return PERCENTILES.flatMap(({ key, label }) => {
    const hours = summary[key];
    if (!Number.isFinite(hours)) return [];
    return [{ label, hours, pos: place(hours), text: `${label} ${format(hours)}` }];
  });
}

import type { BackInBand } from "@tidemark/core";
import type { Formatter } from "../../format/format.js";

const DAY = 86_400_000;

/** The local date `n` days after `YYYY-MM-DD` (calendar arithmetic, no zone). */
export function addDays(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) ? new Date(t + n * DAY).toISOString().slice(0, 10) : date;
}

/** When the backlog gets back into the band, in words, with dates in the chart's locale. */
export function backInBandWords(b: BackInBand, fmt: Formatter, horizonDays: number): string {
  if (b.status === "in-band") return "The backlog is inside the healthy band now.";
  if (b.status === "not-within") {
    return `Not back in the healthy band within ${fmt.count(horizonDays)} days (${fmt.percent(b.share)} of runs get back).`;
  }
  if (b.earliest === null || b.likely === null) return b.message;
  const range =
    b.latest === null
      ? `from ${fmt.day(b.earliest)}`
      : b.latest === b.earliest
        ? `by ${fmt.day(b.earliest)}`
        : `between ${fmt.day(b.earliest)} and ${fmt.day(b.latest)}`;
  return `Back in the healthy band ${range} (half the runs by ${fmt.day(b.likely)}).`;
}

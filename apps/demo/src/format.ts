/** Number and duration formatting for the demo's own text (tiles, summaries). */
const counts = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const decimals = new Intl.NumberFormat("en-US", {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});
const percents = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

export const MISSING = "–";

export const formatCount = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? MISSING : counts.format(Math.round(v));

/** One decimal; a positive value that would show as 0.0 shows as `<0.1`, so it is not read as none. */
export const formatDecimal = (v: number | null | undefined): string => {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  return v > 0 && v < 0.05 ? "<0.1" : decimals.format(v);
};

export const formatPercent = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? MISSING : percents.format(v);

/** Hours under two days as hours, else days: `5.5 h`, `3.2 days`. */
export function formatHours(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  return v < 48 ? `${decimals.format(v)} h` : `${decimals.format(v / 24)} days`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${decimals.format(bytes / 1024)} KB`;
  return `${decimals.format(bytes / 1024 / 1024)} MB`;
}

/** An instant as a local date `YYYY-MM-DD` in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(ms);
  return parts.slice(0, 10);
}

/** `2024-03-31` → `Mar 31, 2024`. */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  return new Intl.DateTimeFormat("en-US", { timeZone: "UTC", dateStyle: "medium" }).format(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
  );
}

/** A count and the English word for it: `1 ticket`, `2 tickets`. */
export function countOf(n: number, one: string, other: string): string {
  return `${formatCount(n)} ${new Intl.PluralRules("en-US").select(n) === "one" ? one : other}`;
}

/**
 * The loaded file's figures, each said once: its tickets, its rows only when
 * they differ (rows that are not tickets, or several rows per ticket), and the
 * tickets the filters leave when they leave fewer.
 *
 * @example fileCounts(12_010, 12_000, 3_500) // "12,010 rows · 12,000 tickets (3,500 after filters)"
 */
export function fileCounts(rowCount: number, ticketCount: number, filtered: number | null): string {
  const tickets = countOf(ticketCount, "ticket", "tickets");
  const rows =
    rowCount === ticketCount ? tickets : `${countOf(rowCount, "row", "rows")} · ${tickets}`;
  return filtered !== null && filtered !== ticketCount
    ? `${rows} (${formatCount(filtered)} after filters)`
    : rows;
}

/**
 * The range the date inputs show (`from`…`to`, local days). The charts snap it
 * outwards to whole buckets; when that reaches further, the note says so.
 * One day reads as that day alone.
 *
 * @example rangeWords({ bucket: "week", range: { firstDate: "2010-01-11", lastDate: "2013-12-29" } }, "2010-01-13", "2013-12-23")
 * // "Jan 13, 2010 – Dec 23, 2013 (charted in whole weeks: Jan 11, 2010 – Dec 29, 2013)"
 */
export function rangeWords(
  result: { bucket: string; range: { firstDate: string; lastDate: string } },
  from: string | undefined,
  to: string | undefined,
): string {
  const { firstDate, lastDate } = result.range;
  const first = from ?? firstDate;
  const last = to ?? lastDate;
  const shown = first === last ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`;
  if ((from ?? firstDate) === firstDate && (to ?? lastDate) === lastDate) return shown;
  return `${shown} (charted in whole ${result.bucket}s: ${formatDay(firstDate)} – ${formatDay(lastDate)})`;
}

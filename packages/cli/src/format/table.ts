import type { BucketMetrics, MetricsResult } from "@tidemark/core";
import { bandLimits, count, decimal, duration } from "../numbers.js";

/** What the table header says about the input besides the result. */
export interface TableContext {
  file: string;
  rows: number;
  tickets: number;
  skipped: number;
}

interface Column {
  title: string;
  value: (b: BucketMetrics) => string;
  left?: boolean;
}

const hours = (n: number | null | undefined) => duration(n, 1);

const COLUMNS: Column[] = [
  { title: "start", value: (b) => b.start, left: true },
  { title: "created", value: (b) => count(b.created) },
  { title: "reopened", value: (b) => count(b.reopened) },
  { title: "inflow", value: (b) => count(b.inflow) },
  { title: "thruput", value: (b) => count(b.throughput) },
  { title: "net", value: (b) => (b.netFlow > 0 ? `+${count(b.netFlow)}` : count(b.netFlow)) },
  { title: "backlog", value: (b) => count(b.backlog) },
  { title: "peak", value: (b) => count(b.peakBacklog) },
  { title: "lead p50 h", value: (b) => hours(b.leadTime?.p50) },
  { title: "p85 h", value: (b) => hours(b.leadTime?.p85) },
  { title: "p95 h", value: (b) => hours(b.leadTime?.p95) },
  // A small capacity (a quiet week) reads "<0.1", not "0" beside a backlog of days.
  { title: "cap/day", value: (b) => duration(b.capacity, 1) },
  { title: "days", value: (b) => decimal(b.backlogDays, 1) },
  {
    title: "band",
    value: (b) => bandLimits(b.bandLow, b.bandHigh),
  },
  { title: "status", value: (b) => b.status ?? "", left: true },
];

/** An aligned, human-readable table with a short header: range, zone, start backlog, aging. */
export function metricsTable(result: MetricsResult, context: TableContext): string {
  if (result.buckets.length === 0) return noBuckets(result, context);
  const lines = header(result, context);
  const cells = result.buckets.map((b) => COLUMNS.map((c) => c.value(b)));
  // No spread of the rows (Math.max(...), push(...)): 150,000 daily rows overflow the stack.
  const widths = COLUMNS.map((c, k) =>
    cells.reduce((w, row) => Math.max(w, (row[k] as string).length), c.title.length),
  );
  const line = (row: string[]) =>
    row
      .map((text, k) =>
        COLUMNS[k]?.left ? text.padEnd(widths[k] as number) : text.padStart(widths[k] as number),
      )
      .join("  ")
      .trimEnd();
  lines.push("", line(COLUMNS.map((c) => c.title)));
  for (const row of cells) lines.push(line(row));
  return `${lines.join("\n")}\n`;
}

/** A result without buckets: no range, no aging "at 1970", just what was read and why nothing shows. */
function noBuckets(r: MetricsResult, c: TableContext): string {
  const range =
    r.range.firstDate === "" ? "" : ` (${r.range.firstDate} … ${r.range.lastDate}, ${r.timeZone})`;
  return `${[`Tidemark metrics: ${c.file}`, tickets(c), "", `No tickets in this range${range}: nothing to show.`].join("\n")}\n`;
}

const tickets = (c: TableContext) =>
  `Tickets   ${count(c.tickets)} from ${count(c.rows)} rows${c.skipped > 0 ? ` (${count(c.skipped)} skipped)` : ""}`;

function header(r: MetricsResult, c: TableContext): string[] {
  const unit =
    r.bucket === "week"
      ? `by week (weeks start ${WEEKDAYS[r.weekStartsOn - 1]})`
      : `by ${r.bucket}`;
  const t = r.totals;
  const lead = t.leadTime
    ? `; lead time p50 ${hours(t.leadTime.p50)} h, p85 ${hours(t.leadTime.p85)} h, p95 ${hours(t.leadTime.p95)} h`
    : "";
  const lines = [
    `Tidemark metrics: ${c.file}`,
    `Range     ${r.range.firstDate} … ${r.range.lastDate}, ${r.timeZone}, ${unit}`,
    `${tickets(c)}; open at start ${count(r.startBacklog)}`,
    `Flow      inflow ${count(t.inflow)} (created ${count(t.created)}, reopened ${count(t.reopened)}), throughput ${count(t.throughput)}${lead}`,
    `Aging     ${aging(r)}`,
    `Band      ${decimal(r.band.lowDays, 2)}–${decimal(r.band.highDays, 2)} days of capacity (capacity = mean daily throughput over ${r.capacityWindowDays} days)`,
  ];
  if (r.inflowMix.avoidableShare !== null && r.inflowMix.avoidableShare > 0) {
    lines.push(`Inflow    ${decimal(r.inflowMix.avoidableShare * 100, 1)}% avoidable (not "new")`);
  }
  return lines;
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const days = (h: number | null) => (h === null ? "" : `${duration(h / 24, 1)} d`);

function aging(r: MetricsResult): string {
  const a = r.aging;
  const at = localTime(a.asOf, r.timeZone);
  if (a.count === 0) return `at ${at}: nothing open`;
  const older = a.olderThan.map((o) => `${decimal(o.days, 1)} d: ${count(o.count)}`).join(", ");
  return `at ${at}: ${count(a.count)} open; age p50 ${days(a.p50)}, p85 ${days(a.p85)}, oldest ${days(a.oldest)}${a.oldestId ? ` (${a.oldestId})` : ""}; older than ${older}`;
}

function localTime(ms: number, timeZone: string): string {
  const f = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" });
  return f.format(new Date(ms));
}

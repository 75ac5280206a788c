import type { InflowAuditResult, InflowKind } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import { plural } from "../../format/plural.js";
import type { TableModel } from "../../parts/types.js";
import { px } from "../../scale/linear.js";

/** Options of {@link inflowAuditModel}. */
export interface InflowAuditModelOptions extends LocaleOptions {
  /** Categories listed before "show all". Default 10. */
  limit?: number;
}

/** How a category's inflow moved against the previous window. */
/** `unknown` when the data does not reach back over the previous window: nothing to compare. */
export type CategoryChange = "up" | "down" | "steady" | "unknown";

/** One ranked category, as text and a sparkline. */
export interface InflowAuditRow {
  rank: number;
  /** The category's name; `"(no category)"` for tickets without one. */
  label: string;
  catchAll: boolean;
  count: string;
  share: string;
  previous: string;
  /** Growth against the previous window: `+43%`, `−12%`, or `new` when it had none. */
  growth: string;
  change: CategoryChange;
  /** The change in words: "Rising beyond normal swings", "Within normal weekly swings"… */
  changeWords: string;
  /** An icon for the change (▲ ▼ ●), so it never rests on colour alone. */
  icon: string;
  /** The weekly counts in a 100×24 box (empty under two weeks), and in words. */
  sparkPath: string;
  weekly: string;
}

/** One inflow kind's volume and share. */
export interface InflowKindRow {
  kind: InflowKind;
  label: string;
  avoidable: boolean;
  count: string;
  share: string;
  /** 0–1, for a bar. */
  fraction: number;
}

/** The text and geometry of an inflow audit. */
export interface InflowAuditModel {
  /** "Inflow Nov 26 – Dec 23, 2013 (28 days)". */
  window: string;
  empty: boolean;
  rows: InflowAuditRow[];
  /** How many rows are shown before "show all". */
  limit: number;
  kinds: InflowKindRow[];
  /** The avoidable share in words. */
  avoidable: string;
  emerging: string[];
  taxonomy: string;
  summary: string;
  table: TableModel;
}

const KIND_LABELS: Record<InflowKind, string> = {
  new: "New requests",
  recurring: "Recurring questions",
  "follow-up": "Follow-ups",
  misrouted: "Misrouted",
  noise: "Noise (spam, auto-replies)",
  automated: "Automated",
};

/** A category's label: `""` reads as "(no category)". */
export const categoryLabel = (c: string): string => (c.trim() === "" ? "(no category)" : c);

function spark(values: readonly number[]): string {
  if (values.length < 2) return "";
  let hi = 0;
  for (const v of values) if (Number.isFinite(v) && v > hi) hi = v;
  const span = hi || 1;
  let d = "";
  values.forEach((v, i) => {
    const y = Number.isFinite(v) ? 21 - (v / span) * 18 : 21;
    d += `${i === 0 ? "M" : "L"}${px((i / (values.length - 1)) * 100)},${px(y)}`;
  });
  return d;
}

/**
 * The faucet audited, as text: categories ranked by inflow with their growth,
 * whether it beats ordinary weekly noise (in words and an icon), a weekly
 * sparkline, and the avoidable share by inflow kind. An empty audit gives no
 * rows and says so.
 *
 * @example inflowAuditModel(inflowAudit(log, { timeZone })).rows[0].changeWords
 */
export function inflowAuditModel(
  audit: InflowAuditResult,
  options: InflowAuditModelOptions = {},
): InflowAuditModel {
  const fmt = createFormatter({
    locale: options.locale,
    timeZone: options.timeZone ?? audit.timeZone,
  });
  const w = audit.window;
  const window =
    w.days > 0 ? `${fmt.day(w.from)} – ${fmt.day(w.to)} (${fmt.count(w.days)} days)` : "no data";
  const rows: InflowAuditRow[] = audit.categories.map((c, i) => {
    // Without an earlier window in the data there is no growth and no swing to judge.
    const compared = audit.previous.covered;
    const change: CategoryChange = compared ? (c.change ?? "steady") : "unknown";
    return {
      rank: i + 1,
      label: categoryLabel(c.category),
      catchAll: c.catchAll,
      count: fmt.count(c.count),
      share: fmt.percent(c.share),
      previous: fmt.count(c.previous),
      growth:
        !compared || c.growth === null
          ? compared && c.count > 0
            ? "new"
            : "–"
          : signedPercent(c.growth, fmt),
      change,
      changeWords:
        change === "up"
          ? "Rising beyond normal weekly swings"
          : change === "down"
            ? "Falling beyond normal weekly swings"
            : change === "unknown"
              ? "No earlier weeks in the data to compare"
              : "Within normal weekly swings",
      icon: change === "up" ? "▲" : change === "down" ? "▼" : change === "unknown" ? "–" : "●",
      sparkPath: spark(c.weekly),
      weekly: c.weekly.map((v) => fmt.count(v)).join(", "),
    };
  });
  const total = audit.avoidable.total;
  const kinds: InflowKindRow[] = audit.avoidable.byKind.map((k) => ({
    kind: k.kind,
    label: KIND_LABELS[k.kind] ?? k.kind,
    avoidable: k.kind !== "new",
    count: fmt.count(k.count),
    share: fmt.percent(k.share),
    fraction: total > 0 ? k.count / total : 0,
  }));
  const avoidable =
    audit.avoidable.share === null
      ? "No inflow in the window."
      : `${fmt.count(audit.avoidable.avoidable)} of ${fmt.count(total)} (${fmt.percent(audit.avoidable.share)}) could have been avoided: everything but new requests.`;
  const t = audit.taxonomy;
  const taxonomy =
    t.catchAllShare === null
      ? ""
      : `${fmt.percent(t.catchAllShare)} of inflow sits in catch-all categories` +
        (t.newCategories === null || t.droppedCategories === null
          ? "; the data does not reach back over the previous window, so no category is compared with it."
          : `; ${fmt.count(t.newCategories)} ${plural(t.newCategories, "category", "categories")} appeared and ${fmt.count(t.droppedCategories)} disappeared since the previous window.`);
  const emerging = audit.emerging.map(
    (e) => `${categoryLabel(e.category)} (${e.status === "new" ? "new" : "emerging"}): ${e.reason}`,
  );
  const rising = rows.filter((r) => r.change === "up");
  const top = rows[0];
  const summary =
    rows.length === 0
      ? `Inflow audit, ${window}: no inflow.`
      : `Inflow audit, ${window}: ${fmt.count(audit.total)} came in across ${fmt.count(rows.length)} ${plural(rows.length, "category", "categories")}; ` +
        `the largest is ${top?.label} with ${top?.count} (${top?.share}). ` +
        (audit.previous.covered
          ? `${fmt.count(rising.length)} rising beyond normal weekly swings`
          : "No earlier weeks in the data to compare them with") +
        (rising.length > 0
          ? ` (${rising
              .slice(0, 3)
              .map((r) => r.label)
              .join(", ")}${rising.length > 3 ? ` and ${fmt.count(rising.length - 3)} more` : ""})`
          : "") +
        `. ${avoidable}`;
  const table: TableModel = {
    caption: `Inflow by category, ${window}`,
    columns: ["Category", "Tickets", "Share", "Previous window", "Growth", "Trend", "Weekly"],
    rows: () =>
      rows.map((r) => [r.label, r.count, r.share, r.previous, r.growth, r.changeWords, r.weekly]),
  };
  return {
    window,
    empty: rows.length === 0,
    rows,
    limit: Math.max(1, Math.floor(options.limit ?? 10) || 10),
    kinds,
    avoidable,
    emerging,
    taxonomy,
    summary,
    table,
  };
}

function signedPercent(v: number, fmt: ReturnType<typeof createFormatter>): string {
  const p = fmt.percent(Math.abs(v));
  return v > 0 ? `+${p}` : v < 0 ? `−${p}` : p;
}

/**
 * Shapes shared across Tidemark's core: the parsed ticket log (columnar, inside)
 * and the metrics result (plain and serializable, outside).
 */

/** The kinds of water coming through the faucet. Unmapped tickets are `new`. */
export type InflowKind = "new" | "recurring" | "follow-up" | "misrouted" | "noise" | "automated";

/** Every inflow kind, in a fixed order (the index is the code stored in a {@link TicketLog}). */
export const INFLOW_KINDS: readonly InflowKind[] = [
  "new",
  "recurring",
  "follow-up",
  "misrouted",
  "noise",
  "automated",
];

/** The bucket sizes a series can be cut into. */
export type BucketUnit = "day" | "week" | "month";

/** A ticket's descriptive fields that Tidemark can group and filter by. */
export type AttributeName = "category" | "channel" | "priority" | "team" | "assignee";

/** Every attribute name, in a fixed order. */
export const ATTRIBUTE_NAMES: readonly AttributeName[] = [
  "category",
  "channel",
  "priority",
  "team",
  "assignee",
];

/** A dictionary-coded text column: `values[codes[i]]`, or no value where the code is -1. */
export interface CodedColumn {
  codes: Int32Array;
  values: string[];
}

/**
 * A parsed ticket log, stored by column so a million tickets fit in typed arrays.
 * Times are epoch milliseconds. It holds only typed arrays, arrays and strings,
 * so it can be posted to and from a Web Worker.
 *
 * A ticket is open during each of its spells: `[spellStart, spellEnd)`; a spell
 * with `spellEnd` NaN is still open. Spells of one ticket are contiguous and in
 * time order.
 */
export interface TicketLog {
  /** Number of tickets. */
  size: number;
  ids: string[];
  createdAt: Float64Array;
  /** First solve, NaN if the ticket was never solved. */
  firstSolvedAt: Float64Array;
  /** Final solve, NaN if the ticket is open at the end of its history. */
  finalSolvedAt: Float64Array;
  /** Index into {@link INFLOW_KINDS}. */
  inflowKind: Uint8Array;
  attributes: Record<AttributeName, CodedColumn>;
  spells: {
    size: number;
    ticket: Int32Array;
    start: Float64Array;
    end: Float64Array;
    /** 1 where the spell was opened by a reopening, 0 where by creation. */
    reopened: Uint8Array;
  };
}

/** One problem with one row of input: never silently dropped, never silently fixed. */
export interface RowIssue {
  /**
   * The record's number in its file, counting the header as row 1 (so the first
   * data row is row 2, as a spreadsheet shows it); for records, index + 1.
   */
  row: number;
  /**
   * `error`: the row was not used (strict callers fail on it). `warning`: the row
   * was used as stated (an identical duplicate merged into the first).
   */
  severity: "error" | "warning";
  /** The input field (column) at fault, or `"row"` for the row as a whole. */
  field: string;
  /** Why, in words a person can act on. */
  reason: string;
  /** The offending raw value, shortened to 80 characters. */
  value?: string;
  /** The ticket id, where one could be read. */
  ticketId?: string;
}

/** Percentile summary of durations, in hours. `null` stands for "no data". */
export interface DurationSummary {
  count: number;
  mean: number;
  p50: number;
  p85: number;
  p95: number;
  max: number;
}

/** Where the level sits against the band. */
export type BandStatus = "below" | "healthy" | "above";

/** The metrics of one bucket (see METRICS.md in the docs for each definition). */
export interface BucketMetrics {
  /** The bucket's first local date, `YYYY-MM-DD`. */
  start: string;
  /** First instant inside the bucket (epoch ms). */
  startMs: number;
  /** First instant after the bucket (epoch ms). */
  endMs: number;
  created: number;
  reopened: number;
  /** created + reopened: the faucet. */
  inflow: number;
  /** Solves, including a `closed` that solves: the drain. */
  throughput: number;
  /** inflow - throughput. */
  netFlow: number;
  /** Tickets open at the end of the bucket: the level. */
  backlog: number;
  /** Most tickets open at any instant inside the bucket. */
  peakBacklog: number;
  /** Full resolution time of tickets whose final solve falls in the bucket, hours. */
  leadTime: DurationSummary | null;
  /** First solve minus creation for tickets whose first solve falls in the bucket, hours. */
  firstResolution: DurationSummary | null;
  /** Mean throughput per day over the trailing capacity window ending with this bucket. */
  capacity: number | null;
  /** backlog / capacity, in days; null when capacity is null or 0. */
  backlogDays: number | null;
  /** The healthy band in tickets: `[low, high]` = band days × capacity; null without capacity. */
  bandLow: number | null;
  bandHigh: number | null;
  status: BandStatus | null;
}

/** Open work at one moment. Ages in hours. */
export interface AgingResult {
  /**
   * The moment, epoch ms. In `computeMetrics`' result for an empty log
   * without `from`/`to` (no buckets), 0 unless `asOf` was given: no moment.
   */
  asOf: number;
  count: number;
  p50: number | null;
  p85: number | null;
  p95: number | null;
  /** Age of the oldest open ticket, hours; null when nothing is open. */
  oldest: number | null;
  oldestId: string | null;
  /** For each threshold (days), how many open tickets are older than it. */
  olderThan: { days: number; count: number }[];
}

/** Inflow by kind over the whole range. */
export interface InflowMix {
  byKind: Record<InflowKind, number>;
  total: number;
  /** Share of inflow that is not `new`; null when there is no inflow. */
  avoidableShare: number | null;
}

/** The version of {@link MetricsResult}'s shape; bumped on any breaking change. */
export const METRICS_SCHEMA_VERSION = 1;

/** Everything Tidemark computes for one range: plain data, safe to JSON.stringify. */
export interface MetricsResult {
  schemaVersion: typeof METRICS_SCHEMA_VERSION;
  timeZone: string;
  bucket: BucketUnit;
  /** 1 = Monday … 7 = Sunday. */
  weekStartsOn: number;
  /**
   * `[from, to)` in epoch ms, snapped outwards to whole buckets, and the same
   * range as local dates (`lastDate` inclusive).
   */
  range: { from: number; to: number; firstDate: string; lastDate: string };
  band: { lowDays: number; highDays: number };
  capacityWindowDays: number;
  /** Tickets open at the range's start (the level before the first bucket). */
  startBacklog: number;
  buckets: BucketMetrics[];
  totals: {
    created: number;
    reopened: number;
    inflow: number;
    throughput: number;
    leadTime: DurationSummary | null;
    firstResolution: DurationSummary | null;
  };
  inflowMix: InflowMix;
  aging: AgingResult;
}

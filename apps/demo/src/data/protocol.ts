import type {
  BucketUnit,
  ColumnMapping,
  DateOrder,
  LeadTimePoints,
  MetricsResult,
  RowIssue,
} from "@tidemark/core";

/** Where tickets come from: the seeded sample, a picked or dropped file, or a URL. */
export type TicketSource =
  | {
      kind: "sample";
      seed: number;
      tickets: number;
      days: number;
      scenario: "healthy" | "rising" | "draining";
      /** The zone of the sample team's working hours (the data's, not the view's). */
      timeZone: string;
    }
  | { kind: "file"; file: File }
  | { kind: "url"; url: string };

/** What the page asks the worker to parse. A new request cancels the one running. */
export interface ParseRequest {
  type: "parse";
  id: number;
  source: TicketSource;
  timeZone: string;
  columns?: ColumnMapping;
  dateOrder?: DateOrder;
}

/**
 * The view the page asks for, computed in the worker from the log it keeps
 * (filters, metrics, lead-time points): the page's thread only draws.
 */
export interface ViewRequest {
  type: "view";
  id: number;
  /** The parse whose log to use; an answer for another parse is dropped. */
  dataId: number;
  timeZone: string;
  bucket: BucketUnit;
  band: { low: number; high: number };
  from: string | null;
  to: string | null;
  /** Allowed values per attribute; attributes left out are not filtered. */
  filters: Partial<Record<"category" | "channel" | "team", string[]>>;
  /** Most dots in the lead-time scatter. */
  maxDots: number;
}

export type WorkerRequest = ParseRequest | ViewRequest;

/** Everything the dashboard draws for one view. */
export interface ViewModel {
  dataId: number;
  result: MetricsResult;
  /** Every `stride`-th lead-time point, in solve order. */
  points: LeadTimePoints;
  stride: number;
  /** Lead times of every resolved ticket in range, hours. */
  hours: number[];
  /** Tickets left after the filters. */
  ticketCount: number;
}

/** The parsed file, as the page keeps it (the log stays in the worker). Issues are capped; the counts are not. */
export interface ParsedTickets {
  /** The parse request's id. */
  id: number;
  name: string;
  format: "csv" | "json";
  ticketCount: number;
  /** Values of each filterable attribute with ticket counts, most frequent first. */
  filterOptions: Record<"category" | "channel" | "team", { value: string; count: number }[]>;
  /** First and last instants of the data (epoch ms), or null for no tickets. */
  extent: { first: number; last: number } | null;
  issues: RowIssue[];
  errorCount: number;
  warningCount: number;
  rowCount: number;
  columns: ColumnMapping;
  /** The file's column names, for the column mapping form. */
  header: string[];
  /** The first records keyed by column name, to check a mapping against before applying it. */
  preview: Record<string, unknown>[];
  delimiter: string;
  dateOrder: DateOrder | null;
  timeZone: string;
  bytes: number;
  parseMs: number;
}

/** What the worker answers. */
export type WorkerResponse =
  | { type: "view"; id: number; model: ViewModel }
  | { type: "view-error"; id: number; message: string }
  | { type: "progress"; id: number; bytes: number; total: number | null; rows: number }
  | { type: "done"; id: number; result: ParsedTickets }
  | {
      type: "error";
      id: number;
      name: string;
      message: string;
      code: string;
      /** The column names read before the failure (empty when none), so they can be mapped. */
      header: string[];
      preview: Record<string, unknown>[];
    };

/** At most this many issues cross to the page; the counts include all of them. */
export const MAX_ISSUES = 5000;

/** Records sent for the mapping preview. */
export const PREVIEW_ROWS = 50;

import type { ColumnMapping, DateOrder, RowIssue, TicketLog } from "@tidemark/core";

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

/** What the page asks the parse worker. A new request cancels the one running. */
export interface ParseRequest {
  id: number;
  source: TicketSource;
  timeZone: string;
  columns?: ColumnMapping;
  dateOrder?: DateOrder;
}

/** The parsed file, as the page keeps it. Issues are capped; the counts are not. */
export interface ParsedTickets {
  name: string;
  format: "csv" | "json";
  log: TicketLog;
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
export type ParseResponse =
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

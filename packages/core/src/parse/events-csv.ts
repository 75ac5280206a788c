import { TidemarkError } from "../errors.js";
import { checkOptions, checkText, describeValue } from "../input-checks.js";
import {
  checkDateOrder,
  type DateOrder,
  detectDateOrder,
  TimestampReader,
} from "../time/timestamp.js";
import { WallClock } from "../time/zone.js";
import type { RowIssue } from "../types.js";
import { clip } from "./builder.js";
import { checkColumnMapping, checkOneColumn, normalizeColumnName } from "./columns.js";
import { CsvScanner, checkDelimiter, detectDelimiter, parserEnded } from "./csv-scanner.js";
import { IssueList, type OmittedIssues } from "./issue-list.js";
import { type RowView, rowStrings } from "./row-view.js";

/** Event types that move the level; anything else is kept as `other`. */
export type EventType = "created" | "solved" | "reopened" | "closed" | "other";

/** Every event type, in a fixed order (the index is the code in {@link EventLog.type}). */
export const EVENT_TYPES: readonly EventType[] = [
  "created",
  "solved",
  "reopened",
  "closed",
  "other",
];

const TYPE_CODES = new Map<string, number>([
  ["created", 0],
  ["create", 0],
  ["opened", 0],
  ["open", 0],
  ["new", 0],
  ["solved", 1],
  ["solve", 1],
  ["resolved", 1],
  ["resolve", 1],
  ["reopened", 2],
  ["reopen", 2],
  ["closed", 3],
  ["close", 3],
]);

const OTHER = 4;

/** The code of an event type name (`other` for names that do not move the level). */
export function eventTypeCode(name: string): number {
  return TYPE_CODES.get(name.trim().toLowerCase()) ?? OTHER;
}

/** The type code of a type text, the log's own names (`options.types`) first. */
function typeCoder(types: EventCsvOptions["types"]): (text: string) => number {
  if (types === undefined) return eventTypeCode;
  if (types === null || typeof types !== "object" || Array.isArray(types))
    throw new TidemarkError(
      "invalid-option",
      `Invalid option types: ${describeValue(types)}; expected an object such as { "Resolve ticket": "solved" }.`,
    );
  const own = new Map<string, number>();
  for (const [text, type] of Object.entries(types)) {
    const code = EVENT_TYPES.indexOf(type);
    if (code < 0)
      throw new TidemarkError(
        "invalid-option",
        `Invalid option types[${JSON.stringify(text)}]: ${JSON.stringify(type) ?? describeValue(type)}; expected one of ${EVENT_TYPES.join(", ")}.`,
      );
    own.set(text.trim().toLowerCase(), code);
  }
  return (text) => own.get(text.trim().toLowerCase()) ?? eventTypeCode(text);
}

/** A parsed event log `(ticketId, at, type)`, by column. */
export interface EventLog {
  size: number;
  ticketIds: string[];
  at: Float64Array;
  /** Index into {@link EVENT_TYPES}. */
  type: Uint8Array;
  /** The row each event came from (header = row 1). */
  rows: Int32Array;
  /** Each event's time as written in the file, for issues. Default: shown as ISO. */
  atText?: string[];
  /** The file's names of its columns, for issues. Default `ticketId`, `at`, `type`. */
  columns?: { ticketId: string; at: string; type?: string };
  /**
   * The type texts read as `other` (they do not move the level), most frequent
   * first, at most 10: what to check when an event log solves nothing.
   */
  otherTypes?: { text: string; count: number }[];
}

export interface EventParseResult {
  events: EventLog;
  /** Problems by row: the first 100,000 found; more are counted in {@link omittedIssues}. */
  issues: RowIssue[];
  /** Problems found past the first 100,000, by severity: counted, not kept. */
  omittedIssues: OmittedIssues;
  rowCount: number;
}

/** Options for an event log CSV. */
export interface EventCsvOptions {
  /** Zone of timestamps without an offset. Default `"UTC"`. */
  timeZone?: string;
  /** Order of slash dates; decided from the file when left out (month-first if it cannot tell). */
  dateOrder?: DateOrder;
  /** Column names: default detected (`ticket_id`/`id`, `at`/`timestamp`, `type`/`event`). */
  columns?: { ticketId?: string; at?: string; type?: string };
  /**
   * What this log's own type texts stand for, e.g. `{ "Resolve ticket": "solved" }`
   * for a raw status history; matched trimmed and case-blind, before the usual
   * names (`created`, `opened`, `resolved`, `closed`…). Texts neither names are `other`.
   */
  types?: Record<string, EventType>;
  delimiter?: string;
  maxRowLength?: number;
}

const ALIASES = {
  ticketId: ["ticketid", "id", "ticket", "caseid", "number", "incidentid", "issueid"],
  at: ["at", "timestamp", "time", "date", "eventtime", "occurredat"],
  type: ["type", "eventtype", "event", "action", "status"],
} as const;

/**
 * Reads an event log CSV (`ticket_id,at,type`, like a lifecycle export) in one
 * go. Bad rows are reported and left out.
 */
export function parseEventsCsv(text: string, options: EventCsvOptions = {}): EventParseResult {
  checkText(text, "parseEventsCsv", "the event log CSV text");
  const parser = createEventCsvParser(options);
  parser.push(text);
  return parser.end();
}

/** A streaming event log parser: `push` chunks, then `end`. */
export function createEventCsvParser(options: EventCsvOptions = {}): {
  push(chunk: string): void;
  end(): EventParseResult;
} {
  options = checkOptions(options, "createEventCsvParser", {
    timeZone: true,
    dateOrder: true,
    columns: true,
    types: true,
    delimiter: true,
    maxRowLength: true,
  });
  checkDateOrder(options.dateOrder);
  checkColumnMapping(options.columns, "createEventCsvParser", ["ticketId", "at", "type"]);
  const clock = new WallClock(options.timeZone ?? "UTC");
  const records: { fields: string[]; record: number }[] = [];
  let header: string[] | null = null;
  let scanner: CsvScanner | null = null;
  let head = "";
  const maxRowLength = options.maxRowLength ?? 1_048_576;
  const chosenDelimiter = checkDelimiter(options.delimiter);
  const typeCode = typeCoder(options.types);
  const onRecord = (row: RowView, record: number) => {
    const fields = rowStrings(row);
    if (header === null) header = fields.map((f) => f.trim());
    else records.push({ fields, record });
  };
  const feed = (chunk: string) => {
    if (scanner === null) {
      head += chunk;
      const eol = head.search(/[\r\n]/);
      if (eol < 0 && head.length <= maxRowLength) return;
      if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
      const delimiter = chosenDelimiter ?? detectDelimiter(eol < 0 ? head : head.slice(0, eol));
      scanner = new CsvScanner(delimiter, maxRowLength, onRecord);
      chunk = head;
      head = "";
    }
    scanner.push(chunk);
  };
  let ended = false;
  return {
    push(chunk) {
      checkText(chunk, "push", "each chunk of CSV text");
      if (ended) throw parserEnded("push");
      feed(chunk);
    },
    end() {
      if (ended) throw parserEnded("end");
      ended = true;
      if (scanner === null) {
        if (head.trim() === "")
          throw new TidemarkError(
            "empty-input",
            'The event log is empty: expected a header such as "ticket_id,at,type".',
          );
        feed("\n");
      }
      (scanner as unknown as CsvScanner).end();
      if (header === null)
        throw new TidemarkError("empty-input", "The event log has no header row.");
      return readEvents(header, records, clock, typeCode, options);
    },
  };
}

function readEvents(
  header: string[],
  records: { fields: string[]; record: number }[],
  clock: WallClock,
  typeCode: (text: string) => number,
  options: EventCsvOptions,
): EventParseResult {
  const normalized = header.map(normalizeColumnName);
  const listed = header.map((h) => `"${h}"`).join(", ");
  const find = (key: keyof typeof ALIASES) => {
    const wanted = options.columns?.[key];
    if (wanted !== undefined) {
      const i = header.indexOf(wanted);
      if (i < 0) {
        throw new TidemarkError(
          "missing-column",
          `Column "${wanted}" (columns.${key}) is not in the event log's header (${listed}).`,
        );
      }
      checkOneColumn(header, i, wanted, `columns.${key}`);
      return i;
    }
    for (const alias of ALIASES[key]) {
      const i = normalized.indexOf(alias);
      if (i < 0) continue;
      checkOneColumn(header, i, undefined, `columns.${key}`);
      return i;
    }
    return -1;
  };
  const idCol = find("ticketId");
  const atCol = find("at");
  const typeCol = find("type");
  if (idCol < 0 || atCol < 0 || typeCol < 0) {
    throw new TidemarkError(
      "missing-column",
      `The event log needs ticket id, time and type columns (e.g. "ticket_id,at,type"); its header has: ${listed}. ` +
        `Map the missing ones with ${[idCol < 0 && "columns.ticketId", atCol < 0 && "columns.at", typeCol < 0 && "columns.type"].filter(Boolean).join(", ")}.`,
    );
  }
  if (records.length === 0)
    throw new TidemarkError("no-rows", "The event log has a header but no events.");
  const order =
    options.dateOrder ??
    (() => {
      const d = detectDateOrder(records.slice(0, 1000).map((r) => r.fields[atCol] ?? ""));
      if (d === "conflict") {
        throw new TidemarkError(
          "ambiguous-date-order",
          "Slash dates in the event log are both day-first and month-first; set dateOrder.",
        );
      }
      return d ?? "mdy";
    })();
  const reader = new TimestampReader(clock, order);
  const issues = new IssueList();
  const n = records.length;
  const ticketIds: string[] = [];
  const atText: string[] = [];
  const at = new Float64Array(n);
  const type = new Uint8Array(n);
  const rows = new Int32Array(n);
  let size = 0;
  const others = new Map<string, number>();
  // Distinct texts are counted up to a bound, so a free-text column stays cheap.
  const countOther = (text: string) => {
    const seen = others.get(text);
    if (seen !== undefined) others.set(text, seen + 1);
    else if (others.size < 1000) others.set(text, 1);
  };
  for (const { fields, record } of records) {
    if (fields.length !== header.length) {
      issues.push({
        row: record,
        field: "row",
        severity: "error",
        reason: `has ${fields.length} fields; the header has ${header.length}`,
      });
      continue;
    }
    const id = fields[idCol].trim();
    if (id === "") {
      issues.push({
        row: record,
        field: header[idCol],
        severity: "error",
        reason: "missing ticket id",
      });
      continue;
    }
    const rawAt = fields[atCol];
    const t = rawAt.trim() === "" ? Number.NaN : reader.read(rawAt);
    if (Number.isNaN(t)) {
      issues.push({
        row: record,
        field: header[atCol],
        severity: "error",
        ticketId: id,
        value: clip(rawAt),
        reason: rawAt.trim() === "" ? "missing event time" : reader.reason,
      });
      continue;
    }
    ticketIds.push(id);
    atText.push(rawAt);
    at[size] = t;
    type[size] = typeCode(fields[typeCol]);
    if (type[size] === OTHER) countOther(fields[typeCol].trim());
    rows[size] = record;
    size++;
  }
  return {
    events: {
      size,
      ticketIds,
      at: at.slice(0, size),
      type: type.slice(0, size),
      rows: rows.slice(0, size),
      atText,
      columns: { ticketId: header[idCol], at: header[atCol], type: header[typeCol] },
      otherTypes: [...others]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([text, count]) => ({ text, count })),
    },
    issues: issues.byRow(),
    omittedIssues: issues.omitted,
    rowCount: n,
  };
}

import { TidemarkError } from "../errors.js";
import { checkOptions, checkText, type OptionNames } from "../input-checks.js";
import {
  checkDateOrder,
  type DateOrder,
  detectDateOrder,
  TimestampReader,
} from "../time/timestamp.js";
import { WallClock } from "../time/zone.js";
import type { RowIssue, TicketLog } from "../types.js";
import { TicketLogBuilder } from "./builder.js";
import {
  type ColumnMapping,
  checkColumnMapping,
  mapColumns,
  TICKET_FIELDS,
  type TicketField,
  type UsedColumns,
} from "./columns.js";
import { CsvScanner, checkDelimiter, detectDelimiter, parserEnded } from "./csv-scanner.js";
import type { OmittedIssues } from "./issue-list.js";
import { RowView, rowStrings } from "./row-view.js";
import { fastLines, TicketLineReader } from "./ticket-line.js";
import { type InflowKindMap, TicketRowReader } from "./ticket-row.js";

/** Options for reading a one-row-per-ticket file. */
export interface TicketParseOptions {
  /** Zone of timestamps written without an offset. Default `"UTC"`. */
  timeZone?: string;
  /**
   * Order of slash dates (`03/04/2024`). Default: decided once per file from its
   * first 1,000 rows (a part above 12 tells); month-first when they cannot tell.
   */
  dateOrder?: DateOrder;
  /** Which column holds each field; fields left out are detected from common names. */
  columns?: ColumnMapping;
  /** Category value → inflow kind, for files without an inflow-kind column. */
  inflowKinds?: InflowKindMap;
}

/** Every name of {@link TicketParseOptions}. */
export const TICKET_PARSE_OPTIONS: OptionNames<TicketParseOptions> = {
  timeZone: true,
  dateOrder: true,
  columns: true,
  inflowKinds: true,
};

/** Options for reading CSV text. */
export interface TicketCsvOptions extends TicketParseOptions {
  /** Field delimiter. Default: detected from the header (`,` `;` tab `|`). */
  delimiter?: string;
  /** Longest record accepted, in characters. Default 1,048,576. */
  maxRowLength?: number;
  /** Called after each chunk with the records and characters read so far. */
  onProgress?: (progress: { rows: number; chars: number }) => void;
}

/** What a ticket parser returns: the good tickets, and every problem found. */
export interface TicketParseResult {
  log: TicketLog;
  /**
   * Problems by row; `error` rows were left out, `warning` rows were used. The
   * first 100,000 found; more are counted in {@link omittedIssues}.
   */
  issues: RowIssue[];
  /** Problems found past the first 100,000, by severity: counted, not kept. */
  omittedIssues: OmittedIssues;
  /** Data records read (the header not counted). */
  rowCount: number;
  /** The column used for each field. */
  columns: UsedColumns;
  /** How many timestamps had no offset (so their reading depends on `timeZone`). */
  naiveTimestamps: number;
  delimiter: string;
  /** The date order used for slash dates, or null when the file has none. */
  dateOrder: DateOrder | null;
  /**
   * True when slash dates were read month-first only because nothing told
   * their order: no `dateOrder` given, and no part above 12 in the first rows.
   */
  dateOrderGuessed: boolean;
  timeZone: string;
}

/** A streaming ticket CSV parser: `push` text chunks in order, then `end`. */
export interface TicketCsvParser {
  push(chunk: string): void;
  end(): TicketParseResult;
}

const SAMPLE_ROWS = 1000;

/**
 * Reads a one-row-per-ticket CSV in chunks, so files larger than memory would
 * like stream through. Rows that cannot be read are reported (row, field,
 * reason) and left out; input that cannot be read at all throws a
 * {@link TidemarkError} saying why.
 *
 * @example
 * const parser = createTicketCsvParser({ timeZone: "Europe/Paris" });
 * for await (const chunk of stream) parser.push(chunk);
 * const { log, issues } = parser.end();
 */
export function createTicketCsvParser(options: TicketCsvOptions = {}): TicketCsvParser {
  options = checkOptions(options, "createTicketCsvParser", {
    ...TICKET_PARSE_OPTIONS,
    delimiter: true,
    maxRowLength: true,
    onProgress: true,
  });
  checkDateOrder(options.dateOrder);
  checkColumnMapping(options.columns, "createTicketCsvParser", TICKET_FIELDS);
  const timeZone = options.timeZone ?? "UTC";
  const clock = new WallClock(timeZone);
  const builder = new TicketLogBuilder();
  const maxRowLength = options.maxRowLength ?? 1_048_576;
  let headerText = "";
  let scanner: CsvScanner | null = null;
  let delimiter = checkDelimiter(options.delimiter) ?? ",";
  let columnIndex: Record<TicketField, number> | null = null;
  let used: UsedColumns = {};
  let width = 0;
  let reader: TicketRowReader | null = null;
  let dateOrder: DateOrder | null = null;
  let dateOrderGuessed = false;
  let timestamps: TimestampReader | null = null;
  // The first rows wait (as strings) until the file's date order is decided.
  let sample: { fields: string[]; record: number }[] | null = [];
  let rows = 0;
  let chars = 0;

  const onRecord = (row: RowView, record: number) => {
    if (columnIndex === null) {
      const fields = rowStrings(row);
      // Blank lines before the header are not the header.
      if (fields.some((f) => f.trim() !== "")) readHeader(fields);
      return;
    }
    rows++;
    if (sample !== null) {
      sample.push({ fields: rowStrings(row), record });
      if (sample.length >= SAMPLE_ROWS) flushSample();
      return;
    }
    addRecord(row, record);
  };

  function readHeader(fields: string[]) {
    const header = fields.map((f) => f.trim());
    const mapped = mapColumns(header, options.columns);
    if (mapped.unknown.length > 0) {
      throw new TidemarkError(
        "missing-column",
        `Column ${mapped.unknown.map((c) => `"${c}"`).join(", ")} is not in the header (${listColumns(header)}).`,
      );
    }
    for (const [field, label] of [
      ["id", "ticket id"],
      ["createdAt", "creation time"],
    ] as const) {
      if (mapped.index[field] < 0) {
        throw new TidemarkError(
          "missing-column",
          `No ${label} column in the header (${listColumns(header)}). ` +
            (header.length === 1
              ? `The file has one column: is "${delimiter}" the right delimiter? `
              : "") +
            `Name it ${field === "id" ? "ticket_id or id" : "created_at, Created Date or opened_at"}, or map it with columns.${field}.`,
        );
      }
    }
    columnIndex = mapped.index;
    used = mapped.used;
    builder.idField = used.id ?? "id";
    width = header.length;
  }

  function flushSample() {
    if (sample === null || columnIndex === null) return;
    const index = columnIndex;
    let order: DateOrder | null = options.dateOrder ?? null;
    if (order === null) {
      const values: string[] = [];
      for (const { fields } of sample) {
        for (const f of ["createdAt", "resolvedAt", "closedAt"] as const) {
          const v = index[f] >= 0 ? fields[index[f]] : undefined;
          if (v) values.push(v);
        }
      }
      const detected = detectDateOrder(values);
      if (detected === "conflict") {
        throw new TidemarkError(
          "ambiguous-date-order",
          "Slash dates in this file are both day-first and month-first (some first parts and some second parts exceed 12); set dateOrder to say which.",
        );
      }
      const hasSlash = values.some((v) => v.includes("/"));
      order = detected ?? (hasSlash ? "mdy" : null);
      dateOrderGuessed = detected === null && hasSlash;
    }
    dateOrder = order;
    timestamps = new TimestampReader(clock, order ?? "mdy");
    reader = new TicketRowReader(builder, timestamps, index, used, options.inflowKinds);
    const lines = fastLines.enabled
      ? TicketLineReader.create(builder, timestamps, reader, index, width, delimiter)
      : null;
    if (lines !== null && scanner !== null) {
      scanner.onLine = (text, start, end, record) => {
        if (!lines.tryAdd(text, start, end, record)) return false;
        rows++;
        fastLines.taken++;
        return true;
      };
    }
    const pending = sample;
    sample = null;
    reserveLike(pending, index.id);
    const row = new RowView();
    for (const { fields, record } of pending) addRecord(row.setStrings(fields), record);
  }

  /**
   * Sizes the log for the rows in the text pushed so far (all of it, for a
   * whole text), judging by the sample's line length.
   */
  function reserveLike(rows: { fields: string[] }[], idColumn: number) {
    let lineChars = 0;
    let idChars = 0;
    for (const { fields } of rows) {
      for (const field of fields) lineChars += field.length + 1;
      idChars += fields[idColumn]?.length ?? 0;
    }
    // A little over, as lines vary: falling short by one row doubles every column.
    const expected = Math.ceil((1.05 * chars * rows.length) / lineChars);
    builder.reserve(expected, idChars / rows.length);
  }

  function addRecord(row: RowView, record: number) {
    if (row.count !== width) {
      builder.issues.push({
        row: record,
        field: "row",
        severity: "error",
        reason: `has ${row.count} field${row.count === 1 ? "" : "s"}; the header has ${width}`,
      });
      return;
    }
    (reader as TicketRowReader).add(record, row);
  }

  function start(text: string): string {
    // The delimiter is decided from the header line, so wait for it whole.
    headerText += text;
    const eol = headerText.search(/[\r\n]/);
    if (eol < 0 && headerText.length <= maxRowLength) return "";
    if (options.delimiter === undefined)
      delimiter = detectDelimiter(eol < 0 ? headerText : headerText.slice(0, eol));
    scanner = new CsvScanner(delimiter, maxRowLength, onRecord);
    const all = headerText;
    headerText = "";
    return all;
  }

  let ended = false;
  return {
    push(chunk: string) {
      checkText(chunk, "push", "each chunk of CSV text");
      if (ended) throw parserEnded("push");
      chars += chunk.length;
      // A byte-order mark is not part of the first column's name.
      if (chars === chunk.length && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      const text = scanner === null ? start(chunk) : chunk;
      if (scanner !== null && text.length > 0) scanner.push(text);
      options.onProgress?.({ rows, chars });
    },
    end(): TicketParseResult {
      if (ended) throw parserEnded("end");
      ended = true;
      if (scanner === null) {
        if (headerText.trim() === "") {
          throw new TidemarkError(
            "empty-input",
            'The input is empty: expected a CSV header such as "ticket_id,created_at,resolved_at" and one row per ticket.',
          );
        }
        // A header without a line end: scan it now (start() creates the scanner).
        const header = start("\n");
        (scanner as CsvScanner | null)?.push(header);
      }
      (scanner as CsvScanner).end();
      if (columnIndex === null) {
        throw new TidemarkError(
          "empty-input",
          'The input is empty or blank: expected a CSV header such as "ticket_id,created_at,resolved_at".',
        );
      }
      if (rows === 0) {
        throw new TidemarkError(
          "no-rows",
          `The input has a header (${Object.values(used).join(", ")}) but no ticket rows.`,
        );
      }
      flushSample();
      options.onProgress?.({ rows, chars });
      return {
        log: builder.finish(),
        issues: builder.issues.byRow(),
        omittedIssues: builder.issues.omitted,
        rowCount: rows,
        columns: used,
        naiveTimestamps: timestamps?.naiveCount ?? 0,
        delimiter,
        dateOrder,
        dateOrderGuessed,
        timeZone,
      };
    },
  };
}

function listColumns(header: string[]): string {
  const shown = header.slice(0, 12).map((h) => `"${h.length > 40 ? `${h.slice(0, 37)}…` : h}"`);
  return `columns: ${shown.join(", ")}${header.length > 12 ? `, … ${header.length} in all` : ""}`;
}

/**
 * Reads a whole one-row-per-ticket CSV text; see {@link createTicketCsvParser}.
 *
 * @example const { log, issues } = parseTicketsCsv(text, { timeZone: "America/Los_Angeles" });
 */
export function parseTicketsCsv(text: string, options: TicketCsvOptions = {}): TicketParseResult {
  checkText(text, "parseTicketsCsv", "the CSV text");
  const parser = createTicketCsvParser(options);
  parser.push(text);
  return parser.end();
}

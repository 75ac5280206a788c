import { TidemarkError } from "../errors.js";
import { checkOptions, checkText, describeValue } from "../input-checks.js";
import { checkDateOrder, TimestampReader } from "../time/timestamp.js";
import { WallClock } from "../time/zone.js";
import { clip, TicketLogBuilder } from "./builder.js";
import { checkColumnMapping, mapColumns, TICKET_FIELDS } from "./columns.js";
import { jsonLinesSecondLine } from "./json-lines.js";
import { recordValueProblem, recordValueText, TIME_FIELDS } from "./record-value.js";
import { recordsDateOrder } from "./records-date-order.js";
import { RowView } from "./row-view.js";
import { TicketRowReader } from "./ticket-row.js";
import {
  TICKET_PARSE_OPTIONS,
  type TicketParseOptions,
  type TicketParseResult,
} from "./tickets-csv.js";

/**
 * Reads tickets from plain objects (an API response, a parsed JSON export).
 * Keys are matched like CSV columns (`created_at`, `createdAt`, `Created Date`…)
 * or by `options.columns`. Times may be ISO strings, epoch milliseconds or
 * `Date`s. Bad records are reported (`row` = index + 1) and left out.
 *
 * @example
 * const { log } = ticketsFromRecords([{ id: "1", createdAt: "2024-03-01T09:00:00Z" }]);
 */
export function ticketsFromRecords(
  records: readonly unknown[],
  options: TicketParseOptions = {},
): TicketParseResult {
  if (!Array.isArray(records)) {
    throw new TidemarkError(
      "invalid-input",
      `ticketsFromRecords expects an array of ticket objects; it was given ${describeValue(records)}.`,
    );
  }
  options = checkOptions(options, "ticketsFromRecords", TICKET_PARSE_OPTIONS);
  checkDateOrder(options.dateOrder);
  checkColumnMapping(options.columns, "ticketsFromRecords", TICKET_FIELDS);
  const timeZone = options.timeZone ?? "UTC";
  const keys = new Set<string>();
  for (const r of records.slice(0, 1000)) {
    if (r !== null && typeof r === "object") for (const k of Object.keys(r)) keys.add(k);
  }
  const header = [...keys];
  const mapped = mapColumns(header, options.columns);
  if (records.length > 0 && (mapped.index.id < 0 || mapped.index.createdAt < 0)) {
    const missing = mapped.index.id < 0 ? "an id" : "a creation time";
    throw new TidemarkError(
      "missing-column",
      `The records have no field for ${missing} (fields: ${header.slice(0, 12).join(", ") || "none"}); map one with options.columns.`,
    );
  }
  const { dateOrder, guessed } = recordsDateOrder(
    records,
    [mapped.used.createdAt, mapped.used.resolvedAt, mapped.used.closedAt],
    options.dateOrder,
  );
  const builder = new TicketLogBuilder();
  builder.idField = mapped.used.id ?? "id";
  // Each record becomes a row of strings, one per ticket field, read by the CSV rules.
  const columns = Object.fromEntries(
    TICKET_FIELDS.map((f, i) => [f, mapped.index[f] >= 0 ? i : -1]),
  );
  const timestamps = new TimestampReader(new WallClock(timeZone), dateOrder ?? "mdy");
  const reader = new TicketRowReader(
    builder,
    timestamps,
    columns as Record<(typeof TICKET_FIELDS)[number], number>,
    mapped.used,
    options.inflowKinds,
  );
  const row = new RowView();
  records.forEach((record, i) => {
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      builder.issues.push({ row: i + 1, field: "row", severity: "error", reason: "not an object" });
      return;
    }
    const r = record as Record<string, unknown>;
    const bad = TICKET_FIELDS.find((f) => {
      const key = mapped.used[f];
      return key !== undefined && recordValueProblem(r[key], TIME_FIELDS.has(f)) !== null;
    });
    if (bad !== undefined) {
      const key = mapped.used[bad] as string;
      builder.issues.push({
        row: i + 1,
        field: key,
        severity: "error",
        reason: recordValueProblem(r[key], TIME_FIELDS.has(bad)) as string,
        value: clip(JSON.stringify(r[key]) ?? ""),
      });
      return;
    }
    const idKey = mapped.used.id as string;
    const id = r[idKey];
    if (typeof id === "number" && Number.isInteger(id) && !Number.isSafeInteger(id)) {
      builder.issues.push({
        row: i + 1,
        field: idKey,
        severity: "warning",
        reason:
          "a number too large to be exact (above 9,007,199,254,740,991): its last digits may not be the file's, and two ids may read alike; write ids as strings",
        value: String(id),
      });
    }
    row.setStrings(
      TICKET_FIELDS.map((f) => {
        const key = mapped.used[f];
        return key === undefined ? "" : recordValueText(r[key], TIME_FIELDS.has(f));
      }),
    );
    reader.add(i + 1, row);
  });
  return {
    log: builder.finish(),
    issues: builder.issues.byRow(),
    omittedIssues: builder.issues.omitted,
    rowCount: records.length,
    columns: mapped.used,
    naiveTimestamps: timestamps.naiveCount,
    delimiter: "",
    dateOrder,
    dateOrderGuessed: guessed,
    timeZone,
  };
}

/**
 * Reads a JSON export: an array of ticket objects, or an object with a
 * `tickets` array. A leading byte-order mark is skipped, as in CSV. Invalid
 * JSON throws a {@link TidemarkError} with the parser's reason.
 */
export function parseTicketsJson(
  text: string,
  options: TicketParseOptions = {},
): TicketParseResult {
  checkText(text, "parseTicketsJson", "the JSON text");
  options = checkOptions(options, "parseTicketsJson", TICKET_PARSE_OPTIONS);
  if (text.trim() === "")
    throw new TidemarkError("empty-input", "The input is empty: expected a JSON array of tickets.");
  // A byte-order mark (Excel, PowerShell) is not JSON; the CSV readers skip it too.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const line = jsonLinesSecondLine(text);
    if (line !== null)
      throw new TidemarkError(
        "invalid-json",
        `The input looks like JSON Lines (one object per line): line ${line} starts a second JSON value. ` +
          "JSON Lines is not supported; give a JSON array of tickets ([{…}, {…}]) or CSV.",
      );
    throw new TidemarkError(
      "invalid-json",
      `The input is not valid JSON: ${(e as Error).message}.`,
    );
  }
  const records = Array.isArray(data) ? data : (data as { tickets?: unknown })?.tickets;
  if (!Array.isArray(records)) {
    throw new TidemarkError(
      "invalid-input",
      'Expected a JSON array of tickets, or an object with a "tickets" array.',
    );
  }
  if (records.length === 0) throw new TidemarkError("no-rows", "The JSON holds no tickets.");
  return ticketsFromRecords(records, options);
}

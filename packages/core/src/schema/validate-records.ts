import type { ColumnMapping, TicketField } from "../parse/columns.js";
import { recordsDateOrder } from "../parse/records-date-order.js";
import { ATTRIBUTE_NAMES, type RowIssue } from "../types.js";
import { type TicketRecord, type TimestampSchemaOptions, ticketRecordSchema } from "./records.js";

const TICKET_FIELDS: readonly TicketField[] = [
  "id",
  "createdAt",
  "resolvedAt",
  "closedAt",
  ...ATTRIBUTE_NAMES,
  "inflowKind",
];

/**
 * Validates records after a column mapping (the record's keys are renamed to
 * Tidemark's fields by `columns`; unmapped fields keep their names). Returns the
 * valid tickets and one issue per problem: row (index + `firstRow`), field (the record's
 * own key) and reason. It accepts the records {@link ticketsFromRecords} accepts;
 * without `dateOrder`, it too decides the order of slash dates once from the
 * records, and throws `ambiguous-date-order` when some are day-first and others
 * month-first. Duplicate ids are not its concern (the parsers report them).
 *
 * @example validateTicketRecords(rows, { id: "Case", createdAt: "Opened" }, { timeZone: "UTC" })
 */
export function validateTicketRecords(
  records: readonly Record<string, unknown>[],
  columns: ColumnMapping = {},
  options: TimestampSchemaOptions & {
    /** The row number of `records[0]` in reports. Default 1; 2 for rows under a CSV header. */
    firstRow?: number;
  } = {},
): { tickets: TicketRecord[]; issues: RowIssue[] } {
  const firstRow = options.firstRow ?? 1;
  // A field mapped to null has no column.
  const keyOf = (f: TicketField) => (columns[f] === null ? undefined : (columns[f] ?? f));
  const dateOrder =
    options.dateOrder ??
    recordsDateOrder(records, [keyOf("createdAt"), keyOf("resolvedAt"), keyOf("closedAt")])
      .dateOrder ??
    undefined;
  const schema = ticketRecordSchema({ timeZone: options.timeZone, dateOrder });
  const tickets: TicketRecord[] = [];
  const issues: RowIssue[] = [];
  records.forEach((record, i) => {
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      issues.push({ row: i + firstRow, field: "row", severity: "error", reason: "not an object" });
      return;
    }
    const input: Record<string, unknown> = {};
    for (const f of TICKET_FIELDS) {
      const key = keyOf(f);
      input[f] = key === undefined ? undefined : record[key];
    }
    const result = schema.safeParse(input);
    if (result.success) {
      tickets.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "row");
      const raw = input[field];
      const entry: RowIssue = {
        row: i + firstRow,
        field: columns[field as keyof ColumnMapping] ?? field,
        severity: "error",
        reason: issue.message,
      };
      if (raw !== undefined && raw !== null) entry.value = String(raw).slice(0, 80);
      issues.push(entry);
    }
  });
  return { tickets, issues };
}

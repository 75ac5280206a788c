import type { ColumnMapping, TicketField, UsedColumns } from "@tidemark/core";
import { CliError } from "./io.js";

/** The ticket fields `--column` can map, as core's {@link ColumnMapping} names them. */
export const FIELDS = [
  "id",
  "createdAt",
  "resolvedAt",
  "closedAt",
  "category",
  "channel",
  "priority",
  "team",
  "assignee",
  "inflowKind",
] as const satisfies readonly TicketField[];

/** The event log fields `--event-column` can map, as core's event columns name them. */
export const EVENT_FIELDS = ["ticketId", "at", "type"] as const;

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * The `--column FIELD=NAME` options (repeatable) as a {@link ColumnMapping};
 * an empty NAME says the file has no column for FIELD (`null`). Fields are
 * matched loosely (`created_at` is `createdAt`).
 *
 * @example
 * columnMapping(["id=Request ID", "team="]); // { id: "Request ID", team: null }
 */
export function columnMapping(values: readonly string[] | undefined): ColumnMapping | undefined {
  return fieldMapping("column", FIELDS, values, true) as ColumnMapping | undefined;
}

/**
 * The `--event-column FIELD=NAME` options (repeatable), FIELD one of
 * ticketId, at, type, as the event parser's `columns`.
 *
 * @example eventColumnMapping(["at=Timestamp"]); // { at: "Timestamp" }
 */
export function eventColumnMapping(
  values: readonly string[] | undefined,
): Partial<Record<(typeof EVENT_FIELDS)[number], string>> | undefined {
  return fieldMapping("event-column", EVENT_FIELDS, values, false) as
    | Partial<Record<(typeof EVENT_FIELDS)[number], string>>
    | undefined;
}

function fieldMapping(
  option: string,
  fields: readonly string[],
  values: readonly string[] | undefined,
  mayBeEmpty: boolean,
): Record<string, string | null> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const mapping: Record<string, string | null> = {};
  for (const value of values) {
    const eq = value.indexOf("=");
    const field = fields.find((f) => key(f) === key(eq < 0 ? value : value.slice(0, eq)));
    const name = eq < 0 ? "" : unquote(value.slice(eq + 1).trim());
    if (eq < 0 || field === undefined || (name === "" && !mayBeEmpty)) {
      const example = option === "column" ? 'id="Request ID"' : 'at="Event Time"';
      throw new CliError(
        `--${option} takes FIELD=COLUMN, e.g. --${option} ${example}, with FIELD one of ${fields.join(", ")}; got --${option} ${value}.`,
      );
    }
    if (field in mapping) throw new CliError(`--${option} ${field} is given twice.`);
    mapping[field] = name === "" ? null : name;
  }
  return mapping;
}

/** `"Request ID"` or `'Request ID'` as `Request ID` (quotes that reached us through a script). */
function unquote(text: string): string {
  const q = text[0];
  return text.length >= 2 && (q === '"' || q === "'") && text.endsWith(q)
    ? text.slice(1, -1)
    : text;
}

/** Core's advice to map a column through its API (`columns.id`), said as the CLI option. */
export function columnAdvice(message: string): string {
  const ambiguous = ambiguousAdvice(message, "column");
  if (ambiguous !== null) return ambiguous;
  return message
    .replace(/columns\.(\w+)/g, '--column $1="…"')
    .replace(
      /options\.columns/g,
      message.includes("creation time") ? '--column createdAt="…"' : '--column id="…"',
    );
}

/** The same for the event log's columns (`columns.at` is `--event-column at="…"`). */
export function eventColumnAdvice(message: string): string {
  return (
    ambiguousAdvice(message, "event-column") ??
    message.replace(/columns\.(\w+)/g, '--event-column $1="…"')
  );
}

/** What each field holds, in words, for messages. */
const FIELD_WORDS: Record<string, string> = {
  id: "the ticket id",
  createdAt: "the creation time",
  resolvedAt: "the resolution time",
  closedAt: "the close time",
  category: "the category",
  channel: "the channel",
  priority: "the priority",
  team: "the team",
  assignee: "the assignee",
  inflowKind: "the inflow kind",
  ticketId: "the event's ticket id",
  at: "the event time",
  type: "the event type",
};

const AMBIGUOUS = /^(Columns .*) could each be the one to read for columns\.(\w+): (rename|set) /;

/**
 * Core's `ambiguous-column` message (two columns a field could be read from)
 * said with what the field holds and the option that picks one; `null` for
 * any other message. Two columns of the very same name cannot be told apart
 * by name, so for them the advice stays to rename one.
 */
function ambiguousAdvice(message: string, option: string): string | null {
  const m = AMBIGUOUS.exec(message);
  if (m === null) return null;
  const [, columns, field = "", fix] = m;
  const start = `${columns} could each be the one to read for ${FIELD_WORDS[field] ?? field}`;
  return fix === "rename"
    ? `${start}: rename one of them in the file (--${option} cannot tell apart two columns of the same name).`
    : `${start}: pick one with --${option} ${field}="…", giving its exact name.`;
}

/** `--event-column` of a command's parsed options; it needs `--events`. */
export function eventColumnsOf(values: {
  events?: unknown;
  "event-column"?: unknown;
}): ReturnType<typeof eventColumnMapping> {
  const mapping = eventColumnMapping(values["event-column"] as string[] | undefined);
  if (mapping !== undefined && values.events === undefined)
    throw new CliError(
      "--event-column maps the columns of the event log: give it with --events FILE.",
    );
  return mapping;
}

/**
 * The stderr note for a ticket file read with neither a resolution nor a close
 * column (and no event log to solve its tickets): every ticket counts as open.
 * Nothing when the caller said there is no such column (`--column resolvedAt=`).
 */
export function noSolveColumnNote(
  file: string,
  used: UsedColumns,
  mapping: ColumnMapping | undefined,
): string {
  if (used.resolvedAt !== undefined || used.closedAt !== undefined) return "";
  if (mapping?.resolvedAt === null || mapping?.closedAt === null) return "";
  return (
    `tidemark: ${file}: no resolution or close column was found, so every ticket counts as open.\n` +
    "  If the file has one, name it: --column resolvedAt=NAME (or closedAt=NAME).\n"
  );
}

import type { ColumnMapping, TicketField } from "@tidemark/core";
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
  if (values === undefined || values.length === 0) return undefined;
  const mapping: ColumnMapping = {};
  for (const value of values) {
    const eq = value.indexOf("=");
    const field = FIELDS.find((f) => key(f) === key(eq < 0 ? value : value.slice(0, eq)));
    if (eq < 0 || field === undefined) {
      throw new CliError(
        `--column takes FIELD=COLUMN, e.g. --column id="Request ID", with FIELD one of ${FIELDS.join(", ")}; got --column ${value}.`,
      );
    }
    if (field in mapping) throw new CliError(`--column ${field} is given twice.`);
    const name = unquote(value.slice(eq + 1).trim());
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
  return message
    .replace(/columns\.(\w+)/g, '--column $1="…"')
    .replace(
      /options\.columns/g,
      message.includes("creation time") ? '--column createdAt="…"' : '--column id="…"',
    );
}

import { TidemarkError } from "./errors.js";
import type { TicketLog } from "./types.js";

/** What a wrong argument is, in words: `null`, `a number`, `an array`… */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

/**
 * Throws `invalid-input` unless `log` has a ticket log's shape. Checks the
 * shape only, once per call, never the tickets (the parsers did that).
 */
export function checkTicketLog(log: unknown, fn: string): asserts log is TicketLog {
  const l = log as Partial<TicketLog> | null;
  if (
    l !== null &&
    typeof l === "object" &&
    typeof l.size === "number" &&
    l.createdAt instanceof Float64Array &&
    l.spells !== null &&
    typeof l.spells === "object"
  ) {
    return;
  }
  const parsed = l !== null && typeof l === "object" && "log" in l && "issues" in l;
  throw new TidemarkError(
    "invalid-input",
    `${fn} expects a TicketLog from parseTicketsCsv, parseTicketsJson or ticketsFromRecords (their result's .log)` +
      (parsed
        ? "; it was given the whole parse result: pass result.log."
        : `; it was given ${describeValue(log)}.`),
  );
}

/** Throws `invalid-input` unless `text` is a string. */
export function checkText(text: unknown, fn: string, what: string): asserts text is string {
  if (typeof text !== "string") {
    throw new TidemarkError(
      "invalid-input",
      `${fn} expects ${what} as a string; it was given ${describeValue(text)}.`,
    );
  }
}

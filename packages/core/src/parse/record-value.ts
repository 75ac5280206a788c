/**
 * How a value of a plain-object record becomes the text a ticket field is read
 * from: shared by {@link ticketsFromRecords} and the zod schema, so both accept
 * the same records.
 */

/** The ticket fields holding a time. */
export const TIME_FIELDS: ReadonlySet<string> = new Set(["createdAt", "resolvedAt", "closedAt"]);

/**
 * Why a record value cannot be read, or null. An object or array (a Date
 * aside) would read as "[object Object]" or "1,2"; a time given as a number
 * under 10^11 is 1970 as epoch milliseconds, so almost surely epoch seconds.
 */
export function recordValueProblem(value: unknown, isTime: boolean): string | null {
  if (value !== null && typeof value === "object" && !(value instanceof Date))
    return `is ${Array.isArray(value) ? "an array" : "an object"}, not a text or a number`;
  if (isTime && typeof value === "number" && Math.abs(value) < 1e11)
    return `${value} as epoch milliseconds is ${new Date(value).toISOString().slice(0, 10)}: epoch seconds? Give milliseconds (× 1000) or an ISO 8601 date`;
  return null;
}

/** A record value as text; a time given as epoch ms or a Date becomes an ISO string. */
export function recordValueText(value: unknown, isTime: boolean): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (typeof value === "number" && isTime) {
    return Number.isFinite(value) && Math.abs(value) <= 8.64e15
      ? new Date(Math.floor(value)).toISOString()
      : String(value);
  }
  return String(value);
}

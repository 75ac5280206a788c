/**
 * Core's advice to map a column through its API ("map it with
 * columns.createdAt", "set columns.resolvedAt to the exact name"), said as the
 * demo's column mapper: a support lead can use that, and an option name means
 * nothing to them.
 */
export function mapperAdvice(message: string): string {
  return message
    .replace(/, or map it with columns\.\w+\./, ", or pick it under “Map your columns” below.")
    .replace(
      /set columns\.\w+ to the exact name of the one to read\./,
      "pick the one to read under “Map your columns” below.",
    )
    .replace(/columns\.(\w+)/g, (_, field: string) => FIELD_WORDS[field] ?? field);
}

/** Core's field names as the mapper labels them. */
const FIELD_WORDS: Record<string, string> = {
  id: "the ticket id",
  createdAt: "the creation time",
  resolvedAt: "the resolution time",
  closedAt: "the close time",
};

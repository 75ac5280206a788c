import { TidemarkError } from "./errors.js";
import type { MetricsResult, TicketLog } from "./types.js";

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

/**
 * The names of an options type, each once: a `Record` of them, so the compiler
 * refuses a list that misses one or names one the type does not have.
 */
export type OptionNames<T> = Record<keyof T, true>;

/**
 * `options` itself when it is an object, `{}` when it is undefined; else throws
 * `invalid-input`. Given `names`, an option not among them throws
 * `invalid-option`: a misspelt one (`timezone` for `timeZone`) would otherwise
 * be ignored for its default, and give wrong numbers without a word.
 */
export function checkOptions<T extends object>(
  options: T | undefined,
  fn: string,
  names?: OptionNames<T>,
): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TidemarkError(
      "invalid-input",
      `${fn} expects its options as an object; it was given ${describeValue(options)}.`,
    );
  }
  if (names !== undefined) {
    for (const key of Object.keys(options)) {
      if (Object.hasOwn(names, key)) continue;
      const known = Object.keys(names);
      const near = nearestName(key, known);
      throw new TidemarkError(
        "invalid-option",
        `${fn} has no option ${JSON.stringify(key)}${near === null ? "." : `; did you mean ${near}?`} Its options: ${known.join(", ")}.`,
      );
    }
  }
  return options;
}

/** A value as it was given: text quoted (`"2"` reads as text, not as the number 2). */
export const shownValue = (value: unknown): string =>
  typeof value === "string" ? JSON.stringify(value) : String(value);

/**
 * The name among `names` that `name` most likely misspells, or null: within a
 * few edits, case and punctuation aside, or a part of it (`step` for
 * `stepDays`). The core's option checks and the CLI's flags use it.
 *
 * @example nearestName("timezone", ["timeZone", "bucket"]) // "timeZone"
 */
export function nearestName(name: string, names: readonly string[]): string | null {
  checkText(name, "nearestName", "the name");
  checkList(names, "nearestName", "the names to choose from");
  const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const wrong = plain(name);
  let best: string | null = null;
  let bestDistance = Math.max(3, Math.ceil(wrong.length / 3) + 1);
  for (const candidate of names) {
    if (typeof candidate !== "string") continue;
    const right = plain(candidate);
    // The same name but for case and punctuation is the nearest of all; a part
    // of the name (`step` for `stepDays`, `zone` for `timeZone`) is close too.
    const part = wrong.length >= 3 && (right.startsWith(wrong) || right.endsWith(wrong));
    const d = right === wrong ? 0 : part ? 1 : editDistance(wrong, right);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance: the fewest one-char insertions, deletions or changes from `a` to `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(change, (previous[j] as number) + 1, (row[j - 1] as number) + 1));
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/** Throws `invalid-input` unless `asOf` is epoch milliseconds. */
export function checkAsOf(asOf: unknown, fn: string): asserts asOf is number {
  if (typeof asOf === "number" && Number.isFinite(asOf)) return;
  throw new TidemarkError(
    "invalid-input",
    `${fn} needs options.asOf, the moment to look at (epoch ms, e.g. Date.parse("2024-04-01T00:00:00Z")); it was given ${describeValue(asOf)}.`,
  );
}

/** Throws `invalid-input` unless `result` is what computeMetrics returns. */
export function checkMetricsResult(result: unknown, fn: string): asserts result is MetricsResult {
  const r = result as Partial<MetricsResult> | null;
  if (r !== null && typeof r === "object" && Array.isArray(r.buckets)) return;
  throw new TidemarkError(
    "invalid-input",
    `${fn} expects the result of computeMetrics; it was given ${describeValue(result)}.`,
  );
}

/** Throws `invalid-input` unless `value` is an array or a typed array. */
export function checkList(value: unknown, fn: string, what: string): void {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return;
  throw new TidemarkError(
    "invalid-input",
    `${fn} expects ${what} as an array; it was given ${describeValue(value)}.`,
  );
}

/** Throws `invalid-input` unless `p` is a share from 0 to 1. */
export function checkShare(p: unknown, fn: string): asserts p is number {
  if (typeof p === "number" && p >= 0 && p <= 1) return;
  throw new TidemarkError(
    "invalid-input",
    `${fn} expects p from 0 to 1 (0.85 for the 85th percentile); it was given ${typeof p === "number" ? p : describeValue(p)}.`,
  );
}

/** Throws `invalid-input` unless `value` is undefined or epoch milliseconds. */
export function checkOptionalInstant(value: unknown, fn: string, name: string): void {
  if (value === undefined || (typeof value === "number" && !Number.isNaN(value))) return;
  throw new TidemarkError(
    "invalid-input",
    `${fn} expects ${name} as epoch milliseconds (e.g. result.range.from); it was given ${describeValue(value)}.`,
  );
}

/** Throws `invalid-input` unless `value` is a finite number of epoch milliseconds. */
export function checkInstant(value: unknown, fn: string, name: string): asserts value is number {
  if (typeof value === "number" && Number.isFinite(value)) return;
  throw new TidemarkError(
    "invalid-input",
    `${fn} expects ${name} as epoch milliseconds; it was given ${typeof value === "number" ? value : describeValue(value)}.`,
  );
}

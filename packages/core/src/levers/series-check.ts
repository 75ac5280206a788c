import { TidemarkError } from "../errors.js";
import { checkTicketLog, describeValue, shownValue } from "../input-checks.js";
import { formatDay, parseDay } from "../time/civil.js";
import { assertTimeZone } from "../time/zone.js";
import type { DailySeries } from "./series.js";

/** Throws `invalid-input` unless `input` is a TicketLog or a DailySeries. */
export function checkLogOrSeries(input: unknown, fn: string): void {
  const s = input as Partial<DailySeries> | null;
  if (
    s !== null &&
    typeof s === "object" &&
    !("spells" in s) &&
    (Array.isArray(s.inflow) || ArrayBuffer.isView(s.inflow))
  ) {
    checkSeriesValues(s, fn);
    return;
  }
  checkTicketLog(input, fn);
}

/**
 * Throws `invalid-input` unless a daily series' values can be one: counts that
 * are whole and not negative, three lists of one length, a first date, a zone
 * this runtime knows (`unknown-time-zone` otherwise, as everywhere), levels
 * that follow the bathtub equation. A
 * series built by hand is checked here, so a mistake is an error, not a NaN.
 */
function checkSeriesValues(s: Partial<DailySeries>, fn: string): void {
  const fail = (what: string): never => {
    throw new TidemarkError("invalid-input", `${fn} was given a DailySeries whose ${what}.`);
  };
  const isCount = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
  const n = (s.inflow as ArrayLike<unknown>).length;
  for (const key of ["inflow", "throughput", "backlog"] as const) {
    const list = s[key] as ArrayLike<unknown> | undefined;
    if (!(Array.isArray(list) || ArrayBuffer.isView(list)))
      fail(`${key} is ${describeValue(list)}, not a list of daily counts`);
    const values = list as ArrayLike<unknown>;
    if (values.length !== n) fail(`${key} has ${values.length} days and inflow ${n}`);
    for (let d = 0; d < n; d++)
      if (!isCount(values[d]))
        fail(`${key}[${d}] is ${valueInWords(values[d])}, not a count (a whole number ≥ 0)`);
  }
  if (!isCount(s.startBacklog))
    fail(`startBacklog is ${valueInWords(s.startBacklog)}, not a count`);
  if (n > 0 && (typeof s.firstDate !== "string" || Number.isNaN(parseDay(s.firstDate))))
    fail(`firstDate is ${valueInWords(s.firstDate)}, not a local date such as "2024-03-01"`);
  if (typeof s.timeZone !== "string")
    fail(`timeZone is ${describeValue(s.timeZone)}, not a zone name`);
  // Checked even when no call needs a clock: the series' days were cut in that zone.
  assertTimeZone(s.timeZone as string);
  checkBathtub(s as DailySeries, fail);
}

/**
 * Fails at the first day whose level is not the day before's (`startBacklog`
 * before day 0) plus its inflow minus its throughput. The forecast starts
 * from the last level and replays past flows, and the backtest scores fans
 * against the levels: a level that also moved by something else would make
 * both wrong without a word.
 */
function checkBathtub(s: DailySeries, fail: (what: string) => never): void {
  let level = s.startBacklog;
  for (let d = 0; d < s.inflow.length; d++) {
    const inflow = s.inflow[d] as number;
    const throughput = s.throughput[d] as number;
    const backlog = s.backlog[d] as number;
    const expected = level + inflow - throughput;
    if (backlog !== expected) {
      const before = d === 0 ? `startBacklog ${level}` : `backlog[${d - 1}] ${level}`;
      fail(
        `backlog[${d}] (${formatDay(parseDay(s.firstDate) + d)}) is ${backlog}, but ${before} + inflow[${d}] ${inflow} − throughput[${d}] ${throughput} = ${expected}: each day's level must be the day before's plus its inflow minus its throughput (the bathtub equation), as in the series dailySeries(log) builds`,
      );
    }
    level = backlog;
  }
}

/**
 * A value as given (`NaN`, `-1`, `"3"`, `null`), or its kind for an object
 * or array. JSON would print NaN and Infinity as null.
 */
function valueInWords(v: unknown): string {
  return v !== null && typeof v === "object" ? describeValue(v) : shownValue(v);
}

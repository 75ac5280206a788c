import type { BucketUnit } from "@tidemark/core";

/** The filterable attributes the demo offers. */
export const FILTER_NAMES = ["category", "channel", "team"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Everything a view depends on besides the data; all of it lives in the URL. */
export interface Settings {
  timeZone: string;
  bucket: BucketUnit;
  /** Healthy band in days of capacity. */
  bandLow: number;
  bandHigh: number;
  /** Local dates `YYYY-MM-DD`, inclusive; null = the data's extent. */
  from: string | null;
  to: string | null;
  /** Allowed values per attribute; an empty list = no filter. */
  filters: Record<FilterName, string[]>;
}

export const DEFAULT_BAND = { low: 0.5, high: 2 } as const;

export function defaultSettings(timeZone: string): Settings {
  return {
    timeZone,
    bucket: "week",
    bandLow: DEFAULT_BAND.low,
    bandHigh: DEFAULT_BAND.high,
    from: null,
    to: null,
    filters: { category: [], channel: [], team: [] },
  };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const BUCKETS: readonly BucketUnit[] = ["day", "week", "month"];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `YYYY-MM-DD` naming a day on the calendar: `2024-02-29` is one, `2023-02-29`, `2024-13-01` and `2024-04-00` are not. */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function number(text: string | null, fallback: number): number {
  if (text === null || text.trim() === "") return fallback;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * Reads settings from a query string, leniently: a missing or unreadable value
 * takes its default, so an edited or old link still opens. A date must be a
 * real calendar day (`from=2024-02-30` is unreadable); a range written
 * to-first (`from` after `to`) is read from-first, as the band is.
 * `?tz=Europe/Rome&bucket=day&low=0.5&high=2&from=2024-01-01&to=2024-03-31&team=L1&team=L2`
 */
export function settingsFromSearch(search: string, fallback: Settings): Settings {
  const q = new URLSearchParams(search);
  const tz = q.get("tz");
  const bucket = q.get("bucket") as BucketUnit | null;
  let bandLow = number(q.get("low"), fallback.bandLow);
  let bandHigh = number(q.get("high"), fallback.bandHigh);
  if (bandHigh < bandLow) [bandLow, bandHigh] = [bandHigh, bandLow];
  const fromText = q.get("from");
  const toText = q.get("to");
  let from = fromText && isCalendarDay(fromText) ? fromText : fallback.from;
  let to = toText && isCalendarDay(toText) ? toText : fallback.to;
  if (from && to && to < from) [from, to] = [to, from];
  const filters = { ...fallback.filters };
  for (const name of FILTER_NAMES)
    if (q.has(name)) filters[name] = q.getAll(name).filter((v) => v !== "");
  return {
    timeZone: tz && isTimeZone(tz) ? tz : fallback.timeZone,
    bucket: bucket && BUCKETS.includes(bucket) ? bucket : fallback.bucket,
    bandLow,
    bandHigh,
    from,
    to,
    filters,
  };
}

/** Writes settings as a query string (keeps other parameters, such as `src`). */
export function settingsToSearch(settings: Settings, base = ""): string {
  const q = new URLSearchParams(base);
  for (const key of ["tz", "bucket", "low", "high", "from", "to", ...FILTER_NAMES]) q.delete(key);
  q.set("tz", settings.timeZone);
  q.set("bucket", settings.bucket);
  q.set("low", String(settings.bandLow));
  q.set("high", String(settings.bandHigh));
  if (settings.from) q.set("from", settings.from);
  if (settings.to) q.set("to", settings.to);
  for (const name of FILTER_NAMES) for (const v of settings.filters[name]) q.append(name, v);
  const text = q.toString();
  return text ? `?${text}` : "";
}

import { shownBandLimits } from "./band-limits.js";

/**
 * Number and date formatting through `Intl`, with an explicit locale so the
 * server and the browser print the same characters (no hydration mismatch).
 */
export interface LocaleOptions {
  /** BCP 47 locale for numbers and dates. Default `"en-US"`. */
  locale?: string;
  /** IANA zone for instants (epoch ms). Default: the result's zone, else `"UTC"`. */
  timeZone?: string;
}

/** The formatters a chart uses. Each returns `"–"` for a missing value. */
export interface Formatter {
  locale: string;
  timeZone: string;
  /** A count: `1,234`. */
  count(value: number | null | undefined): string;
  /** A signed count: `+12`, `−3`, `0`. */
  signed(value: number | null | undefined): string;
  /** A large count, short: `1.7M`, `433K` (for tight spots; tables keep the full figure). */
  compact(value: number | null | undefined): string;
  /** A decimal with at most one fraction digit: `2.5`. */
  decimal(value: number | null | undefined): string;
  /**
   * A healthy-band limit in tickets: one fraction digit under 10, where rounding
   * to whole tickets would blur a small band (`1.3`, `5`), else a count (`1,234`).
   */
  bandLimit(value: number | null | undefined): string;
  /**
   * A healthy band's two limits, as every chart writes them: as
   * {@link Formatter.bandLimit}, but rounded into the band (core's
   * `shownBandLimits`), so a backlog of whole tickets reads against them as its
   * status says (5 is above a high edge of 4.96, written `4.9`).
   */
  bandLimits(low: number | null | undefined, high: number | null | undefined): [string, string];
  /** A share in [0, 1] as a percentage: `12%`. */
  percent(value: number | null | undefined): string;
  /** A duration in hours, in hours under two days, else in days: `5.5 hours`, `3.2 days`. */
  hours(value: number | null | undefined): string;
  /** Short form of {@link Formatter.hours} for axes: `5.5 h`, `3.2 d`. */
  hoursShort(value: number | null | undefined): string;
  /** A local date `YYYY-MM-DD` (zone-free): `Mar 31, 2024`. */
  day(value: string): string;
  /** A local date, short, for axes: `Mar 31` or `Mar 2024`. */
  dayShort(value: string, withYear?: boolean): string;
  /** An instant (epoch ms) as a date in the time zone. */
  instant(value: number): string;
}

export const MISSING = "–";

const isNumber = (v: number | null | undefined): v is number =>
  typeof v === "number" && Number.isFinite(v);

function dayToUtc(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

function safeLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : "en-US";
  } catch {
    return "en-US";
  }
}

/**
 * Builds the formatters for a locale and a time zone. Unknown locales fall back
 * to `en-US`, unknown zones to `UTC`, so a bad prop never throws.
 *
 * @example createFormatter({ locale: "de-DE" }).count(1234) // "1.234"
 */
export function createFormatter(options: LocaleOptions = {}): Formatter {
  const key = `${options.locale ?? "en-US"}|${options.timeZone ?? "UTC"}`;
  let cached = cache.get(key);
  if (!cached) {
    cached = buildFormatter(options.locale ?? "en-US", options.timeZone ?? "UTC");
    if (cache.size > 32) cache.clear();
    cache.set(key, cached);
  }
  return cached;
}

const cache = new Map<string, Formatter>();

function buildFormatter(localeOption: string, timeZoneOption: string): Formatter {
  const locale = safeLocale(localeOption);
  const timeZone = safeZone(timeZoneOption);
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  });
  const dec = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const short = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const unit = (u: string, display: "long" | "narrow") =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit: u,
      unitDisplay: display,
      maximumFractionDigits: 1,
    });
  const hourLong = unit("hour", "long");
  const dayLong = unit("day", "long");
  const hourShort = unit("hour", "narrow");
  const dayShortUnit = unit("day", "narrow");
  const dayFull = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    year: "numeric",
    month: "short",
    day: "numeric",
  });
  const dayMonth = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
  });
  const monthYear = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    year: "numeric",
    month: "short",
  });
  const inst = new Intl.DateTimeFormat(locale, {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
  });
  const duration = (v: number, h: Intl.NumberFormat, d: Intl.NumberFormat) =>
    Math.abs(v) < 48 ? h.format(v) : d.format(v / 24);
  const bandLimit = (v: number | null | undefined) =>
    isNumber(v) ? (Math.abs(v) < 10 ? dec : int).format(v) : MISSING;
  const byDigits = new Map<number, Intl.NumberFormat>();
  const withDigits = (digits: number) => {
    let f = byDigits.get(digits);
    if (f === undefined) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      byDigits.set(digits, f);
    }
    return f;
  };
  return {
    locale,
    timeZone,
    count: (v) => (isNumber(v) ? int.format(v) : MISSING),
    // A minus sign (U+2212), not a hyphen, as the kit's words write it ("capacity −12%").
    signed: (v) => (isNumber(v) ? signed.format(v).replace("-", "\u2212") : MISSING),
    decimal: (v) => (isNumber(v) ? dec.format(v) : MISSING),
    bandLimit,
    bandLimits(low, high) {
      if (!isNumber(low) || !isNumber(high)) return [bandLimit(low), bandLimit(high)];
      const [lo, hi] = shownBandLimits(low, high);
      return [withDigits(lo.digits).format(lo.value), withDigits(hi.digits).format(hi.value)];
    },
    compact: (v) => (isNumber(v) ? short.format(v) : MISSING),
    percent: (v) => (isNumber(v) ? pct.format(v) : MISSING),
    hours: (v) => (isNumber(v) ? duration(v, hourLong, dayLong) : MISSING),
    hoursShort: (v) => (isNumber(v) ? duration(v, hourShort, dayShortUnit) : MISSING),
    day(value) {
      const t = dayToUtc(value);
      return t === null ? value : dayFull.format(t);
    },
    dayShort(value, withYear = false) {
      const t = dayToUtc(value);
      if (t === null) return value;
      return withYear ? monthYear.format(t) : dayMonth.format(t);
    },
    instant: (v) => (Number.isFinite(v) ? inst.format(v) : MISSING),
  };
}

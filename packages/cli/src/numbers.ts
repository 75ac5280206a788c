import { shownBandLimits } from "@tidemark/core";

/** Number formatting for reports: fixed rules, never `NaN`, never exponent notation. */

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** `12,345`. */
export const count = (n: number): string => grouped.format(n);

/** A decimal with at most `digits` fraction digits, trailing zeros dropped; `""` for null. */
export function decimal(n: number | null | undefined, digits = 3): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "";
  const text = n.toFixed(digits);
  const trimmed = text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  return trimmed === "-0" ? "0" : trimmed;
}

/**
 * A positive duration with `digits` fraction digits, or `<0.1` (for one digit)
 * when it would round to 0, so a short lead time is not shown as none.
 */
export function duration(n: number | null | undefined, digits = 1): string {
  const text = decimal(n, digits);
  if (text !== "0" || n === null || n === undefined || n <= 0) return text;
  return `<${(10 ** -digits).toFixed(digits)}`;
}

/**
 * A healthy band's limits in tickets as the React charts write them (core's
 * `shownBandLimits`): rounded into the band, so a whole backlog reads against
 * them as its status says; `""` for a band not known.
 */
export function bandLimits(low: number | null, high: number | null): string {
  if (low === null || high === null) return "";
  const [lo, hi] = shownBandLimits(low, high);
  return `${decimal(lo.value, lo.digits)}–${decimal(hi.value, hi.digits)}`;
}

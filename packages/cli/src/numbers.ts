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
 * A healthy-band limit in tickets, as the React charts show it: one fraction
 * digit under 10, else whole; rounded into the band (a low edge up, a high one
 * down), so a backlog of whole tickets reads against it as its status says.
 */
export function bandLimit(n: number | null | undefined, edge: "low" | "high"): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "";
  const step = Math.abs(n) < 10 ? 10 : 1;
  return decimal(intoBand(n, edge, step), 1);
}

function intoBand(v: number, edge: "low" | "high", step: number): number {
  // The step next to the one found is taken when it is still inside: 1.3 * 10
  // is 13.000000000000002, whose ceiling (1.4) would move a limit shown exactly.
  if (edge === "low") {
    const up = Math.ceil(v * step);
    return (up - 1) / step >= v ? (up - 1) / step : up / step;
  }
  const down = Math.floor(v * step);
  return (down + 1) / step <= v ? (down + 1) / step : down / step;
}

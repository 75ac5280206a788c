import { TidemarkError } from "../errors.js";
import { describeValue, shownValue } from "../input-checks.js";

/** Throws the invalid-option error every lever uses, with the fix in the message. */
export function failOption(option: string, message: string): never {
  throw new TidemarkError("invalid-option", `Invalid option ${option}: ${message}`);
}

export const isFiniteNumber = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v);

/** Ten years of days: the longest window or horizon a lever takes. */
export const MAX_DAYS = 3660;

/**
 * A whole number from `min` to `max`, or the default when left out
 * (undefined; null is an error, not a default); throws otherwise. The bound
 * keeps a typo (`1e9` days, runs) from allocating until the page dies.
 */
export function wholeOption(
  option: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = value === undefined ? fallback : value;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    failOption(
      option,
      `${shownValue(v)} must be a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}${typeof v === "number" ? "" : `, not ${describeValue(v)}`}.`,
    );
  }
  return v;
}

/** A number in [0, 1] for a share, or the default when left out; throws otherwise. */
export function shareOption(option: string, value: unknown, fallback: number): number {
  const v = value === undefined ? fallback : value;
  if (!isFiniteNumber(v) || v < 0 || v > 1) {
    failOption(
      option,
      `${shownValue(v)} must be a share from 0 to 1, e.g. 0.2 for 20%${typeof v === "number" ? "" : `, not ${describeValue(v)}`}.`,
    );
  }
  return v;
}

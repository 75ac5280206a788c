import { expect } from "vitest";
import { TidemarkError } from "../src/index.js";

/** The TidemarkError that `fn` throws; fails the test when it throws nothing or something else. */
export function caughtError(fn: () => unknown): TidemarkError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TidemarkError);
    return e as TidemarkError;
  }
  throw new Error("expected a TidemarkError");
}

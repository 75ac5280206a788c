import type { DateOrder } from "@tidemark/core";
import { choice } from "./args.js";

/** `--date-order dmy|mdy`, or undefined to have each file decide. */
export function dateOrderOf(value: unknown): DateOrder | undefined {
  return value === undefined
    ? undefined
    : choice("date-order", value, ["dmy", "mdy"] as const, "mdy");
}

/** The stderr note for a file whose slash dates were read month-first for want of a clue. */
export function guessedOrderNote(file: string): string {
  return (
    `tidemark: ${file}: slash dates read month-first (12/31/2024): no part above 12 in the first 1,000 rows told their order.\n` +
    "  If they are day-first (31/12/2024), give --date-order dmy.\n"
  );
}

import { TidemarkError } from "../errors.js";
import { type DateOrder, detectDateOrder } from "../time/timestamp.js";

/** How the slash dates of a set of records are read. */
export interface RecordsDateOrder {
  /** The order decided (given or detected); null when the records hold no slash date to tell. */
  dateOrder: DateOrder | null;
  /** True when there are slash dates but none tells the order, so month-first is assumed. */
  guessed: boolean;
}

/**
 * Decides once for all `records` how their slash dates read: `given` when
 * set, else what the text times of fields `keys` in the first 1,000 records
 * show (`13/01/2024` is day-first), else month-first. Throws
 * `ambiguous-date-order` when some are day-first and others month-first.
 */
export function recordsDateOrder(
  records: readonly unknown[],
  keys: readonly (string | undefined)[],
  given?: DateOrder,
): RecordsDateOrder {
  const samples: string[] = [];
  for (const r of records.slice(0, 1000) as Record<string, unknown>[]) {
    for (const key of keys) {
      const v = key !== undefined && r && typeof r === "object" ? r[key] : undefined;
      if (typeof v === "string") samples.push(v);
    }
  }
  const detected = given ?? detectDateOrder(samples);
  if (detected === "conflict") {
    throw new TidemarkError(
      "ambiguous-date-order",
      "Slash dates in these records are both day-first and month-first; set dateOrder.",
    );
  }
  const hasSlash = samples.some((v) => v.includes("/"));
  return {
    dateOrder: detected ?? (hasSlash ? "mdy" : null),
    guessed: detected === null && hasSlash,
  };
}

import { useMemo } from "react";
import type { ParsedTickets } from "../data/protocol";
import { localDate } from "../format";

/** The first and last local dates of the data, in the chosen zone. */
export function useDataDays(
  data: ParsedTickets | null,
  timeZone: string,
): { first: string; last: string } | null {
  return useMemo(() => {
    const extent = data?.extent ?? null;
    return extent
      ? { first: localDate(extent.first, timeZone), last: localDate(extent.last, timeZone) }
      : null;
  }, [data, timeZone]);
}

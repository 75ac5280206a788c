/** Local dates `YYYY-MM-DD`, inclusive. */
export interface DayRange {
  from: string;
  to: string;
}

/** What {@link viewRange} gives: the days in view, and whether any of the data's days is one. */
export interface ViewRangeResult extends DayRange {
  holdsData: boolean;
}

/**
 * The days a view covers, filled in as the core fills in `computeMetrics`' range:
 * a missing `from` is the data's first day, or `to` when that is earlier; a
 * missing `to` is the data's last day, or `from` when that is later. So the
 * range never runs backwards, even when the chosen days lie outside the data.
 * Expects `from` ≤ `to` when both are set (`settingsFromSearch` sees to it).
 * Null while there are no data days and no chosen ones.
 *
 * @example viewRange({ from: "2030-01-01", to: null }, { first: "2024-01-01", last: "2024-06-30" })
 * // { from: "2030-01-01", to: "2030-01-01", holdsData: false }
 */
export function viewRange(
  chosen: { from: string | null; to: string | null },
  data: { first: string; last: string } | null,
): ViewRangeResult | null {
  const from = chosen.from ?? minDay(data?.first, chosen.to);
  const to = chosen.to ?? maxDay(data?.last, from);
  if (!from || !to) return null;
  const holdsData = data !== null && from <= data.last && to >= data.first;
  return { from, to, holdsData };
}

const minDay = (a: string | undefined, b: string | null) => (a && b ? (b < a ? b : a) : (a ?? b));
const maxDay = (a: string | undefined, b: string | null) => (a && b ? (b > a ? b : a) : (a ?? b));

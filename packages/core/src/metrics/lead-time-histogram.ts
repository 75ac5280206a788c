import { TidemarkError } from "../errors.js";
import { checkList } from "../input-checks.js";

/** One bin of a lead-time histogram: tickets with lead time in `[fromHours, toHours)`. */
export interface LeadTimeBin {
  fromHours: number;
  /** `null` for the last, open-ended bin. */
  toHours: number | null;
  count: number;
}

/** Bin edges that read well for support work: 1 h, 4 h, 8 h, 1 d, 2 d, 1 w, 2 w, 30 d, 90 d. */
export const LEAD_TIME_BIN_EDGES_HOURS: readonly number[] = [1, 4, 8, 24, 48, 168, 336, 720, 2160];

/**
 * Counts lead times (hours, e.g. `leadTimePoints(…).hours`) into bins
 * `[0, e1), [e1, e2), …, [eN, ∞)`. Values that are not finite numbers ≥ 0 are
 * not counted. No values give every count 0.
 *
 * @example leadTimeHistogram([0.5, 3, 30]) // [{ fromHours: 0, toHours: 1, count: 1 }, { fromHours: 1, toHours: 4, count: 1 }, …]
 */
export function leadTimeHistogram(
  hours: ArrayLike<number>,
  edgesHours: readonly number[] = LEAD_TIME_BIN_EDGES_HOURS,
): LeadTimeBin[] {
  checkList(hours, "leadTimeHistogram", "lead times in hours");
  checkList(edgesHours, "leadTimeHistogram", "bin edges in hours");
  for (let i = 0; i < edgesHours.length; i++) {
    const e = edgesHours[i];
    if (!Number.isFinite(e) || e <= 0 || (i > 0 && e <= edgesHours[i - 1])) {
      throw new TidemarkError(
        "invalid-option",
        `Invalid bin edges [${edgesHours.join(", ")}]: use increasing hours above 0, e.g. [1, 4, 24].`,
      );
    }
  }
  const edges = [0, ...edgesHours];
  const counts = new Array<number>(edges.length).fill(0);
  for (let i = 0; i < hours.length; i++) {
    const h = hours[i];
    if (!Number.isFinite(h) || h < 0) continue;
    let k = edges.length - 1;
    while (k > 0 && h < edges[k]) k--;
    counts[k]++;
  }
  return edges.map((from, k) => ({
    fromHours: from,
    toHours: edges[k + 1] ?? null,
    count: counts[k],
  }));
}

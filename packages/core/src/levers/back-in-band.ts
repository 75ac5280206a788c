import { formatDay } from "../time/civil.js";
import type { BackInBand } from "./forecast-types.js";

/**
 * When the runs get back into `[low, high]`: for each run its first day inside
 * the band; the dates by which 10%, 50% and 90% of runs have been inside
 * (nearest rank, so each is a real day). A run that never gets back counts as
 * beyond the horizon.
 */
export function backInBand(
  paths: Float64Array,
  runs: number,
  horizon: number,
  firstDay: number,
  startLevel: number,
  low: number,
  high: number,
): BackInBand {
  if (startLevel >= low && startLevel <= high) {
    return {
      status: "in-band",
      share: 1,
      earliest: null,
      likely: null,
      latest: null,
      message: "in the band now",
    };
  }
  const firstIn = new Int32Array(runs).fill(horizon);
  let reached = 0;
  for (let r = 0; r < runs; r++) {
    for (let t = 0; t < horizon; t++) {
      const v = paths[r * horizon + t] as number;
      if (v >= low && v <= high) {
        firstIn[r] = t;
        reached++;
        break;
      }
    }
  }
  firstIn.sort();
  const at = (p: number): string | null => {
    const t = firstIn[Math.max(0, Math.ceil(p * runs) - 1)] as number;
    return t < horizon ? formatDay(firstDay + t) : null;
  };
  const share = reached / runs;
  const earliest = at(0.1);
  const likely = at(0.5);
  const latest = at(0.9);
  const days = `${horizon} day${horizon === 1 ? "" : "s"}`;
  // Shares are rounded down (497 of 1000 getting back must not read as half),
  // from whole counts: (1 - 0.55) * 100 is 44.99999999999999.
  const percentOf = (count: number) => Math.floor((count * 100) / runs);
  if (likely === null) {
    return {
      status: "not-within",
      share,
      earliest,
      likely,
      latest,
      message: `not within ${days} (${percentOf(reached)}% of runs get back)`,
    };
  }
  const message =
    latest === null
      ? `back in the band from ${earliest} (half the runs by ${likely}; ${percentOf(runs - reached)}% of runs not within ${days})`
      : `back in the band between ${earliest} and ${latest} (half the runs by ${likely})`;
  return { status: "returns", share, earliest, likely, latest, message };
}

import type { ResolvedForecastOptions } from "./forecast-options.js";
import type { ForecastRefusal } from "./forecast-types.js";
import type { HistoryCheck } from "./history.js";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Whether a forecast should be refused, and why. The rules, in order:
 * fewer than `minHistoryDays` days of history; no solve in the capacity
 * window (no capacity, so no band and no drain to replay); weekly inflow or
 * throughput with a coefficient of variation above `maxWeeklyCv` (weeks so
 * uneven that a replay of them says little about the next ones).
 */
export function refusal(
  check: HistoryCheck,
  capacity: number | null,
  opts: ResolvedForecastOptions,
  firstDate: string,
): ForecastRefusal | null {
  const refuse = (status: ForecastRefusal["status"], explanation: string): ForecastRefusal => ({
    status,
    explanation,
    firstDate,
    history: check,
  });
  if (check.days < opts.minHistoryDays) {
    return refuse(
      "insufficient-history",
      `Only ${check.days} day${check.days === 1 ? "" : "s"} of history before ${firstDate || "the forecast"}; a forecast needs at least ${opts.minHistoryDays} (several of each weekday).`,
    );
  }
  if (!capacity) {
    return refuse(
      "insufficient-history",
      `No ticket was solved in the last ${opts.capacityWindowDays} days, so there is no capacity to size the band or to drain the backlog.`,
    );
  }
  const swings: string[] = [];
  if (check.weeklyInflowCv !== null && check.weeklyInflowCv > opts.maxWeeklyCv)
    swings.push(`inflow varied by ${pct(check.weeklyInflowCv)}`);
  if (check.weeklyThroughputCv !== null && check.weeklyThroughputCv > opts.maxWeeklyCv)
    swings.push(`throughput varied by ${pct(check.weeklyThroughputCv)}`);
  if (swings.length > 0) {
    return refuse(
      "unstable",
      `Over the last ${check.weeks} weeks, weekly ${swings.join(" and weekly ")} of its mean (standard deviation; the limit is ${pct(opts.maxWeeklyCv)}): weeks this uneven say little about the next ones. Forecast again when the weeks settle.`,
    );
  }
  return null;
}

/**
 * Stories only: the lever components' data props, from @tidemark/core run on
 * the story's generated data set (never real data) with its options.
 */
import {
  type DailySeries,
  dailySeries,
  type ForecastResult,
  forecastBacklog,
  type InflowAuditResult,
  inflowAudit,
} from "@tidemark/core";
import type { StoryControls } from "./controls.js";
import { storyLog } from "./datasets.js";
import type { DataOf } from "./render.js";

const cache = new Map<string, unknown>();
function cached<T>(key: unknown[], make: () => T): T {
  const k = JSON.stringify(key);
  if (!cache.has(k)) {
    if (cache.size > 64) cache.clear();
    cache.set(k, make());
  }
  return cache.get(k) as T;
}

/** Controls of the forecast stories: a stricter stability limit shows the "unstable" refusal. */
export interface ForecastControls extends StoryControls {
  maxWeeklyCv?: number;
}

/** `forecast` and `history`: `forecastBacklog` and `dailySeries` of the data set. */
export const forecastData: DataOf = (args) => {
  const a = args as ForecastControls;
  const band = { low: a.bandLow, high: Math.max(a.bandLow, a.bandHigh) };
  return cached(["forecast", a.dataset, a.timeZone, band, a.maxWeeklyCv], () => {
    const log = storyLog(a.dataset);
    const forecast: ForecastResult = forecastBacklog(log, {
      timeZone: a.timeZone,
      band,
      runs: 500,
      ...(a.maxWeeklyCv ? { maxWeeklyCv: a.maxWeeklyCv } : {}),
    });
    const history: DailySeries = dailySeries(log, { timeZone: a.timeZone });
    return { forecast, history };
  });
};

/** The audit of the data set's last 28 days. */
export const storyAudit = (args: StoryControls): InflowAuditResult =>
  cached(["audit", args.dataset, args.timeZone], () =>
    inflowAudit(storyLog(args.dataset), { timeZone: args.timeZone }),
  );

/** `audit`: `inflowAudit` of the data set. */
export const auditData: DataOf = (args) => ({ audit: storyAudit(args) });

/** `candidates`: the audit's automation candidates. */
export const candidatesData: DataOf = (args) => ({ candidates: storyAudit(args).automation });

/** `log` and `band`: what the what-if panel replays. */
export const whatIfData: DataOf = (args) => ({
  log: storyLog(args.dataset),
  band: { low: args.bandLow, high: Math.max(args.bandLow, args.bandHigh) },
  runs: 300,
});

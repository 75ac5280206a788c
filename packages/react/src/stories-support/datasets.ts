/**
 * Stories only: the named data sets a story can show, and their metrics computed
 * by @tidemark/core with the story's options. Logs are generated once per page
 * and cached; metrics are cached per option set.
 */
import {
  type BucketUnit,
  computeMetrics,
  filterLog,
  generateSampleTickets,
  type MetricsResult,
  type TicketLog,
  ticketsFromRecords,
} from "@tidemark/core";
import { cityBurst, issueTracker, LONG_CATEGORIES, serviceDesk } from "./profiles.js";
import { scaleCounts } from "./scale.js";
import { simulateDesk } from "./simulate.js";

/** What each data set is, in a designer's words (the `dataset` control's labels). */
export const DATASETS = {
  healthy: "Service desk: healthy, inside the band",
  rising: "Service desk: inflow outgrows the team, backlog rises above the band",
  draining:
    "Service desk: short-staffed, the backlog piles up above the band; then the full team drains it below the band as inflow falls away",
  longNames: "Service desk, one category with a long name",
  longCategories: "Service desk where every category has a long name",
  cityBurst: "City 311 line: a storm triples requests for three days",
  tracker: "Issue tracker: two years, a long open tail",
  sample: "@tidemark/core's seeded sample helpdesk (generateSampleTickets)",
  huge: "Service desk at 25,000× scale (huge numbers)",
  twoWeeks: "Two weeks of @tidemark/core's sample helpdesk: too little history to forecast",
  empty: "Empty log: no tickets at all",
} as const;

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

const HUGE_FACTOR = 25_000;

const logs = new Map<DatasetName, TicketLog>();

/** The ticket log of a data set (generated on first use). */
export function storyLog(name: DatasetName): TicketLog {
  let log = logs.get(name);
  if (!log) {
    log = makeLog(name);
    logs.set(name, log);
  }
  return log;
}

function makeLog(name: DatasetName): TicketLog {
  switch (name) {
    case "rising":
    case "draining":
      return simulateDesk(serviceDesk(name));
    case "longNames":
      return filterLog(simulateDesk(serviceDesk("healthy", { longNames: true })), {
        category: [LONG_CATEGORIES[1] as string],
      });
    case "longCategories":
      return simulateDesk(serviceDesk("healthy", { longNames: true }));
    case "cityBurst":
      return simulateDesk(cityBurst());
    case "tracker":
      return simulateDesk(issueTracker());
    case "sample":
      return ticketsFromRecords(generateSampleTickets({ seed: 1, tickets: 6000, days: 126 })).log;
    case "twoWeeks":
      return ticketsFromRecords(generateSampleTickets({ seed: 1, tickets: 700, days: 14 })).log;
    case "empty":
      return ticketsFromRecords([]).log;
    default:
      return simulateDesk(serviceDesk("healthy"));
  }
}

/** The options a story can change live. */
export interface StoryMetricsOptions {
  timeZone?: string;
  bucket?: BucketUnit;
  bandLow?: number;
  bandHigh?: number;
  /** First and last local dates `YYYY-MM-DD` (both or neither). */
  from?: string;
  to?: string;
}

const results = new Map<string, MetricsResult>();

/** `computeMetrics` of a data set with a story's options (cached). */
export function storyMetrics(name: DatasetName, options: StoryMetricsOptions = {}): MetricsResult {
  const low = options.bandLow ?? 0.5;
  const high = Math.max(low, options.bandHigh ?? 2);
  const key = JSON.stringify([
    name,
    options.timeZone,
    options.bucket,
    low,
    high,
    options.from,
    options.to,
  ]);
  let result = results.get(key);
  if (!result) {
    result = computeMetrics(storyLog(name), {
      timeZone: options.timeZone ?? "UTC",
      bucket: options.bucket ?? "day",
      band: { low, high },
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    });
    if (name === "huge") result = scaleCounts(result, HUGE_FACTOR);
    if (results.size > 64) results.clear();
    results.set(key, result);
  }
  return result;
}

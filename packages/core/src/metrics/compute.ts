import { TidemarkError } from "../errors.js";
import { checkTicketLog } from "../input-checks.js";
import { formatDay } from "../time/civil.js";
import { makeGrid, type TimeGrid } from "../time/grid.js";
import {
  type BandStatus,
  type BucketMetrics,
  INFLOW_KINDS,
  type InflowKind,
  type InflowMix,
  METRICS_SCHEMA_VERSION,
  type MetricsResult,
  type TicketLog,
} from "../types.js";
import { agingOfSpells } from "./aging.js";
import { bandEdge } from "./band-edge.js";

import { durationsByBucket } from "./durations.js";
import { dataExtent } from "./extent.js";
import { dailyFlow } from "./flow.js";
import { type MetricsOptions, type ResolvedOptions, resolveOptions } from "./options.js";

export { dataExtent };

/**
 * Every bathtub metric of a ticket log, per bucket (see the metric definitions
 * in the docs). The result is plain data; it never holds NaN: a value that does
 * not exist is `null`. A range outside the data gives real days (the tickets
 * still open, no arrivals). An empty log without `from`/`to` gives no buckets,
 * and `aging.asOf` is then the `asOf` option or 0, meaning no moment.
 *
 * @example
 * const m = computeMetrics(log, { timeZone: "Europe/Paris", bucket: "week" });
 * m.buckets[0].backlog; // tickets open at the end of the first week
 */
export function computeMetrics(log: TicketLog, options: MetricsOptions = {}): MetricsResult {
  checkTicketLog(log, "computeMetrics");
  const opts = resolveOptions(options);
  const extent = dataExtent(log);
  const clock = opts.clock;
  const firstDataDay = extent ? clock.localDay(extent.first) : null;
  const lastDataDay = extent ? clock.localDay(extent.last) : null;
  const firstSolveDay = extent?.firstSolve != null ? clock.localDay(extent.firstSolve) : null;
  // A missing end never comes before the given start, nor a missing start after
  // the given end: a range outside the data is real days with what was open then.
  const fromDay = opts.fromDay ?? minDay(firstDataDay, opts.toDay);
  const lastDay = opts.toDay ?? maxDay(lastDataDay, fromDay);
  if (fromDay === null || lastDay === null) return emptyResult(log, opts);
  checkRangeLength(fromDay, lastDay, opts.fromDay !== null || opts.toDay !== null);

  const grid = makeGrid(clock, fromDay, lastDay + 1, opts.bucket, opts.weekStartsOn);
  const history = opts.capacityWindowDays - 1;
  const days = makeGrid(clock, grid.firstDay - history, grid.firstDay + grid.dayCount, "day", 1);
  const asOf = opts.asOf ?? defaultAsOf(days, grid.firstDay, lastDataDay);
  const flow = dailyFlow(log, days, history, {
    openAt: asOf,
  });
  // A log without event histories has one spell per ticket, ending at its final
  // solve: the flow pass has found those days already.
  const known =
    log.spells.end === log.finalSolvedAt
      ? { slots: flow.solveSlot, shift: flow.slotShift }
      : undefined;
  const lead = durationsByBucket(log.createdAt, log.finalSolvedAt, grid, known);
  const first =
    log.firstSolvedAt === log.finalSolvedAt
      ? lead
      : durationsByBucket(log.createdAt, log.firstSolvedAt, grid);

  // Capacity counts the days from the first ticket's on, so a window reaching
  // before the log begins is not diluted by days with no data. Days after the
  // last event are real days on which nothing was solved, as their throughput
  // says, so they count (and capacity falls).
  const solvedSum = new Float64Array(days.dayCount + 1);
  const observedSum = new Int32Array(days.dayCount + 1);
  for (let d = 0; d < days.dayCount; d++) {
    const day = days.firstDay + d;
    const observed = firstDataDay !== null && day >= firstDataDay;
    solvedSum[d + 1] = solvedSum[d] + flow.solved[d];
    observedSum[d + 1] = observedSum[d] + (observed ? 1 : 0);
  }

  /** The day index (in `days`) after the data's last day. */
  const dataEnd = lastDataDay === null ? -1 : lastDataDay - days.firstDay + 1;
  const buckets: BucketMetrics[] = [];
  for (let b = 0; b < grid.bucketCount; b++) {
    const d0 = history + grid.bucketFirstDay[b];
    const d1 = history + grid.bucketFirstDay[b + 1];
    let created = 0;
    let reopened = 0;
    let throughput = 0;
    let peakBacklog = 0;
    for (let d = d0; d < d1; d++) {
      created += flow.created[d];
      reopened += flow.reopened[d];
      throughput += flow.solved[d];
      peakBacklog = Math.max(peakBacklog, flow.peak[d]);
    }
    // A bucket holding the data's last day ends its window there: a partial
    // last week or month is measured on the days before the data ends, as a
    // day bucket would be, not on the few days of it the data covers.
    const w1 = dataEnd > d0 && dataEnd < d1 ? dataEnd : d1;
    const w0 = w1 - opts.capacityWindowDays;
    const observed = observedSum[w1] - observedSum[w0];
    // Before the log's first solve, capacity is not known (a log without
    // resolutions, or the first days of one), not zero: no band, no status.
    const solving = firstSolveDay !== null && days.firstDay + w1 - 1 >= firstSolveDay;
    const capacity = observed > 0 && solving ? (solvedSum[w1] - solvedSum[w0]) / observed : null;
    const backlog = flow.level[d1 - 1];
    const inflow = created + reopened;
    const bandLow = capacity === null ? null : bandEdge(opts.band.low, capacity);
    const bandHigh = capacity === null ? null : bandEdge(opts.band.high, capacity);
    buckets.push({
      start: formatDay(days.firstDay + d0),
      startMs: days.dayStarts[d0],
      endMs: days.dayStarts[d1],
      created,
      reopened,
      inflow,
      throughput,
      netFlow: inflow - throughput,
      backlog,
      peakBacklog,
      leadTime: lead.perBucket[b] ?? null,
      firstResolution: first.perBucket[b] ?? null,
      capacity,
      backlogDays: capacity ? backlog / capacity : null,
      bandLow,
      bandHigh,
      status: statusOf(backlog, bandLow, bandHigh),
    });
  }

  const range = rangeOf(grid, days, history);
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    timeZone: opts.timeZone,
    bucket: opts.bucket,
    weekStartsOn: opts.weekStartsOn,
    range,
    band: { lowDays: opts.band.low, highDays: opts.band.high },
    capacityWindowDays: opts.capacityWindowDays,
    startBacklog: flow.startLevel,
    buckets,
    totals: {
      created: sum(buckets, "created"),
      reopened: sum(buckets, "reopened"),
      inflow: sum(buckets, "inflow"),
      throughput: sum(buckets, "throughput"),
      leadTime: lead.total,
      firstResolution: first.total,
    },
    inflowMix: inflowMix(flow.openedByKind),
    aging: agingOfSpells(log, flow.openAt, {
      asOf,
      thresholdsDays: opts.agingThresholdsDays,
    }),
  };
}

/**
 * The end of the data's last local day, or the range's end when that is earlier
 * or the data ends before the range: aging then counts exactly the tickets of
 * that day's end-of-day backlog.
 */
function defaultAsOf(days: TimeGrid, rangeFirstDay: number, lastDataDay: number | null): number {
  const last =
    lastDataDay === null || lastDataDay < rangeFirstDay
      ? days.dayCount
      : lastDataDay - days.firstDay + 1;
  return days.dayStarts[Math.min(days.dayCount, last)];
}

function minDay(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxDay(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function statusOf(backlog: number, low: number | null, high: number | null): BandStatus | null {
  if (low === null || high === null) return null;
  return backlog < low ? "below" : backlog > high ? "above" : "healthy";
}

function sum(
  buckets: BucketMetrics[],
  key: "created" | "reopened" | "inflow" | "throughput",
): number {
  let total = 0;
  for (const b of buckets) total += b[key];
  return total;
}

function rangeOf(grid: TimeGrid, days: TimeGrid, history: number): MetricsResult["range"] {
  return {
    from: days.dayStarts[history],
    to: days.dayStarts[days.dayCount],
    firstDate: formatDay(grid.firstDay),
    lastDate: formatDay(grid.firstDay + grid.dayCount - 1),
  };
}

/** The inflow mix from the range's openings by kind (counted by the flow pass). */
function inflowMix(openedByKind: Int32Array): InflowMix {
  let total = 0;
  const byKind = {} as Record<InflowKind, number>;
  INFLOW_KINDS.forEach((kind, i) => {
    byKind[kind] = openedByKind[i];
    total += openedByKind[i];
  });
  return { byKind, total, avoidableShare: total > 0 ? (total - byKind.new) / total : null };
}

function emptyResult(log: TicketLog, opts: ResolvedOptions): MetricsResult {
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    timeZone: opts.timeZone,
    bucket: opts.bucket,
    weekStartsOn: opts.weekStartsOn,
    range: { from: 0, to: 0, firstDate: "", lastDate: "" },
    band: { lowDays: opts.band.low, highDays: opts.band.high },
    capacityWindowDays: opts.capacityWindowDays,
    startBacklog: 0,
    buckets: [],
    totals: {
      created: 0,
      reopened: 0,
      inflow: 0,
      throughput: 0,
      leadTime: null,
      firstResolution: null,
    },
    inflowMix: inflowMix(new Int32Array(INFLOW_KINDS.length)),
    aging: agingOfSpells(log, [], {
      asOf: opts.asOf ?? 0,
      thresholdsDays: opts.agingThresholdsDays,
    }),
  };
}

/** A century of days: more buckets than any chart shows, fewer than exhaust a page's memory. */
const MAX_RANGE_DAYS = 36_600;

/**
 * Refuses a range too long to compute: a typo in `from`/`to` (`given`), or,
 * with neither given, a stray year in the data.
 */
function checkRangeLength(fromDay: number, lastDay: number, given: boolean): void {
  const days = lastDay - fromDay + 1;
  if (days <= MAX_RANGE_DAYS) return;
  const range = `${formatDay(fromDay)} … ${formatDay(lastDay)}`;
  const count = `${days.toLocaleString("en-US")} days`;
  const most = `at most ${MAX_RANGE_DAYS.toLocaleString("en-US")} (a century) are computed`;
  throw new TidemarkError(
    "invalid-option",
    given
      ? `Invalid option from/to: the range ${range} holds ${count}; ${most}. Narrow it with from and to.`
      : `The tickets' own dates span ${range}, ${count}: too long, ${most}; a date with a wrong year can do this. Narrow it with from and to.`,
  );
}

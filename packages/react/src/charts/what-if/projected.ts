import type { MetricsResult, Projection } from "@tidemark/core";
import { addDays } from "../forecast-fan/words.js";

const DAY = 86_400_000;

/**
 * A projection's last week as a one-bucket {@link MetricsResult}, so the
 * `Bathtub` can draw it: the faucet is the projection's mean inflow, the level
 * the median backlog at the week's end, its rise or fall the change of that
 * median over the week, and the drain what that leaves (inflow minus the
 * rise), so that in − out = change holds in the drawing as in any bathtub.
 * The drain is not the capacity: runs cannot solve tickets that are not there,
 * and capacity is a 28-day mean while the replayed days span 56. The band and
 * status are those of that week. Figures are core's, only arranged; null
 * without weeks.
 */
export function projectedBathtub(
  p: Projection,
  timeZone: string,
  startBacklog?: number | null,
): MetricsResult | null {
  const week = p.weeks[p.weeks.length - 1];
  if (!week) return null;
  const before = p.weeks[p.weeks.length - 2]?.p50 ?? startBacklog ?? week.p50;
  const start = addDays(week.end, -6);
  const startMs = Date.parse(`${start}T00:00:00Z`);
  const inflow = p.inflow * 7;
  const change = week.p50 - before;
  // A median can rise by more than the mean inflow only in odd fans; the drain is never negative.
  const throughput = Math.max(0, inflow - change);
  return {
    schemaVersion: 1,
    timeZone,
    bucket: "week",
    weekStartsOn: 1,
    range: { from: startMs, to: startMs + 7 * DAY, firstDate: start, lastDate: week.end },
    band: { lowDays: p.band.lowDays, highDays: p.band.highDays },
    capacityWindowDays: 28,
    startBacklog: week.p50,
    buckets: [
      {
        start,
        startMs,
        endMs: startMs + 7 * DAY,
        created: inflow,
        reopened: 0,
        inflow,
        throughput,
        netFlow: inflow - throughput,
        backlog: week.p50,
        peakBacklog: week.p50,
        leadTime: null,
        firstResolution: null,
        capacity: p.capacity,
        backlogDays: week.backlogDays,
        bandLow: p.band.low,
        bandHigh: p.band.high,
        status: week.status,
      },
    ],
    totals: {
      created: inflow,
      reopened: 0,
      inflow,
      throughput,
      leadTime: null,
      firstResolution: null,
    },
    inflowMix: {
      byKind: { new: 0, recurring: 0, "follow-up": 0, misrouted: 0, noise: 0, automated: 0 },
      total: 0,
      avoidableShare: null,
    },
    aging: {
      asOf: startMs + 7 * DAY,
      count: 0,
      p50: null,
      p85: null,
      p95: null,
      oldest: null,
      oldestId: null,
      olderThan: [],
    },
  };
}

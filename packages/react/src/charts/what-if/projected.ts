import type { MetricsResult, Projection } from "@tidemark/core";
import { addDays } from "../forecast-fan/words.js";

const DAY = 86_400_000;

/**
 * A projection's last week as a one-bucket {@link MetricsResult}, so the
 * `Bathtub` can draw it: the faucet is the projection's mean inflow, the drain
 * its capacity, the level the median backlog at the week's end, its rise or
 * fall the change of that median over the week, and the band and status
 * those of that week. Figures are core's, only arranged; null
 * without weeks.
 */
export function projectedBathtub(
  p: Projection,
  timeZone: string,
  startBacklog?: number | null,
): MetricsResult | null {
  const week = p.weeks[p.weeks.length - 1];
  if (!week) return null;
  // The level's move over the week, as projected (the means of inflow and capacity
  // come from different windows, so their difference need not match it).
  const before = p.weeks[p.weeks.length - 2]?.p50 ?? startBacklog ?? week.p50;
  const start = addDays(week.end, -6);
  const startMs = Date.parse(`${start}T00:00:00Z`);
  const inflow = p.inflow * 7;
  const throughput = p.capacity * 7;
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
        netFlow: week.p50 - before,
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

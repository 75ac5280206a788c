import { z } from "zod";
import { INFLOW_KINDS, METRICS_SCHEMA_VERSION } from "../types.js";

const summary = z
  .object({
    count: z.number(),
    mean: z.number(),
    p50: z.number(),
    p85: z.number(),
    p95: z.number(),
    max: z.number(),
  })
  .nullable();

const bucket = z.object({
  start: z.string(),
  startMs: z.number(),
  endMs: z.number(),
  created: z.number(),
  reopened: z.number(),
  inflow: z.number(),
  throughput: z.number(),
  netFlow: z.number(),
  backlog: z.number(),
  peakBacklog: z.number(),
  leadTime: summary,
  firstResolution: summary,
  capacity: z.number().nullable(),
  backlogDays: z.number().nullable(),
  bandLow: z.number().nullable(),
  bandHigh: z.number().nullable(),
  status: z.enum(["below", "healthy", "above"]).nullable(),
});

/**
 * The shape of a {@link MetricsResult} of this schema version, for checking a
 * result that crossed a network or a worker boundary.
 */
export const metricsResultSchema = z.object({
  schemaVersion: z.literal(METRICS_SCHEMA_VERSION),
  timeZone: z.string(),
  bucket: z.enum(["day", "week", "month"]),
  weekStartsOn: z.number().int().min(1).max(7),
  range: z.object({
    from: z.number(),
    to: z.number(),
    firstDate: z.string(),
    lastDate: z.string(),
  }),
  band: z.object({ lowDays: z.number(), highDays: z.number() }),
  capacityWindowDays: z.number(),
  startBacklog: z.number(),
  buckets: z.array(bucket),
  totals: z.object({
    created: z.number(),
    reopened: z.number(),
    inflow: z.number(),
    throughput: z.number(),
    leadTime: summary,
    firstResolution: summary,
  }),
  inflowMix: z.object({
    byKind: z.record(z.enum(INFLOW_KINDS as [string, ...string[]]), z.number()),
    total: z.number(),
    avoidableShare: z.number().nullable(),
  }),
  aging: z.object({
    asOf: z.number(),
    count: z.number(),
    p50: z.number().nullable(),
    p85: z.number().nullable(),
    p95: z.number().nullable(),
    oldest: z.number().nullable(),
    oldestId: z.string().nullable(),
    olderThan: z.array(z.object({ days: z.number(), count: z.number() })),
  }),
});

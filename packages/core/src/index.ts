/**
 * @tidemark/core: backlog-health metrics for customer service.
 * The public API, listed by name; anything not exported here is private.
 */

export { TidemarkError } from "./errors.js";
export { nearestName } from "./input-checks.js";
export type { WindowOptions } from "./levers/audit-range.js";
export type { AutomationCandidate } from "./levers/automation.js";
export type { AvoidableInflow } from "./levers/avoidable.js";
// ── The three levers: inflow audit, forecast and what-if (src/levers) ──
export {
  type BacktestOptions,
  type BacktestResult,
  backtestForecast,
  type CoverageFigure,
} from "./levers/backtest.js";
export type { EmergingCategory } from "./levers/emerging.js";
export { forecastBacklog } from "./levers/forecast.js";
export type { ForecastOptions } from "./levers/forecast-options.js";
export type {
  BackInBand,
  ForecastDay,
  ForecastFan,
  ForecastRefusal,
  ForecastResult,
} from "./levers/forecast-types.js";
export type { HistoryCheck } from "./levers/history.js";
export {
  type CategoryTrend,
  type InflowAuditOptions,
  type InflowAuditResult,
  inflowAudit,
} from "./levers/inflow-audit.js";
export type { LittlesLaw } from "./levers/little.js";
export { type AsOfOptions, type DailySeries, dailySeries } from "./levers/series.js";
export {
  type CapacityToReachBandOptions,
  type CapacityToReachBandResult,
  capacityToReachBand,
} from "./levers/staffing.js";
export {
  CATCH_ALL_CATEGORIES,
  isCatchAllCategory,
  type TaxonomyHealth,
} from "./levers/taxonomy.js";
export { whatIf } from "./levers/what-if.js";
export type {
  AppliedLevers,
  ProjectedWeek,
  Projection,
  WhatIfLever,
  WhatIfOptions,
  WhatIfResult,
} from "./levers/what-if-types.js";
export { attributeValues, filterLog, type LogFilter } from "./log/filter.js";
export { type AgingOptions, aging } from "./metrics/aging.js";
export { type AgingPoints, agingPoints } from "./metrics/aging-points.js";
export { type ShownLimit, shownBandLimits } from "./metrics/band-limits.js";
export { computeMetrics, dataExtent } from "./metrics/compute.js";
export { type CumulativeFlowPoint, cumulativeFlow } from "./metrics/cumulative-flow.js";
export {
  LEAD_TIME_BIN_EDGES_HOURS,
  type LeadTimeBin,
  leadTimeHistogram,
} from "./metrics/lead-time-histogram.js";
export { type LeadTimePoints, leadTimePoints } from "./metrics/lead-time-points.js";
export { csvDecimal, METRICS_CSV_COLUMNS, metricsCsv } from "./metrics/metrics-csv.js";
export type { MetricsOptions } from "./metrics/options.js";
export { quantile, quantileSorted } from "./metrics/summary.js";
export { type ApplyEventsOptions, applyEvents } from "./parse/apply-events.js";
export {
  COLUMN_ALIASES,
  type ColumnMapping,
  mapColumns,
  type TicketField,
  type UsedColumns,
} from "./parse/columns.js";
export {
  createEventCsvParser,
  EVENT_TYPES,
  type EventCsvOptions,
  type EventLog,
  type EventParseResult,
  type EventType,
  parseEventsCsv,
} from "./parse/events-csv.js";
export { parseTicketsJson, ticketsFromRecords } from "./parse/records.js";
export { sniffTextKind, type TextKind } from "./parse/text-kind.js";
export type { InflowKindMap } from "./parse/ticket-row.js";
export {
  createTicketCsvParser,
  parseTicketsCsv,
  type TicketCsvOptions,
  type TicketCsvParser,
  type TicketParseOptions,
  type TicketParseResult,
} from "./parse/tickets-csv.js";
export {
  createRandom,
  generateSampleColumns,
  generateSampleTickets,
  NO_ASSIGNEE,
  type Random,
  SAMPLE_CSV_HEADER,
  type SampleColumns,
  type SampleOptions,
  type SampleScenario,
  type SampleTicket,
  sampleColumnsCsv,
  sampleCsvByteChunks,
  sampleCsvChunks,
  sampleTicketLog,
  sampleTicketsCsv,
} from "./sample/index.js";
export type { DateOrder } from "./time/timestamp.js";
export { instantOfWall, isTimeZone, offsetAt } from "./time/zone.js";
export {
  type AgingResult,
  ATTRIBUTE_NAMES,
  type AttributeName,
  type BandStatus,
  type BucketMetrics,
  type BucketUnit,
  type CodedColumn,
  type DurationSummary,
  INFLOW_KINDS,
  type InflowKind,
  type InflowMix,
  METRICS_SCHEMA_VERSION,
  type MetricsResult,
  type RowIssue,
  type TicketLog,
} from "./types.js";

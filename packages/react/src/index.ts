/**
 * @tidemark/react: SVG charts of backlog health, drawn from `@tidemark/core`
 * results. The public API, listed by name; anything not exported here is private.
 * The three levers (forecast, inflow audit, what-if) are in `@tidemark/react/levers`.
 */

export { AgingWork, type AgingWorkProps } from "./charts/aging-work/AgingWork.js";
export {
  type AgingRow,
  type AgingWorkModel,
  type AgingWorkOptions,
  agingWorkModel,
} from "./charts/aging-work/model.js";
export { BacklogTrend, type BacklogTrendProps } from "./charts/backlog-trend/BacklogTrend.js";
export {
  type BacklogTrendModel,
  type BacklogTrendOptions,
  backlogTrendModel,
} from "./charts/backlog-trend/model.js";
export { Bathtub, type BathtubProps } from "./charts/bathtub/Bathtub.js";
export {
  type BathtubModel,
  type BathtubOptions,
  bathtubModel,
  type LevelTrend,
} from "./charts/bathtub/model.js";
export {
  CumulativeFlow,
  type CumulativeFlowProps,
} from "./charts/cumulative-flow/CumulativeFlow.js";
export {
  type CumulativeFlowModel,
  type CumulativeFlowOptions,
  cumulativeFlowModel,
} from "./charts/cumulative-flow/model.js";
export { FlowTrend, type FlowTrendProps } from "./charts/flow-trend/FlowTrend.js";
export {
  type FlowTrendModel,
  type FlowTrendOptions,
  flowTrendModel,
} from "./charts/flow-trend/model.js";
export { HealthTile, type HealthTileProps } from "./charts/health-tile/HealthTile.js";
export {
  type HealthMetric,
  type HealthTileModel,
  type HealthTileOptions,
  healthTileModel,
} from "./charts/health-tile/model.js";
export {
  type HistogramBin,
  type LeadTimeHistogramModel,
  type LeadTimeHistogramOptions,
  leadTimeHistogramModel,
} from "./charts/lead-time/histogram-model.js";
export {
  LeadTimeHistogram,
  type LeadTimeHistogramProps,
} from "./charts/lead-time/LeadTimeHistogram.js";
export { LeadTimeScatter, type LeadTimeScatterProps } from "./charts/lead-time/LeadTimeScatter.js";
export type { PercentileLine } from "./charts/lead-time/percentiles.js";
export {
  type LeadTimeScatterModel,
  type LeadTimeScatterOptions,
  leadTimeScatterModel,
} from "./charts/lead-time/scatter-model.js";
export { type ChartPngOptions, chartPng } from "./export/chart-png.js";
export { type ChartImage, type ChartSvgOptions, chartImage, chartSvg } from "./export/chart-svg.js";
export { createFormatter, type Formatter, type LocaleOptions } from "./format/format.js";
export { Axis, type AxisProps } from "./parts/Axis.js";
export { ChartFrame, type ChartFrameProps } from "./parts/ChartFrame.js";
export { DataTable, DataTableView } from "./parts/DataTable.js";
export { Legend, type LegendItem } from "./parts/Legend.js";
export { ResponsiveContainer, type ResponsiveContainerProps } from "./parts/ResponsiveContainer.js";
export { Tooltip, type TooltipProps } from "./parts/Tooltip.js";
export type {
  ChartBaseProps,
  DataTableMode,
  Margin,
  ModelChildren,
  PointNavigation,
  TableModel,
  Tick,
  TooltipContent,
  TooltipLine,
} from "./parts/types.js";
export { type PointNavigationState, usePointNavigation } from "./parts/usePointNavigation.js";
export { type SlotScale, slotScale } from "./scale/band.js";
export { type LinearScale, linearScale, niceMax } from "./scale/linear.js";
export {
  darkTheme,
  lightTheme,
  type Theme,
  type ThemeToken,
  type ThemeTokens,
  themeStyle,
  themeVar,
} from "./theme/tokens.js";

"use client";
import type { DurationSummary } from "@tidemark/core";
import { useMemo } from "react";
import { Axis } from "../../parts/Axis.js";
import { ChartFrame, frameProps } from "../../parts/ChartFrame.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { withWidth } from "../../parts/withWidth.js";
import { themeVar } from "../../theme/tokens.js";
import { type LeadTimeHistogramModel, leadTimeHistogramModel } from "./histogram-model.js";
import { PercentileRules } from "./PercentileRules.js";

/** Props of {@link LeadTimeHistogram}. */
export interface LeadTimeHistogramProps extends ChartBaseProps {
  /** Lead times in hours: core's `leadTimePoints(…).hours`. */
  hours: readonly number[];
  /** The percentiles to draw, e.g. `result.totals.leadTime`. */
  summary: DurationSummary | null;
  /** Bin edges in hours; see {@link leadTimeHistogramModel}. */
  edges?: number[];
  children?: ModelChildren<LeadTimeHistogramModel>;
}

function LeadTimeHistogramChart(props: LeadTimeHistogramProps & { width: number }) {
  const { hours, summary, width, locale, timeZone, edges } = props;
  const height = props.height ?? 260;
  const m = useMemo(
    () => leadTimeHistogramModel(hours, summary, { width, height, locale, timeZone, edges }),
    [hours, summary, width, height, locale, timeZone, edges],
  );
  return (
    <ChartFrame
      {...frameProps(m, props)}
      fallbackTitle="Lead time distribution"
      empty={m.bins.every((b) => b.count === 0) ? "No resolved tickets in this range." : undefined}
    >
      <Axis orientation="left" ticks={m.yTicks} at={m.plot.left} gridTo={m.plot.right} />
      {m.bins.map((b) => (
        <rect
          key={b.label}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          rx={2}
          fill={themeVar("throughput")}
        />
      ))}
      <PercentileRules
        lines={m.lines}
        orientation="vertical"
        from={m.plot.top}
        to={m.plot.bottom}
      />
      <Axis orientation="bottom" ticks={m.xTicks} at={m.plot.bottom} />
      {props.children?.(m)}
    </ChartFrame>
  );
}

/**
 * Resolved tickets by lead time, in duration bins, with p50/p85/p95 lines.
 *
 * @example <LeadTimeHistogram hours={leadTimePoints(log).hours} summary={result.totals.leadTime} />
 */
export const LeadTimeHistogram = withWidth(LeadTimeHistogramChart);

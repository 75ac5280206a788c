"use client";
import type { DurationSummary, LeadTimePoints } from "@tidemark/core";
import { useMemo } from "react";
import { Axis } from "../../parts/Axis.js";
import { ChartFrame, frameProps } from "../../parts/ChartFrame.js";
import { Legend } from "../../parts/Legend.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { withWidth } from "../../parts/withWidth.js";
import { themeVar } from "../../theme/tokens.js";
import { PercentileRules } from "./PercentileRules.js";
import { type LeadTimeScatterModel, leadTimeScatterModel } from "./scatter-model.js";

/** Props of {@link LeadTimeScatter}. */
export interface LeadTimeScatterProps extends ChartBaseProps {
  /** Core's `leadTimePoints(log, { from, to })`. */
  points: LeadTimePoints;
  /** The percentiles to draw, e.g. `result.totals.leadTime`. */
  summary: DurationSummary | null;
  /** Default `"linear"`; `"log"` spreads short lead times out. */
  scale?: "linear" | "log";
  children?: ModelChildren<LeadTimeScatterModel>;
}

function LeadTimeScatterChart(props: LeadTimeScatterProps & { width: number }) {
  const { points, summary, width, locale, timeZone, scale } = props;
  const height = props.height ?? 300;
  const m = useMemo(
    () => leadTimeScatterModel(points, summary, { width, height, locale, timeZone, scale }),
    [points, summary, width, height, locale, timeZone, scale],
  );
  return (
    <ChartFrame
      {...frameProps(m, props)}
      empty={m.nav.count === 0 ? "No resolved tickets in this range." : undefined}
      fallbackTitle="Lead time by resolved ticket"
      legend={
        <Legend
          items={[
            { label: "Resolved ticket", token: "throughput", shape: "dot" },
            { label: "p50 / p85 / p95", token: "text", shape: "dashed" },
          ]}
        />
      }
    >
      <Axis orientation="left" ticks={m.yTicks} at={m.plot.left} gridTo={m.plot.right} />
      <path d={m.dotsPath} fill={themeVar("throughput")} fillOpacity={0.8} />
      <PercentileRules
        lines={m.lines}
        orientation="horizontal"
        from={m.plot.left}
        to={m.plot.right}
      />
      <Axis orientation="bottom" ticks={m.xTicks} at={m.plot.bottom} />
      {props.children?.(m)}
    </ChartFrame>
  );
}

/**
 * One dot per resolved ticket (solve date × lead time) with p50/p85/p95 lines.
 *
 * @example <LeadTimeScatter points={leadTimePoints(log, result.range)} summary={result.totals.leadTime} />
 */
export const LeadTimeScatter = withWidth(LeadTimeScatterChart);

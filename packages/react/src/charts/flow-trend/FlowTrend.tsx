"use client";
import type { MetricsResult } from "@tidemark/core";
import { useMemo } from "react";
import { Axis } from "../../parts/Axis.js";
import { ChartFrame, frameProps } from "../../parts/ChartFrame.js";
import { Dots } from "../../parts/Dots.js";
import { Legend } from "../../parts/Legend.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { withWidth } from "../../parts/withWidth.js";
import { themeVar } from "../../theme/tokens.js";
import { type FlowTrendModel, flowTrendModel } from "./model.js";

/** Props of {@link FlowTrend}. */
export interface FlowTrendProps extends ChartBaseProps {
  result: MetricsResult;
  children?: ModelChildren<FlowTrendModel>;
}

function FlowTrendChart(props: FlowTrendProps & { width: number }) {
  const { result, width, locale, timeZone } = props;
  const height = props.height ?? 280;
  const m = useMemo(
    () => flowTrendModel(result, { width, height, locale, timeZone }),
    [result, width, height, locale, timeZone],
  );
  return (
    <ChartFrame
      {...frameProps(m, props)}
      empty={m.nav.count === 0 ? "No tickets in this range." : undefined}
      fallbackTitle="Inflow and throughput"
      legend={
        <Legend
          items={[
            { label: "Inflow", token: "inflow", shape: "line" },
            { label: "Throughput", token: "throughput", shape: "dashed" },
            { label: "Net flow up (backlog grew)", token: "above", shape: "bar" },
            { label: "Net flow down (backlog shrank)", token: "throughput", shape: "bar" },
          ]}
        />
      }
    >
      <Axis orientation="left" ticks={m.yTicks} at={m.plot.left} gridTo={m.plot.right} />
      <Axis orientation="left" ticks={m.netTicks} at={m.plot.left} />
      <line
        x1={m.plot.left}
        x2={m.plot.right}
        y1={m.netZero}
        y2={m.netZero}
        stroke={themeVar("muted")}
        strokeWidth={1}
      />
      <path d={m.netUpPath} fill={themeVar("above")} fillOpacity={0.75} />
      <path d={m.netDownPath} fill={themeVar("throughput")} fillOpacity={0.75} />
      <path
        d={m.inflowPath}
        fill="none"
        stroke={themeVar("inflow")}
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <path
        d={m.throughputPath}
        fill="none"
        stroke={themeVar("throughput")}
        strokeWidth={2}
        strokeDasharray="5 3"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <Dots points={m.inflowDots} token="inflow" />
      <Dots points={m.throughputDots} token="throughput" hollow />
      <Axis orientation="bottom" ticks={m.xTicks} at={m.net.bottom} />
      {props.children?.(m)}
    </ChartFrame>
  );
}

/**
 * Inflow and throughput over time, with net flow as bars below. Draws
 * `inflow`, `throughput` and `netFlow` of each bucket of a {@link MetricsResult}.
 *
 * @example <FlowTrend result={computeMetrics(log, { bucket: "week" })} />
 */
export const FlowTrend = withWidth(FlowTrendChart);

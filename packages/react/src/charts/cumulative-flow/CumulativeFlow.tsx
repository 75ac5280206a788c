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
import { type CumulativeFlowModel, cumulativeFlowModel } from "./model.js";

/** Props of {@link CumulativeFlow}. */
export interface CumulativeFlowProps extends ChartBaseProps {
  result: MetricsResult;
  children?: ModelChildren<CumulativeFlowModel>;
}

function CumulativeFlowChart(props: CumulativeFlowProps & { width: number }) {
  const { result, width, locale, timeZone } = props;
  const height = props.height ?? 260;
  const m = useMemo(
    () => cumulativeFlowModel(result, { width, height, locale, timeZone }),
    [result, width, height, locale, timeZone],
  );
  return (
    <ChartFrame
      {...frameProps(m, props)}
      empty={m.nav.count === 0 ? "No tickets in this range." : undefined}
      fallbackTitle="Cumulative flow"
      legend={
        <Legend
          items={[
            { label: "Arrivals", token: "inflow", shape: "line" },
            { label: "Departures", token: "throughput", shape: "dashed" },
            { label: "Backlog (the gap)", token: "backlog", shape: "area" },
            { label: "Solved (under departures)", token: "throughput", shape: "area" },
          ]}
        />
      }
    >
      <Axis orientation="left" ticks={m.yTicks} at={m.plot.left} gridTo={m.plot.right} />
      <path d={m.donePath} fill={themeVar("throughput")} fillOpacity={0.1} />
      <path d={m.gapPath} fill={themeVar("backlog")} fillOpacity={0.18} />
      <path
        d={m.arrivalsPath}
        fill="none"
        stroke={themeVar("inflow")}
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <path
        d={m.departuresPath}
        fill="none"
        stroke={themeVar("throughput")}
        strokeWidth={2}
        strokeDasharray="5 3"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <Dots points={m.arrivalsDots} token="inflow" />
      <Dots points={m.departuresDots} token="throughput" hollow />
      <Axis orientation="bottom" ticks={m.xTicks} at={m.plot.bottom} />
      {props.children?.(m)}
    </ChartFrame>
  );
}

/**
 * Cumulative arrivals and departures (core's `cumulativeFlow`); the vertical
 * gap between the lines is the backlog.
 *
 * @example <CumulativeFlow result={computeMetrics(log)} />
 */
export const CumulativeFlow = withWidth(CumulativeFlowChart);

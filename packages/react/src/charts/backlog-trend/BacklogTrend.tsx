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
import { type BacklogTrendModel, backlogTrendModel } from "./model.js";

/** Props of {@link BacklogTrend}. */
export interface BacklogTrendProps extends ChartBaseProps {
  result: MetricsResult;
  children?: ModelChildren<BacklogTrendModel>;
}

function BacklogTrendChart(props: BacklogTrendProps & { width: number }) {
  const { result, width, locale, timeZone } = props;
  const height = props.height ?? 260;
  const m = useMemo(
    () => backlogTrendModel(result, { width, height, locale, timeZone }),
    [result, width, height, locale, timeZone],
  );
  return (
    <ChartFrame
      {...frameProps(m, props)}
      empty={m.nav.count === 0 ? "No tickets in this range." : undefined}
      fallbackTitle="Backlog and healthy band"
      legend={
        <Legend
          items={[
            { label: "Backlog", token: "backlog", shape: "line" },
            { label: "Healthy band", token: "band", shape: "area" },
            { label: "Above band", token: "above", shape: "triangle-up" },
            { label: "Below band", token: "below", shape: "triangle-down" },
          ]}
        />
      }
    >
      <Axis orientation="left" ticks={m.yTicks} at={m.plot.left} gridTo={m.plot.right} />
      <path
        d={m.bandPath}
        fill={themeVar("band")}
        fillOpacity={0.16}
        stroke={themeVar("band")}
        strokeWidth={1}
      />
      <path
        d={m.backlogPath}
        fill="none"
        stroke={themeVar("backlog")}
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <Dots points={m.backlogDots} token="backlog" />
      <path d={m.abovePath} fill={themeVar("above")} />
      <path d={m.belowPath} fill={themeVar("below")} />
      <Axis orientation="bottom" ticks={m.xTicks} at={m.plot.bottom} />
      {props.children?.(m)}
    </ChartFrame>
  );
}

/**
 * The backlog over time with the healthy band shaded and the buckets outside
 * it marked (▲ above, ▼ below, so status never rests on colour alone).
 *
 * @example <BacklogTrend result={computeMetrics(log, { bucket: "week" })} />
 */
export const BacklogTrend = withWidth(BacklogTrendChart);

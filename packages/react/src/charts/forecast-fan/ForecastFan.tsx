"use client";
import type { DailySeries, ForecastResult } from "@tidemark/core";
import { useId, useMemo } from "react";
import { Axis } from "../../parts/Axis.js";
import { ChartFrame, frameProps } from "../../parts/ChartFrame.js";
import { Legend } from "../../parts/Legend.js";
import { rootStyle } from "../../parts/styles.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { withWidth } from "../../parts/withWidth.js";
import { themeVar } from "../../theme/tokens.js";
import { type ForecastFanModel, forecastFanModel } from "./model.js";

/** Props of {@link ForecastFan}. */
export interface ForecastFanProps extends ChartBaseProps {
  /** `forecastBacklog(log, options)`. A refused forecast is shown as its explanation. */
  forecast: ForecastResult;
  /** The daily series the forecast starts from (`dailySeries(log, options)`), for the recent level. */
  history?: DailySeries;
  /** Days of history drawn before the fan. Default 56. */
  historyDays?: number;
  children?: ModelChildren<ForecastFanModel>;
}

function Refusal(props: ForecastFanProps & { m: ForecastFanModel }) {
  const captionId = useId();
  return (
    <figure
      aria-labelledby={captionId}
      className={props.className}
      style={rootStyle(props.theme, props.style)}
    >
      <figcaption id={captionId} style={{ fontWeight: 600, marginBottom: 4 }}>
        {props.title ?? "Backlog forecast"}
      </figcaption>
      <div
        role="note"
        style={{
          border: `1px dashed ${themeVar("muted")}`,
          borderRadius: 6,
          padding: "10px 12px",
          maxWidth: props.width,
        }}
      >
        <p style={{ margin: 0, fontWeight: 600 }}>
          <span aria-hidden="true" style={{ marginInlineEnd: 6 }}>
            ⚠
          </span>
          No forecast: the history does not support one.
        </p>
        <p style={{ margin: "4px 0 0" }}>{props.m.explanation}</p>
      </div>
      {props.children?.(props.m)}
    </figure>
  );
}

function ForecastFanChart(props: ForecastFanProps & { width: number }) {
  const { forecast, history, historyDays, width, locale, timeZone } = props;
  const height = props.height ?? 260;
  const m = useMemo(
    () => forecastFanModel(forecast, { width, height, locale, timeZone, history, historyDays }),
    [forecast, history, historyDays, width, height, locale, timeZone],
  );
  if (m.status !== "ok") return <Refusal {...props} m={m} />;
  return (
    <ChartFrame
      {...frameProps(m, props)}
      fallbackTitle="Backlog forecast"
      legend={
        <>
          <Legend
            items={[
              { label: "Backlog so far", token: "backlog", shape: "line" },
              { label: "Likely (p50)", token: "backlog", shape: "dashed" },
              { label: "8 in 10 range (p10–p90)", token: "backlog", shape: "area" },
              { label: "Healthy band", token: "band", shape: "area" },
            ]}
          />
          <p style={{ margin: "6px 0 0" }}>{m.backInBand}</p>
        </>
      }
    >
      <Axis orientation="left" ticks={m.yTicks} at={m.plot.left} gridTo={m.plot.right} />
      <path
        d={m.bandPath}
        fill={themeVar("band")}
        fillOpacity={0.12}
        stroke={themeVar("band")}
        strokeWidth={1}
      />
      <path d={m.fanPath} fill={themeVar("backlog")} fillOpacity={0.2} stroke="none" />
      <path
        d={m.historyPath}
        fill="none"
        stroke={themeVar("backlog")}
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <path
        d={m.medianPath}
        fill="none"
        stroke={themeVar("backlog")}
        strokeWidth={2}
        strokeDasharray="5 3"
        strokeLinejoin="round"
      />
      {m.todayX !== null ? (
        <g>
          <line
            x1={m.todayX}
            x2={m.todayX}
            y1={m.plot.top}
            y2={m.plot.bottom}
            stroke={themeVar("muted")}
            strokeDasharray="2 3"
          />
          <text x={m.todayX + 4} y={m.plot.top + 10} fill={themeVar("muted")} fontSize="0.9em">
            Forecast
          </text>
        </g>
      ) : null}
      <Axis orientation="bottom" ticks={m.xTicks} at={m.plot.bottom} />
      {props.children?.(m)}
    </ChartFrame>
  );
}

/**
 * Where the backlog is heading: the recent level, then the Monte Carlo fan
 * (p10–p90 shaded, p50 dashed) against the healthy band, with the chance of
 * leaving the band per day in the tooltip and table. A refused forecast shows
 * its explanation in words, never a fan.
 *
 * @example <ForecastFan forecast={forecastBacklog(log, { timeZone })} history={dailySeries(log, { timeZone })} />
 */
export const ForecastFan = withWidth(ForecastFanChart);

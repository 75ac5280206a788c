"use client";
import { type CSSProperties, type ReactNode, useId } from "react";
import { type Theme, themeVar } from "../theme/tokens.js";
import { DataTable } from "./DataTable.js";
import { rootStyle, visuallyHidden } from "./styles.js";
import { Tooltip, tooltipText } from "./Tooltip.js";
import type { DataTableMode, PointNavigation, TableModel } from "./types.js";
import { usePointNavigation } from "./usePointNavigation.js";

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  width: number;
  height: number;
  /** The accessible name of the drawing: a one-paragraph text summary. */
  summary: string;
  /** The figure's caption: visible when given, else a visually hidden `fallbackTitle`. */
  title?: string;
  fallbackTitle: string;
  table: TableModel;
  dataTable?: DataTableMode;
  nav?: PointNavigation;
  legend?: ReactNode;
  theme?: Theme;
  className?: string;
  style?: CSSProperties;
  /** Scale the SVG to its container's width (an illustration) instead of drawing at `width` px. */
  fluid?: boolean;
  /** Extra SVG `<defs>` or a scoped `<style>`. */
  defs?: ReactNode;
  /** Said in the middle of the drawing when there is nothing to draw, e.g. "No tickets in this range." */
  empty?: string;
  children: ReactNode;
}

/**
 * The accessible shell of every chart: a `<figure>` with a caption, an SVG with
 * `role="img"` named by the summary, one tab stop with roving focus over the
 * points, a tooltip for mouse, touch and keyboard, a legend and a data table.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { width, height, summary, nav, table } = props;
  const { active, focused, handlers } = usePointNavigation(nav);
  const tooltipId = useId();
  const captionId = useId();
  const point = nav && active >= 0 ? nav.pointAt(active) : null;
  const content = nav && active >= 0 ? nav.tooltipAt(active) : null;
  const interactive = nav !== undefined && nav.count > 0;
  return (
    <figure
      aria-labelledby={captionId}
      className={props.className}
      style={rootStyle(props.theme, props.style)}
    >
      <figcaption
        id={captionId}
        style={props.title ? { fontWeight: 600, marginBottom: 4 } : visuallyHidden}
      >
        {props.title ?? props.fallbackTitle}
      </figcaption>
      <div style={{ position: "relative", width: props.fluid ? "100%" : width, maxWidth: "100%" }}>
        <svg
          role="img"
          aria-label={summary}
          aria-describedby={content ? tooltipId : undefined}
          tabIndex={interactive ? 0 : undefined}
          width={props.fluid ? "100%" : width}
          height={props.fluid ? undefined : height}
          viewBox={`0 0 ${width} ${height}`}
          style={{
            display: "block",
            // Charts read left to right in RTL pages too; keeps text-anchor meaning what it says.
            direction: "ltr",
            overflow: "visible",
            outline: "none",
            touchAction: "pan-y",
            height: props.fluid ? "auto" : undefined,
          }}
          {...(interactive ? handlers : {})}
        >
          {props.defs}
          {props.children}
          {props.empty ? (
            <text
              x={width / 2}
              y={height / 2}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize={13}
              fill={themeVar("muted")}
            >
              {props.empty}
            </text>
          ) : null}
          {point ? (
            <g pointerEvents="none">
              <circle
                cx={point.x}
                cy={point.y}
                r={6}
                fill="none"
                stroke={themeVar("background")}
                strokeWidth={4}
              />
              <circle
                cx={point.x}
                cy={point.y}
                r={6}
                fill="none"
                stroke={themeVar("focus")}
                strokeWidth={2}
              />
            </g>
          ) : null}
          {focused ? (
            <rect
              x={1}
              y={1}
              width={Math.max(0, width - 2)}
              height={Math.max(0, height - 2)}
              rx={4}
              fill="none"
              stroke={themeVar("focus")}
              strokeWidth={2}
              pointerEvents="none"
            />
          ) : null}
        </svg>
        {content && point ? (
          <Tooltip
            id={tooltipId}
            content={content}
            x={point.x}
            y={point.y}
            boundsWidth={width}
            boundsHeight={height}
            relative={props.fluid}
          />
        ) : null}
        <div aria-live="polite" style={visuallyHidden}>
          {content ? tooltipText(content) : ""}
        </div>
      </div>
      {props.legend}
      <DataTable table={table} mode={props.dataTable ?? "toggle"} />
    </figure>
  );
}

/**
 * The {@link ChartFrame} props every chart passes the same way: the model's
 * size, summary, table and navigation, and the host's title, table mode, theme,
 * class and style.
 */
export function frameProps(
  model: {
    width: number;
    height: number;
    summary: string;
    table: TableModel;
    nav?: PointNavigation;
  },
  props: {
    title?: string;
    dataTable?: DataTableMode;
    theme?: Theme;
    className?: string;
    style?: CSSProperties;
  },
) {
  return {
    width: model.width,
    height: model.height,
    summary: model.summary,
    table: model.table,
    nav: model.nav,
    title: props.title,
    dataTable: props.dataTable,
    theme: props.theme,
    className: props.className,
    style: props.style,
  };
}

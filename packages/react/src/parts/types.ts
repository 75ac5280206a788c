import type { CSSProperties, ReactNode } from "react";
import type { LocaleOptions } from "../format/format.js";
import type { Theme, ThemeToken } from "../theme/tokens.js";

/** The margins around a plot, px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One labelled tick. `pos` is in px along the axis. */
export interface Tick {
  pos: number;
  label: string;
}

/** An accessible data table: what the chart shows, as text. */
export interface TableModel {
  caption: string;
  columns: string[];
  /** Rows are built on demand, so a long series costs nothing until shown. */
  rows(): string[][];
}

/** One line of a tooltip. */
export interface TooltipLine {
  label: string;
  value: string;
  token?: ThemeToken;
}

/** What a tooltip shows for a point. */
export interface TooltipContent {
  title: string;
  lines: TooltipLine[];
}

/** Keyboard, pointer and touch navigation through a chart's points. */
export interface PointNavigation {
  count: number;
  /** Pixel position of point `i` (for the marker and the tooltip). */
  pointAt(i: number): { x: number; y: number };
  /** The point nearest to a pointer at `(x, y)`, or -1. */
  indexAt(x: number, y: number): number;
  tooltipAt(i: number): TooltipContent;
  /** Index to start from when the chart takes focus. Default: the last point. */
  initial?: number;
}

/** How the accessible data table is offered. */
export type DataTableMode = "toggle" | "hidden" | "none";

/** Props every chart takes. */
export interface ChartBaseProps extends LocaleOptions {
  /** Width in px. Default: the container's width (640 on the server). */
  width?: number;
  /** Height in px. */
  height?: number;
  /** Light or dark preset and token overrides; see {@link Theme}. */
  theme?: Theme;
  /** A visible title above the chart. */
  title?: string;
  /**
   * The data table for screen readers and keyboard users: a "Show data" button
   * (`"toggle"`, default), always present but visually hidden (`"hidden"`), or none.
   */
  dataTable?: DataTableMode;
  className?: string;
  style?: CSSProperties;
}

/** A render prop that draws on top of a chart from its model. */
export type ModelChildren<M> = (model: M) => ReactNode;

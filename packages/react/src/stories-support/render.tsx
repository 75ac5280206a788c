/**
 * Stories only: how a story turns its controls into a chart. The data props
 * (`result`, `points`, `aging`…) come from @tidemark/core run on the story's data
 * set with its options; the rest of the args are the chart's own props.
 */
import { leadTimePoints } from "@tidemark/core";
import type { ComponentType, JSX } from "react";
import { chartProps, metricsOptions, type StoryControls, type StoryGlobals } from "./controls.js";
import { storyLog, storyMetrics } from "./datasets.js";
import { TWO_LOCALES } from "./states.js";

/** A story's args: the shared controls plus the chart's own props (data props left out). */
export type StoryArgs<P> = StoryControls &
  Omit<
    P,
    | "result"
    | "points"
    | "summary"
    | "hours"
    | "aging"
    | "audit"
    | "candidates"
    | "forecast"
    | "history"
    | "children"
    | "theme"
    | "locale"
  >;

type AnyChart = ComponentType<Record<string, unknown>>;
type Render<A> = (args: A, context: { globals: StoryGlobals }) => JSX.Element;
/** The data props of a chart, from the story's controls. */
export type DataOf = (args: StoryControls) => Record<string, unknown>;

/**
 * The chart as a story `component` typed by its story args: autodocs still
 * reads the real component's props; the stories compute the data props.
 */
export const asStoryComponent = <A,>(Chart: ComponentType<never>): ComponentType<A> =>
  Chart as unknown as ComponentType<A>;

/** `result`: `computeMetrics` of the data set with the story's options. */
export const resultData: DataOf = (args) => ({
  result: storyMetrics(args.dataset, metricsOptions(args)),
});

/** `aging`: the open work at the end of the range. */
export const agingData: DataOf = (args) => ({
  aging: storyMetrics(args.dataset, metricsOptions(args)).aging,
});

/** `points`, `hours` and `summary`: the tickets resolved in the range and their percentiles. */
export const leadTimeData: DataOf = (args) => {
  const result = storyMetrics(args.dataset, metricsOptions(args));
  const points = leadTimePoints(storyLog(args.dataset), {
    from: result.range.from,
    to: result.range.to,
  });
  return { points, hours: points.hours, summary: result.totals.leadTime };
};

/** Renders `Chart` with its data props and the story's args. */
export function chartRender<A extends StoryControls>(
  Chart: ComponentType<never>,
  data: DataOf,
): Render<A> {
  const C = Chart as unknown as AnyChart;
  return (args, { globals }) => <C {...chartProps(args, globals)} {...data(args)} />;
}

/** Renders `Chart` twice, in two locales, to compare number and date formats. */
export function twoLocalesRender<A extends StoryControls & { title?: string }>(
  Chart: ComponentType<never>,
  data: DataOf,
): Render<A> {
  const C = Chart as unknown as AnyChart;
  return (args, { globals }) => (
    <div style={{ display: "grid", gap: 32 }}>
      {TWO_LOCALES.map((locale) => (
        <div key={locale} lang={locale}>
          <C
            {...chartProps({ ...args, locale }, globals)}
            {...data(args)}
            title={`${args.title ?? "Locale"}: ${locale}`}
          />
        </div>
      ))}
    </div>
  );
}

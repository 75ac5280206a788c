/**
 * Stories only: renderers for the charts that take a `MetricsResult`
 * (`<Chart result={computeMetrics(log, options)} />`), from a story's controls.
 */
import type { MetricsResult } from "@tidemark/core";
import type { ComponentType } from "react";
import type { ChartBaseProps } from "../parts/types.js";
import { chartProps, metricsOptions, type StoryControls, type StoryGlobals } from "./controls.js";
import { storyMetrics } from "./datasets.js";
import { TWO_LOCALES } from "./states.js";

type ResultChart = ComponentType<ChartBaseProps & { result: MetricsResult }>;

/** A result chart story's args: the shared controls plus the chart's own props. */
export type ResultStoryArgs = StoryControls & Omit<ChartBaseProps, "theme" | "locale">;
type Render = (args: ResultStoryArgs, context: { globals: StoryGlobals }) => React.JSX.Element;

/**
 * The chart as a story `component` whose args are the controls: autodocs still
 * reads the real component's props; the stories compute `result` from the controls.
 */
export const asResultStoryComponent = (Chart: ResultChart): ComponentType<ResultStoryArgs> =>
  Chart as unknown as ComponentType<ResultStoryArgs>;

/** Renders `Chart` with the metrics of the story's data set and options. */
export function resultRender(Chart: ResultChart): Render {
  return (args, { globals }) => (
    <Chart
      {...chartProps(args, globals)}
      result={storyMetrics(args.dataset, metricsOptions(args))}
    />
  );
}

/** Renders `Chart` twice, in two locales, to compare number and date formats. */
export function twoLocalesRender(Chart: ResultChart): Render {
  return (args, { globals }) => (
    <div style={{ display: "grid", gap: 32 }}>
      {TWO_LOCALES.map((locale) => (
        <div key={locale} lang={locale}>
          <Chart
            {...chartProps({ ...args, locale }, globals)}
            title={`${args.title ?? "Locale"}: ${locale}`}
            result={storyMetrics(args.dataset, metricsOptions(args))}
          />
        </div>
      ))}
    </div>
  );
}

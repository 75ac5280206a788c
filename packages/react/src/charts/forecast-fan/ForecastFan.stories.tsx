import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, dataArgTypes, leverArgTypes } from "../../stories-support/controls.js";
import { type ForecastControls, forecastData } from "../../stories-support/levers.js";
import {
  asStoryComponent,
  chartRender,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { ForecastFan, type ForecastFanProps } from "./ForecastFan.js";

type Args = StoryArgs<Omit<ForecastFanProps, "forecast" | "history">> & ForecastControls;

const meta: Meta<Args> = {
  title: "Levers/ForecastFan",
  component: asStoryComponent<Args>(ForecastFan),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "Where the level is heading: the last eight weeks of **backlog**, then the Monte Carlo forecast of `forecastBacklog` as a **fan** (p10–p90 shaded, p50 dashed) against the **healthy band**. The tooltip and the data table give the chance of leaving the band each day. When the history cannot support a forecast, the chart shows core's explanation in words instead of a fan.",
      },
    },
  },
  args: controlArgs,
  argTypes: { ...leverArgTypes(["bucket", "from", "to"]), ...dataArgTypes("forecast", "history") },
  render: chartRender<Args>(ForecastFan, forecastData),
};

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = state.healthy;
export const RisingAboveBand: Story = state.risingAboveBand;
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const RefusedTooLittleHistory: Story = {
  name: "Refused: too little history",
  args: { dataset: "twoWeeks" },
};
export const RefusedUnstable: Story = {
  name: "Refused: weeks too uneven",
  args: { dataset: "cityBurst", maxWeeklyCv: 0.1 },
};
export const DarkTheme: Story = { ...state.darkTheme, args: { dataset: "rising" } };
export const RightToLeft: Story = { ...state.rightToLeft, args: { dataset: "rising" } };

export const Empty: Story = { ...state.empty, name: "Empty log (refused)" };
export const LongCategoryNames: Story = state.longCategoryNames;
export const TwoLocales: Story = {
  args: { dataset: "cityBurst" },
  render: twoLocalesRender<Args>(ForecastFan, forecastData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

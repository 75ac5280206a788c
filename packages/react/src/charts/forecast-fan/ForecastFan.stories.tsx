import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, controlArgTypes, dataArgTypes } from "../../stories-support/controls.js";
import {
  asStoryComponent,
  chartRender,
  forecastData,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { ForecastFan, type ForecastFanProps } from "./ForecastFan.js";

type Args = StoryArgs<ForecastFanProps>;

const meta: Meta<Args> = {
  title: "Charts/ForecastFan",
  component: asStoryComponent<Args>(ForecastFan),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "Where the level is heading: the backlog of the last weeks, then a fan of seeded Monte Carlo runs (`forecastBacklog(log, { band })`) for the next 28 days, with its median and 80% range against the healthy band. When the history is too short or too unsteady to forecast honestly, it says so in words instead of drawing a fan.",
      },
    },
  },
  args: { ...controlArgs, historyDays: 56 },
  argTypes: {
    ...controlArgTypes,
    ...dataArgTypes("forecast", "history"),
    historyDays: {
      description: "Days of history drawn before the fan.",
      control: { type: "range", min: 7, max: 120, step: 7 },
      table: { category: "Chart" },
    },
  },
  render: chartRender<Args>(ForecastFan, forecastData),
};

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = state.healthy;
export const RisingAboveBand: Story = state.risingAboveBand;
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const Empty: Story = state.empty;
export const OneBucket: Story = {
  name: "Too little history (refused)",
  args: { dataset: "healthy", from: "2024-01-01", to: "2024-01-10" },
};
export const HugeValues: Story = state.hugeValues;
export const LongCategoryNames: Story = state.longCategoryNames;
export const DarkTheme: Story = state.darkTheme;
export const RightToLeft: Story = state.rightToLeft;
export const TwoLocales: Story = {
  args: { dataset: "cityBurst" },
  render: twoLocalesRender<Args>(ForecastFan, forecastData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

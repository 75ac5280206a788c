import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, controlArgTypes, dataArgTypes } from "../../stories-support/controls.js";
import {
  asStoryComponent,
  chartRender,
  resultData,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { BacklogTrend, type BacklogTrendProps } from "./BacklogTrend.js";

type Args = StoryArgs<BacklogTrendProps>;

const meta: Meta<Args> = {
  title: "Charts/BacklogTrend",
  component: asStoryComponent<Args>(BacklogTrend),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "The water level over time: **backlog** at the end of each bucket, with the **healthy band** (band limits in days × capacity) shaded behind it. Buckets above the band get ▲, below it ▼, so the status never rests on colour alone. Change the band limits in the controls to see the band and the marks move.",
      },
    },
  },
  args: controlArgs,
  argTypes: { ...controlArgTypes, ...dataArgTypes("result") },
  render: chartRender<Args>(BacklogTrend, resultData),
};

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = state.healthy;
export const RisingAboveBand: Story = state.risingAboveBand;
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const Empty: Story = state.empty;
export const OneBucket: Story = state.oneBucket;
export const HugeValues: Story = state.hugeValues;
export const LongCategoryNames: Story = state.longCategoryNames;
export const DarkTheme: Story = state.darkTheme;
export const RightToLeft: Story = state.rightToLeft;
export const TwoLocales: Story = {
  args: { dataset: "huge" },
  render: twoLocalesRender<Args>(BacklogTrend, resultData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

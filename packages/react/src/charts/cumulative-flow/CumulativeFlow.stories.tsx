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
import { CumulativeFlow, type CumulativeFlowProps } from "./CumulativeFlow.js";

type Args = StoryArgs<CumulativeFlowProps>;

const meta: Meta<Args> = {
  title: "Charts/CumulativeFlow",
  component: asStoryComponent<Args>(CumulativeFlow),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "Everything that ever came in (**arrivals**: cumulative inflow) and everything that went out (**departures**: cumulative throughput) from the start of the range. The vertical gap between the two lines is the backlog; when the lines run apart the tub is filling.",
      },
    },
  },
  args: controlArgs,
  argTypes: { ...controlArgTypes, ...dataArgTypes("result") },
  render: chartRender<Args>(CumulativeFlow, resultData),
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
  render: twoLocalesRender<Args>(CumulativeFlow, resultData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

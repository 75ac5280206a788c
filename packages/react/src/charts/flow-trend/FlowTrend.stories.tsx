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
import { FlowTrend, type FlowTrendProps } from "./FlowTrend.js";

type Args = StoryArgs<FlowTrendProps>;

const meta: Meta<Args> = {
  title: "Charts/FlowTrend",
  component: asStoryComponent<Args>(FlowTrend),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "The faucet against the drain: **inflow** (created + reopened) and **throughput** (solves) per bucket as lines, and **net flow** (inflow − throughput) as bars below: up when the backlog grew, down when it shrank.",
      },
    },
  },
  args: controlArgs,
  argTypes: { ...controlArgTypes, ...dataArgTypes("result") },
  render: chartRender<Args>(FlowTrend, resultData),
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
  render: twoLocalesRender<Args>(FlowTrend, resultData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, controlArgTypes } from "../../stories-support/controls.js";
import {
  asResultStoryComponent,
  type ResultStoryArgs,
  resultRender,
  twoLocalesRender,
} from "../../stories-support/result-chart.js";
import * as state from "../../stories-support/states.js";
import { FlowTrend } from "./FlowTrend.js";

const meta = {
  title: "Charts/FlowTrend",
  component: asResultStoryComponent(FlowTrend),
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
  argTypes: controlArgTypes,
  render: resultRender(FlowTrend),
} satisfies Meta<ResultStoryArgs>;

export default meta;
type Story = StoryObj<ResultStoryArgs>;

export const Healthy: Story = state.healthy;
export const RisingAboveBand: Story = state.risingAboveBand;
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const Empty: Story = state.empty;
export const OneBucket: Story = state.oneBucket;
export const HugeValues: Story = state.hugeValues;
export const LongCategoryNames: Story = state.longCategoryNames;
export const DarkTheme: Story = state.darkTheme;
export const RightToLeft: Story = state.rightToLeft;
export const TwoLocales: Story = { args: { dataset: "huge" }, render: twoLocalesRender(FlowTrend) };
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

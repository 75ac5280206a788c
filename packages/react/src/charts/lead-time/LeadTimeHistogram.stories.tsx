import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, controlArgTypes, dataArgTypes } from "../../stories-support/controls.js";
import {
  asStoryComponent,
  chartRender,
  leadTimeData,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { LeadTimeHistogram, type LeadTimeHistogramProps } from "./LeadTimeHistogram.js";

type Args = StoryArgs<LeadTimeHistogramProps>;

const meta: Meta<Args> = {
  title: "Charts/LeadTimeHistogram",
  component: asStoryComponent<Args>(LeadTimeHistogram),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "Resolved tickets by full resolution time, in duration bins (hours, then days), with the p50, p85 and p95 lines of `result.totals.leadTime`. A long right tail here is the queue, not the work.",
      },
    },
  },
  args: controlArgs,
  argTypes: { ...controlArgTypes, ...dataArgTypes("hours", "summary") },
  render: chartRender<Args>(LeadTimeHistogram, leadTimeData),
};

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = state.healthy;
export const RisingAboveBand: Story = state.risingAboveBand;
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const Empty: Story = state.empty;
export const OneBucket: Story = state.oneBucket;
export const HugeValues: Story = {
  ...state.trackerLongTail,
  name: "Huge values (lead times up to two years)",
};
export const LongCategoryNames: Story = state.longCategoryNames;
export const DarkTheme: Story = state.darkTheme;
export const RightToLeft: Story = state.rightToLeft;
export const TwoLocales: Story = {
  args: { dataset: "healthy" },
  render: twoLocalesRender<Args>(LeadTimeHistogram, leadTimeData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;
export const CustomBins: Story = {
  name: "Custom bin edges (hours)",
  args: { edges: [4, 8, 24, 72, 168, 336] },
};

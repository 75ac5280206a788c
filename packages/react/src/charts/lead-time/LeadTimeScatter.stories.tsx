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
import { LeadTimeScatter, type LeadTimeScatterProps } from "./LeadTimeScatter.js";

type Args = StoryArgs<LeadTimeScatterProps>;

const meta: Meta<Args> = {
  title: "Charts/LeadTimeScatter",
  component: asStoryComponent<Args>(LeadTimeScatter),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          'One dot per resolved ticket: when it was finally solved (x) and its full resolution time (y, `leadTimePoints`), with the p50, p85 and p95 lines of `result.totals.leadTime`. `scale="log"` spreads out the short lead times.',
      },
    },
  },
  args: { ...controlArgs, scale: "linear" },
  argTypes: {
    ...controlArgTypes,
    ...dataArgTypes("points", "summary"),
    scale: { control: "inline-radio", options: ["linear", "log"], table: { category: "Chart" } },
  },
  render: chartRender<Args>(LeadTimeScatter, leadTimeData),
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
  render: twoLocalesRender<Args>(LeadTimeScatter, leadTimeData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;
export const LogScale: Story = { args: { dataset: "tracker", bucket: "week", scale: "log" } };

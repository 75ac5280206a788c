import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, controlArgTypes, dataArgTypes } from "../../stories-support/controls.js";
import {
  agingData,
  asStoryComponent,
  chartRender,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { AgingWork, type AgingWorkProps } from "./AgingWork.js";

type Args = StoryArgs<AgingWorkProps>;

const meta: Meta<Args> = {
  title: "Charts/AgingWork",
  component: asStoryComponent<Args>(AgingWork),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "The open work at the end of the range (`result.aging`): how many open tickets are older than each threshold (1, 7, 30 days), all open tickets, the median age and the oldest ticket. An old tail hides inside a healthy-looking level: this is where it shows.",
      },
    },
  },
  args: controlArgs,
  argTypes: { ...controlArgTypes, ...dataArgTypes("aging") },
  render: chartRender<Args>(AgingWork, agingData),
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
  render: twoLocalesRender<Args>(AgingWork, agingData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

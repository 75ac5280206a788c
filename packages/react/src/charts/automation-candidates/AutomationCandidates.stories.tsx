import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, controlArgTypes, dataArgTypes } from "../../stories-support/controls.js";
import {
  asStoryComponent,
  auditData,
  chartRender,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { AutomationCandidates, type AutomationCandidatesProps } from "./AutomationCandidates.js";

type Args = StoryArgs<AutomationCandidatesProps>;

const meta: Meta<Args> = {
  title: "Charts/AutomationCandidates",
  component: asStoryComponent<Args>(AutomationCandidates),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "The categories most worth automating or deflecting, best first (`inflowAudit(log).automation`): each with its score, the share of all inflow that is repetitive work in it, and the reasons in words. An ordered list, no chart to decode.",
      },
    },
  },
  args: { ...controlArgs, limit: 5 },
  argTypes: {
    ...controlArgTypes,
    ...dataArgTypes("candidates"),
    limit: { control: { type: "range", min: 1, max: 20, step: 1 }, table: { category: "Chart" } },
  },
  render: chartRender<Args>(AutomationCandidates, auditData),
};

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = state.healthy;
export const RisingAboveBand: Story = state.risingAboveBand;
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const Empty: Story = state.empty;
export const OneBucket: Story = { name: "One category", args: { dataset: "longNames" } };
export const HugeValues: Story = {
  ...state.cityBurst,
  name: "Huge values (the largest log: a city 311 line)",
};
export const LongCategoryNames: Story = state.longCategoryList;
export const DarkTheme: Story = state.darkTheme;
export const RightToLeft: Story = state.rightToLeft;
export const TwoLocales: Story = {
  args: { dataset: "cityBurst" },
  render: twoLocalesRender<Args>(AutomationCandidates, auditData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

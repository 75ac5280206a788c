import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, dataArgTypes, leverArgTypes } from "../../stories-support/controls.js";
import { candidatesData } from "../../stories-support/levers.js";
import {
  asStoryComponent,
  chartRender,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { AutomationCandidates, type AutomationCandidatesProps } from "./AutomationCandidates.js";

type Args = StoryArgs<Omit<AutomationCandidatesProps, "candidates">>;

const meta: Meta<Args> = {
  title: "Levers/AutomationCandidates",
  component: asStoryComponent<Args>(AutomationCandidates),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "The categories most worth automating or deflecting, from `inflowAudit(…).automation`: ranked by **score** (the share of all inflow that is repetitive work in the category), each with the **reasons** in words a support lead uses.",
      },
    },
  },
  args: controlArgs,
  argTypes: {
    ...leverArgTypes(["bucket", "from", "to", "bandLow", "bandHigh"]),
    ...dataArgTypes("candidates"),
  },
  render: chartRender<Args>(AutomationCandidates, candidatesData),
};

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = state.healthy;
export const Rising: Story = state.risingAboveBand;
export const CityBurst: Story = state.cityBurst;
export const Empty: Story = state.empty;
export const DarkTheme: Story = { ...state.darkTheme, args: { dataset: "rising" } };
export const RightToLeft: Story = { ...state.rightToLeft, args: { dataset: "rising" } };
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const LongCategoryNames: Story = state.longCategoryList;
export const TwoLocales: Story = {
  args: { dataset: "cityBurst" },
  render: twoLocalesRender<Args>(AutomationCandidates, candidatesData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

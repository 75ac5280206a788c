import type { Meta, StoryObj } from "@storybook/react-vite";
import { controlArgs, dataArgTypes, leverArgTypes } from "../../stories-support/controls.js";
import { whatIfData } from "../../stories-support/levers.js";
import { asStoryComponent, chartRender, type StoryArgs } from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { WhatIfPanel, type WhatIfPanelProps } from "./WhatIfPanel.js";

type Args = StoryArgs<Omit<WhatIfPanelProps, "log">>;

const meta: Meta<Args> = {
  title: "Levers/WhatIfPanel",
  component: asStoryComponent<Args>(WhatIfPanel),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "The levers wired to `whatIf` and `capacityToReachBand`: deflect a share of a category or inflow kind, change capacity by a percentage or a number of agents, move the band. The projected bathtub with the changes sits beside the one without them, six weeks out; below, the weeks ahead, the lead time by Little's law with its assumptions checked in words, and the staffing to be back in the band by a date.",
      },
    },
  },
  args: controlArgs,
  argTypes: { ...leverArgTypes(["bucket", "from", "to"]), ...dataArgTypes("log") },
  render: chartRender<Args>(WhatIfPanel, whatIfData),
};

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = state.healthy;
export const Rising: Story = state.risingAboveBand;
export const Refused: Story = {
  name: "Refused: too little history",
  args: { dataset: "twoWeeks" },
};
export const DarkTheme: Story = { ...state.darkTheme, args: { dataset: "rising" } };
export const RightToLeft: Story = { ...state.rightToLeft, args: { dataset: "rising" } };
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const LongCategoryNames: Story = state.longCategoryList;
// Two panels on one page would repeat the "Levers" form landmark (see NOTES-for-lead):
// the two locales are two stories instead.
export const LocaleDeDE: Story = {
  name: "Locale de-DE",
  globals: { locale: "de-DE" },
  args: { dataset: "rising" },
};
export const LocaleEnIN: Story = {
  name: "Locale en-IN",
  globals: { locale: "en-IN" },
  args: { dataset: "rising" },
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

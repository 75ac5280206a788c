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
import { Bathtub, type BathtubProps } from "./Bathtub.js";

type Args = StoryArgs<BathtubProps>;

const meta: Meta<Args> = {
  title: "Charts/Bathtub",
  component: asStoryComponent<Args>(Bathtub),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          'The whole idea in one picture, for one bucket (the last by default): the **faucet**\'s stream is the inflow, the **water** is the backlog, the marks on the wall are the **healthy band**, the **drain**\'s stream is the throughput. It says whether the level rose or fell and by how much, and the status in words and colour. `variant="compact"` fits a KPI card. The hero measures its container: under 480 px wide (a phone) it draws the compact layout, so its text stays legible, and keeps "Show data table" for the inflow, throughput and band; the server and the first client render draw the hero, so hydration matches. The level moves smoothly when the data changes, and stands still under `prefers-reduced-motion`.',
      },
    },
  },
  args: { ...controlArgs, variant: "hero" },
  argTypes: {
    ...controlArgTypes,
    ...dataArgTypes("result"),
    variant: {
      control: "inline-radio",
      options: ["hero", "compact"],
      table: { category: "Chart" },
    },
    bucketIndex: {
      description: "Which bucket to show; negative counts from the end. Default: the last.",
      control: { type: "number", step: 1 },
      table: { category: "Chart" },
    },
    maxWidth: { control: { type: "number", min: 160, step: 20 }, table: { category: "Chart" } },
    motion: {
      description:
        '`"auto"` moves the water and the streams except under `prefers-reduced-motion`; `"none"` never moves.',
      control: "inline-radio",
      options: ["auto", "none"],
      table: { category: "Chart" },
    },
  },
  render: chartRender<Args>(Bathtub, resultData),
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
  render: twoLocalesRender<Args>(Bathtub, resultData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = {
  ...state.cityBurst,
  name: "City 311 burst, at the storm",
  args: { dataset: "cityBurst", bucketIndex: 30 },
};
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;
export const Compact: Story = { args: { variant: "compact" } };
export const CompactRising: Story = { args: { variant: "compact", dataset: "rising" } };
export const MotionNone: Story = { name: 'motion="none"', args: { motion: "none" } };
export const CompactDark: Story = {
  args: { variant: "compact", dataset: "draining" },
  globals: { theme: "dark" },
};
/** 390 px wide with huge values: the hero lays itself out compact, text at full size. */
export const OnAPhone: Story = {
  name: "On a phone (390 px, huge values)",
  args: { dataset: "huge" },
  decorators: [
    (Story) => (
      <div style={{ width: 390 }}>
        <Story />
      </div>
    ),
  ],
};

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
import { InflowAudit, type InflowAuditProps } from "./InflowAudit.js";

type Args = StoryArgs<InflowAuditProps>;

const meta: Meta<Args> = {
  title: "Charts/InflowAudit",
  component: asStoryComponent<Args>(InflowAudit),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "The faucet, audited over the last 28 days (`inflowAudit(log, { windowDays: 28 })`): categories ranked by inflow with their share, the change against the previous 28 days and whether it beats ordinary week-to-week noise; avoidable inflow by kind; new and emerging categories. A table, so it reads in order without decoding a chart.",
      },
    },
  },
  args: { ...controlArgs, limit: 10 },
  argTypes: {
    ...controlArgTypes,
    ...dataArgTypes("audit"),
    limit: { control: { type: "range", min: 1, max: 20, step: 1 }, table: { category: "Chart" } },
  },
  render: chartRender<Args>(InflowAudit, auditData),
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
  render: twoLocalesRender<Args>(InflowAudit, auditData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

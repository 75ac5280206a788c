import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { controlArgs, dataArgTypes, leverArgTypes } from "../../stories-support/controls.js";
import { auditData } from "../../stories-support/levers.js";
import {
  asStoryComponent,
  chartRender,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { InflowAudit, type InflowAuditProps } from "./InflowAudit.js";

type Args = StoryArgs<Omit<InflowAuditProps, "audit">>;

const meta: Meta<Args> = {
  title: "Levers/InflowAudit",
  component: asStoryComponent<Args>(InflowAudit),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "The faucet audited by `inflowAudit` over the last 28 days: categories ranked by inflow with their **growth** on the 28 days before, whether it is **beyond ordinary weekly swings** (▲ ▼ ● and words, never colour alone) and a weekly sparkline; the **avoidable** share by inflow kind; new and emerging categories; taxonomy health.",
      },
    },
  },
  args: controlArgs,
  argTypes: {
    ...leverArgTypes(["bucket", "from", "to", "bandLow", "bandHigh"]),
    ...dataArgTypes("audit"),
  },
  render: chartRender<Args>(InflowAudit, auditData),
};

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = state.healthy;
export const Rising: Story = state.risingAboveBand;
export const CityBurst: Story = state.cityBurst;
export const Empty: Story = state.empty;
export const LongCategoryNames: Story = state.longCategoryList;
export const DarkTheme: Story = { ...state.darkTheme, args: { dataset: "rising" } };
export const RightToLeft: Story = { ...state.rightToLeft, args: { dataset: "rising" } };
export const DrainingBelowBand: Story = state.drainingBelowBand;
export const OneCategory: Story = { name: "One category", args: { dataset: "longNames" } };
export const TwoLocales: Story = {
  args: { dataset: "cityBurst" },
  render: twoLocalesRender<Args>(InflowAudit, auditData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;
/** 320 px wide: the table scrolls sideways, and says so under it. */
export const OnAPhone: Story = {
  name: "On a phone (320 px)",
  args: { dataset: "rising" },
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByText("Scroll sideways for more columns.")).toBeVisible(),
    );
    const region = canvas.getByRole("group", { name: /./ });
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
  },
};

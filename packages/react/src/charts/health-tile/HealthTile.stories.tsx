import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  chartProps,
  controlArgs,
  controlArgTypes,
  dataArgTypes,
} from "../../stories-support/controls.js";
import {
  asStoryComponent,
  chartRender,
  resultData,
  type StoryArgs,
  twoLocalesRender,
} from "../../stories-support/render.js";
import * as state from "../../stories-support/states.js";
import { HealthTile, type HealthTileProps } from "./HealthTile.js";
import type { HealthMetric } from "./model.js";

type Args = StoryArgs<HealthTileProps>;

const METRICS: HealthMetric[] = ["backlog", "backlogDays", "inflow", "throughput"];

const meta: Meta<Args> = {
  title: "Charts/HealthTile",
  component: asStoryComponent<Args>(HealthTile),
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "One number for a dashboard: the last bucket's **backlog**, **days of work waiting** (`backlogDays`), **inflow** or **throughput**; its trend against the bucket before; the band status in words with an icon; and a sparkline of the recent buckets.",
      },
    },
  },
  args: { ...controlArgs, metric: "backlog", sparkBuckets: 12 },
  argTypes: {
    ...controlArgTypes,
    ...dataArgTypes("result"),
    metric: { control: "inline-radio", options: METRICS, table: { category: "Chart" } },
    sparkBuckets: {
      control: { type: "range", min: 1, max: 60, step: 1 },
      table: { category: "Chart" },
    },
  },
  render: chartRender<Args>(HealthTile, resultData),
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
  render: twoLocalesRender<Args>(HealthTile, resultData),
};
export const ReducedMotion: Story = state.reducedMotion;
export const CityBurst: Story = state.cityBurst;
export const TrackerLongTail: Story = state.trackerLongTail;
export const CoreSample: Story = state.coreSample;

/** The four metrics side by side, as a dashboard row. */
export const DashboardRow: Story = {
  args: { dataset: "rising", bucket: "week" },
  render: (args, { globals }) => {
    const { result } = resultData(args) as Pick<HealthTileProps, "result">;
    return (
      <div
        style={{
          display: "grid",
          gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
          gap: 16,
        }}
      >
        {METRICS.map((metric) => (
          <HealthTile key={metric} {...chartProps(args, globals)} result={result} metric={metric} />
        ))}
      </div>
    );
  },
};

/**
 * Stories only: the controls every chart story shares (data set, bucket, time
 * zone, band limits, theme and its tokens, locale), and how they become props.
 * Token controls are named after their CSS custom property (`--tidemark-inflow`),
 * so a designer can copy a colour they like straight into the host page's CSS.
 */

import type { ArgTypes } from "@storybook/react-vite";
import type { BucketUnit } from "@tidemark/core";
import { lightTheme, type Theme, type ThemeToken, type ThemeTokens } from "../theme/tokens.js";
import { DATASET_NAMES, DATASETS, type DatasetName, type StoryMetricsOptions } from "./datasets.js";
import { LOCALES } from "./locales.js";

type TokenArgs = { [K in `--tidemark-${string}`]?: string };

/** The controls shared by every chart story. */
export interface StoryControls extends TokenArgs {
  /** Which generated ticket log the chart shows. */
  dataset: DatasetName;
  /** Bucket size of the metrics. */
  bucket: BucketUnit;
  /** IANA zone whose local midnights cut the buckets. */
  timeZone: string;
  /** The healthy band's lower limit, days of capacity. */
  bandLow: number;
  /** The healthy band's upper limit, days of capacity. */
  bandHigh: number;
  /** First and last local date shown (`YYYY-MM-DD`), or empty for all. */
  from?: string;
  to?: string;
  /** Theme preset; empty follows the toolbar. */
  theme?: "light" | "dark";
  /** Locale; empty follows the toolbar. */
  locale?: string;
}

const cssName = (token: string) =>
  `--tidemark-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const TOKENS = Object.keys(lightTheme) as ThemeToken[];

export const ZONES = [
  "UTC",
  "America/Los_Angeles",
  "Europe/Paris",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Lord_Howe",
];

export const controlArgs: StoryControls = {
  dataset: "healthy",
  bucket: "day",
  timeZone: "UTC",
  bandLow: 0.5,
  bandHigh: 2,
};

const tokenArgTypes: ArgTypes = Object.fromEntries(
  TOKENS.map((t) => [
    cssName(t),
    {
      name: cssName(t),
      description: `Overrides the \`${t}\` token (default light: \`${lightTheme[t]}\`).`,
      control: t === "fontFamily" || t === "fontSize" ? "text" : "color",
      table: { category: "Theme tokens", type: { summary: "CSS value" } },
    },
  ]),
);

export const controlArgTypes: ArgTypes = {
  dataset: {
    description: "The generated ticket log the chart shows.",
    control: "select",
    options: DATASET_NAMES,
    labels: DATASETS,
    table: { category: "Data" },
  },
  bucket: {
    description: "Bucket size: `computeMetrics(log, { bucket })`.",
    control: "inline-radio",
    options: ["day", "week", "month"],
    table: { category: "Data" },
  },
  timeZone: {
    description: "IANA zone whose local midnights cut the buckets.",
    control: "select",
    options: ZONES,
    table: { category: "Data" },
  },
  bandLow: {
    description: "The healthy band's lower limit, in days of capacity.",
    control: { type: "range", min: 0, max: 5, step: 0.1 },
    table: { category: "Band" },
  },
  bandHigh: {
    description: "The healthy band's upper limit, in days of capacity (at least the lower).",
    control: { type: "range", min: 0, max: 10, step: 0.1 },
    table: { category: "Band" },
  },
  from: {
    description: "First local date (`YYYY-MM-DD`).",
    control: "text",
    table: { category: "Data" },
  },
  to: {
    description: "Last local date (`YYYY-MM-DD`, inclusive).",
    control: "text",
    table: { category: "Data" },
  },
  theme: {
    description: "Theme preset; unset follows the toolbar.",
    control: "inline-radio",
    options: ["light", "dark"],
    table: { category: "Theme" },
  },
  locale: {
    description: "Locale for numbers and dates; unset follows the toolbar.",
    control: "select",
    options: LOCALES.map((l) => l.value),
    table: { category: "Theme" },
  },
  ...tokenArgTypes,
};

/**
 * The controls of a lever panel: its core function takes a log, not a
 * `MetricsResult`, so the controls in `unused` (the bucket and range, and the
 * audit's band) are hidden rather than left doing nothing, and the "huge" data
 * set (a `MetricsResult` scaled up, not a log) is not offered.
 */
export function leverArgTypes(unused: readonly string[]): ArgTypes {
  const dataset = controlArgTypes.dataset as { options: readonly string[] };
  return {
    ...controlArgTypes,
    dataset: { ...dataset, options: dataset.options.filter((name) => name !== "huge") },
    ...Object.fromEntries(
      unused.map((name) => [name, { control: false, table: { disable: true } }]),
    ),
  };
}

/** Data props (and `children`) stay in the props table but get no control: core computes them. */
export function dataArgTypes(...names: string[]): ArgTypes {
  return Object.fromEntries([...names, "children"].map((name) => [name, { control: false }]));
}

/** Story globals, as Storybook passes them in the render context. */
export interface StoryGlobals {
  theme?: unknown;
  locale?: unknown;
}

/** The `theme` and `locale` props: the story's own, else the toolbar's; token controls on top. */
export function lookProps(
  args: StoryControls,
  globals: StoryGlobals,
): { theme: Theme; locale: string } {
  const base = args.theme ?? (globals.theme === "dark" ? "dark" : "light");
  const tokens: Partial<ThemeTokens> = {};
  for (const t of TOKENS) {
    const v = args[cssName(t) as `--tidemark-${string}`];
    if (typeof v === "string" && v.trim() !== "") tokens[t] = v;
  }
  const locale = args.locale ?? (typeof globals.locale === "string" ? globals.locale : "en-US");
  return { theme: Object.keys(tokens).length > 0 ? { base, tokens } : base, locale };
}

/** The metrics options of a story's controls. */
export function metricsOptions(args: StoryControls): StoryMetricsOptions {
  return {
    timeZone: args.timeZone,
    bucket: args.bucket,
    bandLow: args.bandLow,
    bandHigh: args.bandHigh,
    ...(args.from && args.to ? { from: args.from, to: args.to } : {}),
  };
}

/** The chart props of a story's args: control-only args removed, theme and locale resolved. */
export function chartProps<A extends StoryControls>(
  args: A,
  globals: StoryGlobals,
): Omit<A, keyof StoryControls> & { theme: Theme; locale: string; timeZone: string } {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    if (!(key in controlArgTypes) && value !== undefined) rest[key] = value;
  }
  return {
    ...(rest as Omit<A, keyof StoryControls>),
    ...lookProps(args, globals),
    timeZone: args.timeZone,
  };
}

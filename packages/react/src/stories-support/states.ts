/**
 * Stories only: the states a designer needs to see, shared by every chart's
 * stories (each chart file re-exports them by name, so Storybook lists them).
 */
import type { StoryControls } from "./controls.js";
import { LONG_CATEGORIES } from "./profiles.js";

/** A story's annotations, without a render (each chart file brings its own). */
export interface StoryState {
  name?: string;
  args?: Partial<StoryControls> & { title?: string };
  globals?: Record<string, string>;
  parameters?: Record<string, unknown>;
}

export const healthy: StoryState = { args: { dataset: "healthy" } };
export const risingAboveBand: StoryState = { args: { dataset: "rising" } };
export const drainingBelowBand: StoryState = { args: { dataset: "draining" } };
export const empty: StoryState = { args: { dataset: "empty" } };
export const oneBucket: StoryState = {
  args: { dataset: "healthy", bucket: "week", from: "2024-03-04", to: "2024-03-10" },
};
export const hugeValues: StoryState = { args: { dataset: "huge" } };
export const longCategoryNames: StoryState = {
  args: { dataset: "longNames", title: `Category “${LONG_CATEGORIES[1]}”` },
};
/** For the charts that list categories: every category has a long name. */
export const longCategoryList: StoryState = {
  name: "Long category names",
  args: { dataset: "longCategories" },
};
export const darkTheme: StoryState = { globals: { theme: "dark" } };
export const rightToLeft: StoryState = {
  name: "Right-to-left locale (ar-EG)",
  globals: { locale: "ar-EG" },
};
export const reducedMotion: StoryState = {
  parameters: {
    docs: {
      description: {
        story:
          "Rendered with `prefers-reduced-motion: reduce` (the browser test emulates it for this story): nothing moves.",
      },
    },
  },
};
export const cityBurst: StoryState = { name: "City 311 burst", args: { dataset: "cityBurst" } };
export const trackerLongTail: StoryState = {
  name: "Issue tracker, long open tail",
  args: { dataset: "tracker", bucket: "week" },
};
export const coreSample: StoryState = {
  name: "Core sample log, weekly",
  args: { dataset: "sample", bucket: "week" },
};

/** The two locales shown side by side in each chart's "two locales" story. */
export const TWO_LOCALES = ["de-DE", "en-IN"] as const;

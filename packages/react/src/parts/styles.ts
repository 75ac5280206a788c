import type { CSSProperties } from "react";
import { type Theme, themeStyle, themeVar } from "../theme/tokens.js";

/** Hides content visually while keeping it for screen readers. */
export const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};

/**
 * The root style of every chart: theme properties, font and colour, no
 * margins. A chart given a `theme` paints its background too, so a dark preset
 * reads on a light page; without one, the host's background shows through.
 */
export function rootStyle(theme: Theme | undefined, style?: CSSProperties): CSSProperties {
  return {
    ...themeStyle(theme),
    ...(theme === undefined ? {} : { background: themeVar("background") }),
    margin: 0,
    padding: 0,
    position: "relative",
    fontFamily: themeVar("fontFamily"),
    fontSize: themeVar("fontSize"),
    color: themeVar("text"),
    lineHeight: 1.4,
    ...style,
  } as CSSProperties;
}

/** An id usable inside `url(#…)` and CSS: React's `useId` with the punctuation removed. */
export const svgId = (reactId: string, suffix: string): string =>
  `tm${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}-${suffix}`;

/**
 * Theme tokens. Every colour and font a chart uses is a CSS custom property
 * `--tidemark-<token>` with the light value as its fallback, so a host page can
 * restyle the kit from its own CSS, and a `theme` prop can set them inline.
 * Colours meet WCAG AA on their background: text 4.5:1, marks 3:1.
 */
export interface ThemeTokens {
  background: string;
  text: string;
  muted: string;
  grid: string;
  inflow: string;
  throughput: string;
  backlog: string;
  band: string;
  water: string;
  waterDeep: string;
  tub: string;
  metal: string;
  healthy: string;
  below: string;
  above: string;
  focus: string;
  tooltipBackground: string;
  tooltipText: string;
  fontFamily: string;
  fontSize: string;
}

/** A token name, such as `"inflow"` (the CSS property is `--tidemark-inflow`). */
export type ThemeToken = keyof ThemeTokens;

/** The light preset: also the fallback of every `var(--tidemark-*)`. */
export const lightTheme: ThemeTokens = {
  background: "#ffffff",
  text: "#1f2933",
  muted: "#52606d",
  grid: "#e4e7eb",
  inflow: "#1f6fb2",
  throughput: "#0f7b5f",
  backlog: "#5a3fc0",
  band: "#2f855a",
  water: "#3b8fd4",
  waterDeep: "#1d5f99",
  tub: "#f4f6f8",
  metal: "#8a96a3",
  healthy: "#1e7a46",
  below: "#9a5b00",
  above: "#c0262d",
  focus: "#1f6fb2",
  tooltipBackground: "#1f2933",
  tooltipText: "#ffffff",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  fontSize: "12px",
};

/** The dark preset. */
export const darkTheme: ThemeTokens = {
  ...lightTheme,
  background: "#131a22",
  text: "#e6eaee",
  muted: "#a3afbc",
  grid: "#2c3844",
  inflow: "#5eaef0",
  throughput: "#3ccf9c",
  backlog: "#a18cf5",
  band: "#5fcf8f",
  water: "#3f95dc",
  waterDeep: "#2a6db0",
  tub: "#1d2731",
  metal: "#7d8a97",
  healthy: "#5fd08f",
  below: "#f2b84b",
  above: "#ff7b7b",
  focus: "#7cc0ff",
  tooltipBackground: "#e6eaee",
  tooltipText: "#131a22",
};

/**
 * The `theme` prop: a preset name, token overrides, or both.
 * Without it, a chart sets no custom properties, so the host page's
 * `--tidemark-*` values (or the light defaults) apply.
 */
export type Theme =
  | "light"
  | "dark"
  | Partial<ThemeTokens>
  | { base: "light" | "dark"; tokens?: Partial<ThemeTokens> };

const cssName = (token: string): string =>
  `--tidemark-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** `var(--tidemark-<token>, <light value>)`, for SVG attributes and inline styles. */
export function themeVar(token: ThemeToken): string {
  return `var(${cssName(token)}, ${lightTheme[token]})`;
}

/**
 * The inline custom properties a `theme` prop sets, as a React style object.
 *
 * @example themeStyle("dark")["--tidemark-text"] // "#e6eaee"
 */
export function themeStyle(theme: Theme | undefined): Record<string, string> {
  if (theme === undefined) return {};
  let tokens: Partial<ThemeTokens>;
  if (theme === "light") tokens = lightTheme;
  else if (theme === "dark") tokens = darkTheme;
  else if ("base" in theme && (theme.base === "light" || theme.base === "dark")) {
    tokens = { ...(theme.base === "dark" ? darkTheme : lightTheme), ...theme.tokens };
  } else tokens = theme as Partial<ThemeTokens>;
  const style: Record<string, string> = {};
  for (const key of Object.keys(tokens) as ThemeToken[]) {
    const value = tokens[key];
    // Values go into a style attribute: keep them to one CSS value.
    if (typeof value === "string" && !/[;{}<>]/.test(value)) style[cssName(key)] = value;
  }
  return style;
}

// Every story renders inside a frame that follows the toolbar: theme (light/dark)
// sets the --tidemark-* tokens and the page colours; locale sets `lang`, and `dir`
// for right-to-left scripts. Stories read the same globals for the charts'
// `theme` and `locale` props (see packages/react/src/stories-support/controls.ts).
import type { Decorator, Preview } from "@storybook/react-vite";
import { directionOf, LOCALES } from "../packages/react/src/stories-support/locales.js";
import { themeStyle, themeVar } from "../packages/react/src/theme/tokens.js";

const withFrame: Decorator = (Story, context) => {
  const theme = context.globals.theme === "dark" ? "dark" : "light";
  const locale = String(context.globals.locale ?? "en-US");
  const docs = context.viewMode === "docs";
  return (
    <div
      lang={locale}
      dir={directionOf(locale)}
      data-theme={theme}
      style={{
        ...themeStyle(theme),
        background: themeVar("background"),
        color: themeVar("text"),
        fontFamily: themeVar("fontFamily"),
        padding: 16,
        minHeight: docs ? undefined : "100vh",
        boxSizing: "border-box",
      }}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withFrame],
  globalTypes: {
    theme: {
      description: "Light or dark theme preset",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light", icon: "sun" },
          { value: "dark", title: "Dark", icon: "moon" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Locale for numbers and dates (and text direction)",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: LOCALES.map((l) => ({ value: l.value, title: l.title, right: l.value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light", locale: "en-US" },
  parameters: {
    layout: "fullscreen",
    a11y: { test: "error" },
    controls: {
      expanded: true,
      sort: "none",
      matchers: { color: /(background|color|^--tidemark-)/i, date: /Date$/i },
    },
    options: {
      storySort: { order: ["Introduction", "The bathtub idea", "Theming", "Charts", "*"] },
    },
  },
};

export default preview;

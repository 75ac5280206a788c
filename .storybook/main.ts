// Storybook for every @tidemark/react component. Stories and MDX docs live next to
// the components; packages are read from src through the "@tidemark/source"
// export condition, so no package build is needed first.
import type { StorybookConfig } from "@storybook/react-vite";

const config: StorybookConfig = {
  stories: ["../packages/*/src/**/*.@(mdx|stories.@(ts|tsx))"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  // Without an icon link the browser asks for /favicon.ico, a 404 in the console.
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
  // react-docgen-typescript reads props through withWidth() and `extends ChartBaseProps`;
  // only the components' own files are parsed (it is the slow part of the build).
  typescript: {
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: {
      tsconfigPath: "packages/react/tsconfig.json",
      include: ["packages/react/src/charts/**/*.tsx", "packages/react/src/parts/**/*.tsx"],
      exclude: ["**/*.stories.tsx", "**/node_modules/**"],
      shouldExtractLiteralValuesFromEnum: true,
      propFilter: (prop) => !prop.parent?.fileName.includes("node_modules"),
    },
  },
  async viteFinal(config) {
    const { defaultClientConditions } = await import("vite");
    config.resolve = {
      ...config.resolve,
      conditions: ["@tidemark/source", ...defaultClientConditions],
    };
    // The charts are client components ("use client"); that directive means nothing here.
    // Vite 8 bundles with rolldown, which reads `rolldownOptions` (not `rollupOptions`).
    type Build = NonNullable<typeof config.build> & { rolldownOptions?: Record<string, unknown> };
    const build = (config.build ?? {}) as Build;
    config.build = {
      ...build,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        ...build.rolldownOptions,
        onwarn(warning: { code?: string }, warn: (w: unknown) => void) {
          if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
        },
      },
    } as Build;
    return config;
  },
};

export default config;

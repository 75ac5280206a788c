// Browser end-to-end tests over built sites (storybook-static, apps/demo/dist), run in Node.
// They drive Debian's chromium through playwright-core: see test/support/chromium.ts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@tidemark/source"] },
  // Node-environment tests resolve through Vite's SSR settings: same condition there.
  ssr: { resolve: { conditions: ["@tidemark/source"], externalConditions: ["@tidemark/source"] } },
  test: {
    name: "e2e",
    environment: "node",
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    // One chromium at a time on a 2-core machine.
    fileParallelism: false,
    reporters: ["default", ["json", { outputFile: "test-results/e2e.json" }]],
  },
});

import { defineConfig } from "vitest/config";

// Unit tests of the demo's pure modules (settings ⇄ URL, CSV writer, CSV head,
// the worker's view). The browser behaviour is tested in test/e2e/demo.test.ts.
export default defineConfig({
  resolve: { conditions: ["@tidemark/source"] },
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    env: { TZ: "America/Los_Angeles" },
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
  },
});

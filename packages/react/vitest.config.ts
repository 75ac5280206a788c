import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@tidemark/source"] },
  test: {
    environment: "jsdom",
    // Dates must not depend on the machine's zone: run in one with DST.
    env: { TZ: "America/Los_Angeles" },
    include: ["test/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
  },
});

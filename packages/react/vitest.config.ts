import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@tidemark/source"] },
  test: {
    environment: "jsdom",
    // Dates must not depend on the machine's zone: run in one with DST.
    // TIDEMARK_REACT_MAJOR: the React this run must render with (test/react-version.test.ts).
    env: { TZ: "America/Los_Angeles", TIDEMARK_REACT_MAJOR: "19" },
    include: ["test/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
  },
});

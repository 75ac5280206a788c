// The same tests under React 18.3.1: `react`, `react-dom` (and their subpaths) and
// `@testing-library/react` are aliased to the copies installed from
// test/react-18/package.json, whose own tree gives react-dom 18 React 18 as its peer.
// test/react-version.test.ts fails if this run renders with any other major.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

const env = createRequire(
  createRequire(import.meta.url).resolve("@tidemark/react-18-env/package.json"),
);
const dir = (name: string) => dirname(env.resolve(`${name}/package.json`));

export default defineConfig({
  ...base,
  resolve: {
    ...base.resolve,
    alias: [
      { find: /^react(\/.*)?$/, replacement: `${dir("react")}$1` },
      { find: /^react-dom(\/.*)?$/, replacement: `${dir("react-dom")}$1` },
      { find: /^@testing-library\/react$/, replacement: dir("@testing-library/react") },
    ],
  },
  test: {
    ...base.test,
    name: "react-18",
    env: { ...base.test?.env, TIDEMARK_REACT_MAJOR: "18" },
    // Its own report, which test/support/summarize.mjs expects (missing = failed).
    reporters: ["default", ["json", { outputFile: "test-results/react-18.json" }]],
  },
});

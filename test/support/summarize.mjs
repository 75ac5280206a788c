// Sums every vitest JSON report of the last test run into one line for CI:
// "N passed, N failed". Reports: packages/*/test-results.json, apps/*/test-results.json,
// packages/*/test-results/*.json (a package's further runs, e.g. React 18) and test-results/*.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const files = [];
for (const dir of ["packages", "apps"]) {
  for (const name of readdirSync(join(root, dir))) {
    const f = join(root, dir, name, "test-results.json");
    if (existsSync(f)) files.push(f);
    const more = join(root, dir, name, "test-results");
    if (existsSync(more))
      for (const m of readdirSync(more)) if (m.endsWith(".json")) files.push(join(more, m));
  }
}
const shared = join(root, "test-results");
if (existsSync(shared))
  for (const name of readdirSync(shared))
    if (name.endsWith(".json")) files.push(join(shared, name));

// A suite that should have reported and did not (it crashed, or never ran) counts as a failure.
const expected = ["packages/core", "packages/cli", "packages/react"]
  .map((d) => join(root, d, "test-results.json"))
  .concat([join(root, "packages/react/test-results/react-18.json")])
  .concat(["storybook", "e2e"].map((n) => join(shared, `${n}.json`)));

let passed = 0;
let failed = 0;
for (const f of expected) {
  if (!files.includes(f)) {
    failed++;
    console.log(`  ${f.slice(root.length + 1)}: missing (the suite did not run to the end)`);
  }
}
for (const f of files) {
  const report = JSON.parse(readFileSync(f, "utf8"));
  passed += report.numPassedTests ?? 0;
  // A suite that fails to load has no failed tests of its own: count it once.
  const brokenSuites = report.numFailedTests > 0 ? 0 : (report.numFailedTestSuites ?? 0);
  failed += (report.numFailedTests ?? 0) + brokenSuites;
  console.log(
    `  ${f.slice(root.length + 1)}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  );
}
console.log(`${passed} passed, ${failed} failed`);

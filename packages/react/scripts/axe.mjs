// Usage: node scripts/axe.mjs — runs axe-core on the gallery pages (after scripts/screenshots.mjs).
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(join(process.cwd(), "../../package.json"));
const axePath = require.resolve("axe-core/axe.min.js");
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "tm-axe-")), {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await context.newPage();
let failures = 0;
for (const theme of ["light", "dark"]) {
  await page.goto(`file:///tmp/tidemark-gallery-${theme}.html`);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} :: ${n.failureSummary}`),
    }));
  });
  failures += result.length;
  console.log(theme, JSON.stringify(result, null, 1));
}
await context.close();
process.exit(failures ? 1 : 0);

// Usage: node scripts/screenshots.mjs [dataset] [day|week|month] — renders scripts/gallery.tsx and screenshots it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const dataset = process.argv[2] ?? "helpdesk-italy";
const out = "/tmp/tidemark-gallery";
await build({
  entryPoints: ["scripts/gallery.tsx"],
  bundle: true,
  platform: "node",
  format: "esm",
  jsx: "automatic",
  conditions: ["@tidemark/source"],
  outfile: "node_modules/.cache/tidemark-gallery.mjs",
  logLevel: "warning",
  external: ["react", "react-dom"],
});
const { execFileSync } = await import("node:child_process");
execFileSync(
  process.execPath,
  ["node_modules/.cache/tidemark-gallery.mjs", dataset, out, process.argv[3] ?? "week"],
  {
    stdio: "inherit",
  },
);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "tm-shot-")), {
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
  viewport: { width: 1520, height: 900 },
});
const page = await context.newPage();
for (const theme of ["light", "dark"]) {
  await page.goto(`file://${out}-${theme}.html`);
  await page.screenshot({ path: `${out}-${theme}.png`, fullPage: true });
}
await context.close();
console.log(`${out}-light.png ${out}-dark.png`);

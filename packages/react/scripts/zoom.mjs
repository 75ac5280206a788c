// Usage: node scripts/zoom.mjs <light|dark> <index> — screenshots one card of the gallery at 2x.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [theme = "light", index = "0"] = process.argv.slice(2);
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
  deviceScaleFactor: 2,
});
const page = await context.newPage();
await page.goto(`file:///tmp/tidemark-gallery-${theme}.html`);
await page
  .locator("main > div > div")
  .nth(Number(index))
  .screenshot({ path: `/tmp/tidemark-card-${theme}-${index}.png` });
await context.close();

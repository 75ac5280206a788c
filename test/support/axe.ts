/** Runs axe-core in a page: injects node_modules/axe-core/axe.min.js once, then `axe.run`. */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Violations of impact `serious` or `critical` under `selector`. Retries while
 * another axe run (the a11y add-on's, after each render) is still going.
 */
export async function seriousViolations(page: Page, selector = "body"): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === "object");
  if (!loaded) await page.addScriptTag({ path: axePath });
  for (let attempt = 0; ; attempt++) {
    try {
      const violations = await page.evaluate(async (context) => {
        const axe = (
          window as unknown as {
            axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
          }
        ).axe;
        const result = await axe.run(context, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
        }));
      }, selector);
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    } catch (error) {
      if (attempt < 100 && String(error).includes("already running")) {
        await page.waitForTimeout(100);
        continue;
      }
      throw error;
    }
  }
}

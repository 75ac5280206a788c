/**
 * Every story of the built Storybook (storybook-static, from `pnpm build-storybook`)
 * in headless chromium: no console error or page error, something rendered, and no
 * axe violation of serious or critical impact. A screenshot of each story goes to
 * test/artifacts/storybook/<id>.png.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "../support/axe.js";
import { type LaunchedBrowser, launchChromium } from "../support/chromium.js";
import { serveStatic } from "../support/serve.mjs";

const root = resolve(import.meta.dirname, "..", "..");
const site = join(root, "storybook-static");
const artifacts = join(root, "test", "artifacts", "storybook");

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: "story" | "docs";
  tags?: string[];
}

const index: Record<string, IndexEntry> = existsSync(join(site, "index.json"))
  ? JSON.parse(await readFile(join(site, "index.json"), "utf8")).entries
  : {};
const stories = Object.values(index).filter((e) => e.type === "story");
const docs = Object.values(index).filter((e) => e.type === "docs");

let server: { url: string; close(): Promise<void> };
let browser: LaunchedBrowser;
let page: Page;
let problems: string[] = [];
let previewReady = false;

beforeAll(async () => {
  await rm(artifacts, { recursive: true, force: true });
  await mkdir(artifacts, { recursive: true });
  server = await serveStatic(site, 0);
  browser = await launchChromium({ viewport: { width: 1000, height: 760 } });
  page = await browser.context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`Storybook screenshots: ${artifacts}`);
});

describe("storybook-static", () => {
  test("was built and lists stories (run `pnpm build-storybook` first)", () => {
    expect(stories.length, `no stories in ${join(site, "index.json")}`).toBeGreaterThan(0);
  });

  test.each(stories.map((s) => [s.id, s] as const))(
    "%s renders cleanly and passes axe",
    async (id, story) => {
      const reduce = story.name.toLowerCase().includes("reduced motion")
        ? "reduce"
        : "no-preference";
      await page.emulateMedia({ reducedMotion: reduce });
      // The first story (and any after a failure) loads the preview page; the others
      // switch stories through Storybook's channel, as its own UI does: much faster.
      if (!previewReady) {
        problems = [];
        await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
        await page.waitForFunction(() => "__STORYBOOK_ADDONS_CHANNEL__" in window, undefined, {
          timeout: 30_000,
        });
      }
      const outcome = previewReady ? await showStory(page, id) : await renderedOutcome(page, id);
      previewReady = false; // until this story has passed
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const state = await page.evaluate(() => {
        const rootEl = document.querySelector("#storybook-root");
        return {
          text: rootEl?.textContent?.trim() ?? "",
          visible: rootEl ? rootEl.querySelectorAll("svg, img, canvas, p, span, table").length : 0,
        };
      });
      await page.screenshot({ path: join(artifacts, `${id}.png`), fullPage: true });
      expect(outcome, "the story did not render").toBe("storyRendered");
      expect(state.visible + state.text.length, "the story rendered nothing").toBeGreaterThan(0);
      const violations = await seriousViolations(page, "#storybook-root");
      expect(
        violations.map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
      expect(problems).toEqual([]);
      if (reduce === "reduce") {
        // Under prefers-reduced-motion nothing may move: no running CSS animation or transition.
        const moving = await page.evaluate(
          () => document.getAnimations().filter((a) => a.playState === "running").length,
        );
        expect(moving, "animations running under prefers-reduced-motion").toBe(0);
      }
      previewReady = true;
      problems = [];
    },
  );
});

/**
 * Violations reported to the component authors (packages/react/NOTES-for-lead.md)
 * and not yet fixed: printed, not failed. When one goes away the test fails, so
 * the entry is removed and the check is strict again.
 */
const KNOWN: Record<string, string[]> = {};

describe("storybook-static docs pages", () => {
  test.each(docs.map((d) => [d.id, d] as const))(
    "%s renders cleanly and passes axe",
    async (id, entry) => {
      problems = [];
      previewReady = false; // the next story reloads the preview
      await page.emulateMedia({ reducedMotion: "no-preference" });
      await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
      await page.waitForFunction(
        () => (document.querySelector("#storybook-docs h1")?.textContent ?? "").trim().length > 0,
        undefined,
        { timeout: 30_000 },
      );
      // Docs pages render their stories one by one: wait until every canvas is filled.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll(".docs-story")].every(
            (el) => el.querySelector("svg, figure, table, p") !== null,
          ),
        undefined,
        { timeout: 60_000 },
      );
      // Autodocs pages repeat the stories (each has its own screenshot): only MDX pages get one.
      if (!entry.tags?.includes("autodocs")) {
        await page.screenshot({ path: join(artifacts, `${id}.png`), fullPage: true });
      }
      const all = await seriousViolations(page, "#storybook-docs");
      const known = KNOWN[id] ?? [];
      const violations = all.filter((v) => !known.includes(v.id));
      for (const v of all.filter((v) => known.includes(v.id)))
        console.warn(`known issue on ${id}: ${v.id}`);
      expect(
        known.filter((k) => !all.some((v) => v.id === k)),
        "fixed: remove from KNOWN",
      ).toEqual([]);
      expect(
        violations.map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});

const OUTCOMES = [
  "storyRendered",
  "storyErrored",
  "storyThrewException",
  "storyMissing",
  "playFunctionThrewException",
];

/** Switches the preview to story `id` and resolves with the first outcome event's name. */
function showStory(p: Page, id: string): Promise<string> {
  return p.evaluate(
    ([storyId, outcomes]) =>
      new Promise<string>((resolveOutcome) => {
        type Channel = {
          on(e: string, h: () => void): void;
          off(e: string, h: () => void): void;
          emit(e: string, a: unknown): void;
        };
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel })
          .__STORYBOOK_ADDONS_CHANNEL__;
        const handlers = outcomes.map((name) => () => {
          for (const [i, other] of outcomes.entries())
            channel.off(other, handlers[i] as () => void);
          resolveOutcome(name);
        });
        for (const [i, name] of outcomes.entries()) channel.on(name, handlers[i] as () => void);
        channel.emit("setCurrentStory", { storyId, viewMode: "story" });
      }),
    [id, OUTCOMES] as const,
  );
}

/** After a page load: waits until the story rendered or failed. */
async function renderedOutcome(p: Page, id: string): Promise<string> {
  await p.waitForFunction(
    () =>
      (document.querySelector("#storybook-root")?.childElementCount ?? 0) > 0 ||
      document.body.classList.contains("sb-show-errordisplay"),
    undefined,
    { timeout: 30_000 },
  );
  const failed = await p.evaluate(() => document.body.classList.contains("sb-show-errordisplay"));
  if (failed) problems.push(`story ${id} showed Storybook's error display`);
  return failed ? "storyErrored" : "storyRendered";
}

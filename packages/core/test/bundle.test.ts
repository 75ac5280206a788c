import { join } from "node:path";
import { build } from "esbuild";
import { expect, test } from "vitest";

const entry = join(import.meta.dirname, "..", "src", "index.ts");

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    minify: false,
    treeShaking: true,
    platform: "neutral",
    alias: { "@tidemark/core": entry },
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

test("the main entry never pulls in zod; bundling { leadTimePoints } leaves the CSV parser out", async () => {
  const metrics = await bundle(
    'import { computeMetrics } from "@tidemark/core"; console.log(computeMetrics);',
  );
  expect(metrics).toContain("function computeMetrics");
  expect(metrics).not.toMatch(/zod|ZodError/);
  const points = await bundle(
    'import { leadTimePoints } from "@tidemark/core"; console.log(leadTimePoints);',
  );
  expect(points).not.toContain("CsvScanner");
  expect(points).not.toContain("computeMetrics");
});

test("the core source never touches the DOM, Node built-ins or the clock", async () => {
  const all = await bundle('export * from "@tidemark/core";');
  expect(all).not.toMatch(/\bdocument\.|\bwindow\.|node:|require\(|Date\.now\(|\bnew Date\(\)/);
});

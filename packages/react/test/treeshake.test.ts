// @vitest-environment node
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** Bundles `exports` from the source entry like an app would: minified, react external. */
async function bundle(exports: string) {
  const out = await build({
    stdin: {
      contents: `export ${exports} from "./src/index.ts";`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    conditions: ["@tidemark/source"],
    external: ["react", "react-dom", "react/jsx-runtime"],
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values(out.metafile.outputs)[0];
  const files = Object.entries(output?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { files, gzip: gzipSync(code).length };
}

describe("tree-shaking and size budgets (min + gzip, react external)", () => {
  it("{ HealthTile } leaves out the scatterplot, the other charts and zod, under 6 kB", async () => {
    const { files, gzip } = await bundle("{ HealthTile }");
    expect(files.filter((f) => /scatter|histogram|bathtub|flow-trend|zod/.test(f))).toEqual([]);
    expect(gzip).toBeLessThan(6 * 1024);
  });

  it("{ Bathtub } leaves out the scatterplot and zod, under 15 kB", async () => {
    const { files, gzip } = await bundle("{ Bathtub }");
    expect(files.filter((f) => /scatter|zod/.test(f))).toEqual([]);
    expect(gzip).toBeLessThan(15 * 1024);
  });

  it("the whole kit stays under 35 kB without zod", async () => {
    const { files, gzip } = await bundle("*");
    // The control: the file list does show the scatterplot when it is bundled.
    expect(files.some((f) => f.includes("scatter-model"))).toBe(true);
    expect(files.filter((f) => f.includes("zod"))).toEqual([]);
    expect(gzip).toBeLessThan(35 * 1024);
  });
});

import { rmSync } from "node:fs";
import { dts } from "rollup-plugin-dts";
import esbuild from "rollup-plugin-esbuild";
import pkg from "./package.json" with { type: "json" };

// Each build starts from an empty dist, so no chunk left by an earlier build gets packed.
rmSync(new URL("dist", import.meta.url), { recursive: true, force: true });

const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const external = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));
const input = { index: "src/index.ts", schema: "src/schema/index.ts" };

export default [
  {
    input,
    external,
    plugins: [esbuild({ target: "es2022" })],
    output: [
      {
        dir: "dist",
        format: "es",
        entryFileNames: "[name].js",
        chunkFileNames: "chunks/[name]-[hash].js",
        sourcemap: true,
      },
      {
        dir: "dist",
        format: "cjs",
        entryFileNames: "[name].cjs",
        chunkFileNames: "chunks/[name]-[hash].cjs",
        sourcemap: true,
        exports: "named",
      },
    ],
  },
  {
    input,
    external,
    plugins: [dts()],
    output: [
      {
        dir: "dist",
        format: "es",
        entryFileNames: "[name].d.ts",
        chunkFileNames: "chunks/[name]-[hash].d.ts",
      },
      {
        dir: "dist",
        format: "es",
        entryFileNames: "[name].d.cts",
        chunkFileNames: "chunks/[name]-[hash].d.cts",
      },
    ],
  },
];

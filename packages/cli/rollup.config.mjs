import { rmSync } from "node:fs";
import { dts } from "rollup-plugin-dts";
import esbuild from "rollup-plugin-esbuild";
import pkg from "./package.json" with { type: "json" };

// Each build starts from an empty dist, so no chunk left by an earlier build gets packed.
rmSync(new URL("dist", import.meta.url), { recursive: true, force: true });

const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const external = (id) =>
  id.startsWith("node:") || deps.some((d) => id === d || id.startsWith(`${d}/`));

export default [
  {
    input: { index: "src/index.ts", bin: "src/bin.ts" },
    external,
    plugins: [esbuild({ target: "node20" })],
    output: {
      dir: "dist",
      format: "es",
      entryFileNames: "[name].js",
      chunkFileNames: "chunks/[name]-[hash].js",
      sourcemap: true,
      banner: (chunk) => (chunk.name === "bin" ? "#!/usr/bin/env node" : ""),
    },
  },
  {
    input: "src/index.ts",
    external,
    plugins: [dts()],
    output: { file: "dist/index.d.ts", format: "es" },
  },
];

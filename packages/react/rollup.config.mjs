import { rmSync } from "node:fs";
import { dts } from "rollup-plugin-dts";
import esbuild from "rollup-plugin-esbuild";
import pkg from "./package.json" with { type: "json" };

// Each build starts from an empty dist, so no chunk left by an earlier build gets packed.
rmSync(new URL("dist", import.meta.url), { recursive: true, force: true });

const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const external = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));

// Rollup drops module-level directives. With one output file per source module
// (preserveModules), each module that starts with "use client" gets it back as a banner.
const clientModules = new Set();
const useClient = {
  name: "use-client",
  transform(code, id) {
    if (/^\s*["']use client["']/.test(code)) clientModules.add(id);
    return null;
  },
};
const banner = (chunk) =>
  chunk.facadeModuleId && clientModules.has(chunk.facadeModuleId) ? '"use client";' : "";
const onwarn = (warning, warn) => {
  if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("use client")) return;
  warn(warning);
};
const modules = { preserveModules: true, preserveModulesRoot: "src", sourcemap: true, banner };

export default [
  {
    input: { index: "src/index.ts", levers: "src/levers.ts" },
    external,
    onwarn,
    plugins: [useClient, esbuild({ target: "es2022", jsx: "automatic" })],
    output: [
      { dir: "dist", format: "es", entryFileNames: "[name].js", ...modules },
      { dir: "dist", format: "cjs", entryFileNames: "[name].cjs", exports: "named", ...modules },
    ],
  },
  {
    input: { index: "src/index.ts", levers: "src/levers.ts" },
    external,
    plugins: [dts()],
    output: [
      {
        dir: "dist",
        format: "es",
        entryFileNames: "[name].d.ts",
        chunkFileNames: "types/[name]-[hash].d.ts",
      },
      {
        dir: "dist",
        format: "es",
        entryFileNames: "[name].d.cts",
        chunkFileNames: "types/[name]-[hash].d.cts",
      },
    ],
  },
];

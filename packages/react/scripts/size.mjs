// Usage: node scripts/size.mjs — min+gzip size of each import, react external (after `pnpm build`).
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const checks = {
  "whole kit": "export * from './dist/index.js';",
  HealthTile: "export { HealthTile } from './dist/index.js';",
  Bathtub: "export { Bathtub } from './dist/index.js';",
  FlowTrend: "export { FlowTrend } from './dist/index.js';",
  BacklogTrend: "export { BacklogTrend } from './dist/index.js';",
  CumulativeFlow: "export { CumulativeFlow } from './dist/index.js';",
  LeadTimeScatter: "export { LeadTimeScatter } from './dist/index.js';",
  LeadTimeHistogram: "export { LeadTimeHistogram } from './dist/index.js';",
  AgingWork: "export { AgingWork } from './dist/index.js';",
  "bathtubModel (headless)": "export { bathtubModel } from './dist/index.js';",
};
for (const [name, contents] of Object.entries(checks)) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: ["react", "react-dom", "react/jsx-runtime"],
    metafile: true,
    logLevel: "error",
  });
  const code = out.outputFiles[0].contents;
  const output = Object.values(out.metafile.outputs)[0];
  const inputs = Object.keys(output.inputs).filter((i) => output.inputs[i].bytesInOutput > 0);
  const scatter = inputs.some((i) => i.includes("scatter-model"));
  const zod = inputs.some((i) => i.includes("zod"));
  console.log(
    `${name.padEnd(26)} ${(gzipSync(code).length / 1024).toFixed(2).padStart(6)} kB gz` +
      `  (${(code.length / 1024).toFixed(1)} kB min)${scatter ? " +scatter" : ""}${zod ? " +zod" : ""}`,
  );
}

import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { localFile } from "./vite.local-file.ts";

// The workspace packages are read from source (their "@tidemark/source" export
// condition), so the demo never waits on a package build.
const conditions = ["@tidemark/source", ...defaultClientConditions];

export default defineConfig({
  base: "./",
  plugins: [react(), localFile()],
  resolve: { conditions },
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 600 },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 5173 },
});

import { main } from "./main.js";

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tidemark: unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 3;
  },
);

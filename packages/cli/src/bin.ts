import { EXIT } from "./io.js";
import { main } from "./main.js";

// Output that cannot be written: a reader that went away (`| head`) ends the
// run quietly; anything else (a full disk) is said in one line, not a stack.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(EXIT.ok);
  process.stderr.write(`tidemark: cannot write the output: ${e.message}\n`);
  process.exit(EXIT.unreadable);
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tidemark: unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 3;
  },
);

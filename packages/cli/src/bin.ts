import { EXIT } from "./io.js";
import { main } from "./main.js";

// Output that cannot be written: a reader that went away (`| head`) stops the
// output, and the command finishes with its own exit code (1 from `validate`
// when it found bad rows); anything else (a full disk) is said in one line,
// not a stack.
let readerGone = false;
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") {
    readerGone = true;
    return;
  }
  process.stderr.write(`tidemark: cannot write the output: ${e.message}\n`);
  process.exit(EXIT.unreadable);
});

main(process.argv.slice(2), {
  stdout: { write: (text: string) => readerGone || process.stdout.write(text) },
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

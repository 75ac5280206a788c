import { METRICS_HELP, metricsCommand } from "./commands/metrics.js";
import { sampleCommand } from "./commands/sample.js";
import { validateCommand } from "./commands/validate.js";
import { CliError, type CliIo, EXIT } from "./io.js";

export const HELP = `Usage: tidemark <command> [options]

Backlog-health metrics for a helpdesk ticket export: inflow, throughput, backlog
and its band, lead time and aging.

Commands:
  metrics <file>    bathtub metrics per day, week or month (table, json or csv)
  validate <file>   list every row that cannot be read, with row, field and reason
  sample            write a seeded sample ticket log as CSV

Run "tidemark <command> --help" for a command's options.
Exit codes: 0 ok, 1 bad rows (--strict, validate), 2 unreadable input, unwritable output
or bad options.
`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  metrics: metricsCommand,
  validate: validateCommand,
  sample: sampleCommand,
};

/**
 * Runs the `tidemark` command with its arguments (without `node` and the script)
 * and returns the exit code. Errors become one line on stderr, never a stack trace.
 *
 * @example
 * const code = await main(["metrics", "tickets.csv", "--bucket", "week"], process);
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      (command === undefined ? io.stderr : io.stdout).write(HELP);
      return command === undefined ? EXIT.unreadable : EXIT.ok;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const run = COMMANDS[command];
    if (!run)
      throw new CliError(
        `Unknown command "${command}". Commands: metrics, validate, sample; run "tidemark --help".`,
      );
    return await run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`tidemark: ${e.message}\n`);
      return e.exitCode;
    }
    const error = e as Error;
    io.stderr.write(`tidemark: unexpected error: ${error?.message ?? String(e)}\n`);
    if (process.env.TIDEMARK_DEBUG) io.stderr.write(`${error?.stack ?? ""}\n`);
    else io.stderr.write("Set TIDEMARK_DEBUG=1 to see where it happened, and please report it.\n");
    return EXIT.internal;
  }
}

/** Kept in step with package.json. */
const VERSION = "0.1.0";

export { METRICS_HELP };

import { createWriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { generateSampleColumns, type SampleOptions, sampleCsvByteChunks } from "@tidemark/core";
import { choice, date, parseCommandArgs, timeZone, wholeNumber } from "../args.js";
import { CliError, type CliIo, EXIT } from "../io.js";
import { count } from "../numbers.js";
import { guard } from "../read.js";

export const SAMPLE_HELP = `Usage: tidemark sample [options]

Writes a seeded, realistic sample ticket log as CSV (the same seed gives the same file).

Options:
  --out FILE        where to write it (default: stdout); missing folders are created
  --seed N          random seed (default 1)
  --tickets N       number of tickets (default 10,000)
  --days N          days of arrivals (default 182)
  --start DATE      first day, YYYY-MM-DD (default 2024-01-01)
  --tz ZONE         IANA zone of working hours and timestamps (default UTC)
  --scenario healthy|rising|draining   how the backlog moves in the last weeks (default healthy)
`;

/** `tidemark sample`: streams the generated CSV to a file or stdout. */
export async function sampleCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("sample", argv, {
    out: { type: "string", short: "o" },
    seed: { type: "string" },
    tickets: { type: "string" },
    days: { type: "string" },
    start: { type: "string" },
    tz: { type: "string" },
    scenario: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(SAMPLE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new CliError(`tidemark sample takes no file argument; use --out ${positionals[0]}.`);
  const options: SampleOptions = {
    seed: wholeNumber("seed", values.seed, 0),
    tickets: wholeNumber("tickets", values.tickets, 0),
    days: wholeNumber("days", values.days, 1),
    start: date("start", values.start),
    timeZone: timeZone(values.tz),
    scenario: choice(
      "scenario",
      values.scenario,
      ["healthy", "rising", "draining"] as const,
      "healthy",
    ),
  };
  const columns = guard("sample", () => generateSampleColumns(options));
  const out = values.out as string | undefined;
  if (out === undefined) {
    const decoder = new TextDecoder();
    for (const bytes of sampleCsvByteChunks(columns)) io.stdout.write(decoder.decode(bytes));
    return EXIT.ok;
  }
  let full = resolve(io.cwd ?? process.cwd(), out);
  let shown = out;
  // A folder (named with a trailing slash, or existing) gets the usual file name.
  if (/[/\\]$/.test(out) || (await isFolder(full))) {
    full = join(full, "tickets.csv");
    shown = join(out, "tickets.csv");
  }
  try {
    await ensureFolder(dirname(full));
    await writeChunks(full, sampleCsvByteChunks(columns));
  } catch (e) {
    throw new CliError(`Cannot write ${out}: ${(e as Error).message.replace(/\.$/, "")}.`);
  }
  io.stderr.write(`Wrote ${count(columns.size)} sample tickets to ${shown}.\n`);
  return EXIT.ok;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Writes chunks to a file, waiting for the stream to drain between them. */
async function writeChunks(path: string, chunks: Iterable<Uint8Array>): Promise<void> {
  const stream = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => {});
  for (const chunk of chunks) {
    if (!stream.write(chunk))
      await Promise.race([new Promise((r) => stream.once("drain", () => r(undefined))), failed]);
  }
  await Promise.race([new Promise<void>((r) => stream.end(() => r())), failed]);
}

/**
 * Creates `dir` and its missing parents, one level at a time: Node's own
 * `mkdir(…, { recursive: true })` never returns for a folder under /proc.
 */
async function ensureFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      if ((await stat(d)).isDirectory()) break;
      throw new Error(`${d} is a file, not a folder`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) await mkdir(d);
}

/** Where the command writes: injected, so tests run it without a process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Where `-` (standard input) is read from. */
  stdin?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
  /** Directory that relative paths start from. Default `process.cwd()`. */
  cwd?: string;
  /** Files larger than this many bytes show progress on stderr, when it is a terminal. Default 20 MiB. */
  progressThreshold?: number;
}

/** A problem with the command line or the input: exit code 2, one line, no stack. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** Exit codes. */
export const EXIT = { ok: 0, badRows: 1, unreadable: 2, internal: 3 } as const;

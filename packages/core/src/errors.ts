/**
 * The one error type Tidemark throws. `code` is stable and machine-readable;
 * `message` says what went wrong and how to fix it.
 */
export class TidemarkError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "TidemarkError";
    this.code = code;
  }
}

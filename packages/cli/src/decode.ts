import { isUtf8 } from "node:buffer";
import { sniffTextKind } from "@tidemark/core";
import { CliError } from "./io.js";
import { firstInvalidUtf8, openTail } from "./utf8.js";

/** Bytes that are not UTF-8: the first bad byte and its offset in the file. */
export class NotUtf8Error extends Error {
  readonly offset: number;
  readonly byte: number;
  constructor(offset: number, byte: number) {
    super(`byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at offset ${offset}`);
    this.name = "NotUtf8Error";
    this.offset = offset;
    this.byte = byte;
  }
}

/**
 * Turns a file's bytes into text, chunk by chunk, refusing what is not UTF-8
 * instead of replacing it with U+FFFD (a {@link NotUtf8Error}). The first chunk
 * is also checked for UTF-16 and binary data (a {@link CliError}).
 */
export class Utf8Text {
  private readonly path: string;
  /** Bytes already turned into text. */
  private bytes = 0;
  /** The start of a character cut off at the end of the last chunk. */
  private carried: Buffer | null = null;
  private started = false;

  constructor(path: string) {
    this.path = path;
  }

  /** The text of the next chunk (a character cut off at its end waits for the next one). */
  decode(chunk: Buffer): string {
    if (!this.started) checkTextKind(this.path, chunk);
    this.started = true;
    const bytes = this.carried === null ? chunk : Buffer.concat([this.carried, chunk]);
    const cut = bytes.length - openTail(bytes);
    this.carried = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : null;
    const whole = bytes.subarray(0, cut);
    if (!isUtf8(whole)) this.fail(whole, false);
    this.bytes += cut;
    return whole.toString("utf8");
  }

  /** Ends the text: an error if the file ends inside a character. */
  end(): void {
    if (this.carried !== null) this.fail(this.carried, true);
  }

  private fail(bytes: Buffer, final: boolean): never {
    const at = Math.max(0, firstInvalidUtf8(bytes, final));
    throw new NotUtf8Error(this.bytes + at, bytes[at] ?? 0);
  }
}

/** Refuses UTF-16 text and binary data (see core's sniffTextKind). */
function checkTextKind(path: string, head: Uint8Array): void {
  const kind = sniffTextKind(head);
  if (kind === "utf16") {
    throw new CliError(`${path} is UTF-16 text; save it as UTF-8 (CSV UTF-8 in Excel).`);
  }
  if (kind === "binary") {
    throw new CliError(
      `${path} is not a text file (it holds binary data); give a CSV or JSON export.`,
    );
  }
}

import { createReadStream } from "node:fs";
import { pipeline, type Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { NotUtf8Error } from "./decode.js";
import { CliError } from "./io.js";

/**
 * The line (1-based) holding byte `offset` of a file, after gunzip when `gzip`.
 * Read again only when there is an error to report, so reading stays one pass.
 */
export async function lineAt(full: string, gzip: boolean, offset: number): Promise<number> {
  const source = createReadStream(full, { highWaterMark: 1_048_576 });
  const input: Readable = gzip ? pipeline(source, createGunzip(), () => {}) : source;
  let line = 1;
  let seen = 0;
  try {
    for await (const chunk of input) {
      const bytes = chunk as Buffer;
      const end = Math.min(bytes.length, offset - seen);
      for (let at = bytes.indexOf(10); at >= 0 && at < end; at = bytes.indexOf(10, at + 1)) line++;
      seen += bytes.length;
      if (seen >= offset) break;
    }
  } finally {
    input.destroy();
    source.destroy();
  }
  return line;
}

/** The one-line error for a file that is not UTF-8: line, byte, offset and the fix. */
export async function notUtf8(
  path: string,
  full: string,
  gzip: boolean,
  e: NotUtf8Error,
): Promise<CliError> {
  const line = await lineAt(full, gzip, e.offset);
  const byte = e.byte.toString(16).toUpperCase().padStart(2, "0");
  return new CliError(
    `${path}: line ${line.toLocaleString("en-US")} is not UTF-8 text (byte 0x${byte} at offset ${e.offset.toLocaleString("en-US")}); save the file as UTF-8.`,
  );
}

/**
 * Bytes to text for the parse worker: UTF-8 only, and a file that is not UTF-8
 * text is refused with the fix in the message, instead of being read as
 * replacement characters (a Latin-1 `Facturación`), NUL-filled column names
 * (UTF-16) or nonsense (a workbook or a zip).
 */

import { sniffTextKind } from "@tidemark/core";

/** A file the worker cannot read as UTF-8 text; the message says what to do. */
export class NotUtf8Error extends Error {
  readonly code: "not-utf8" | "utf16" | "not-text";
  constructor(code: NotUtf8Error["code"], message: string) {
    super(message);
    this.name = "NotUtf8Error";
    this.code = code;
  }
}

const SAVE_AS = "save it as UTF-8 (in Excel: Save As → CSV UTF-8) and load it again";

/** What the first bytes of a file say it is, or null when they look like text. */
export function sniffNotText(head: Uint8Array): NotUtf8Error | null {
  const kind = sniffTextKind(head);
  if (kind === "text") return null;
  if (kind === "utf16") return new NotUtf8Error("utf16", `This file is UTF-16 text: ${SAVE_AS}.`);
  const b0 = head[0];
  const b1 = head[1];
  const looksLike =
    b0 === 0x50 && b1 === 0x4b
      ? " (it looks like a zip archive or an Excel workbook)"
      : b0 === 0x25 && b1 === 0x50
        ? " (it looks like a PDF)"
        : "";
  return new NotUtf8Error(
    "not-text",
    `This file is not a text file${looksLike}: export the tickets as CSV (UTF-8) or JSON and load that.`,
  );
}

/**
 * A stream of UTF-8 bytes to a stream of text. A byte-order mark is dropped; the
 * first bytes are checked by {@link sniffNotText}; bytes that are not UTF-8
 * fail the stream with a {@link NotUtf8Error} naming the line.
 */
export function utf8DecoderStream(): TransformStream<Uint8Array, string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let first = true;
  let newlines = 0;
  const fail = (chunk: Uint8Array | null): never => {
    // The line of the first bad byte: the lines already read, and those of this
    // chunk before its first replacement character.
    const loose = chunk ? new TextDecoder("utf-8").decode(chunk) : "";
    const bad = loose.indexOf("\uFFFD");
    const before = bad < 0 ? loose : loose.slice(0, bad);
    const line = newlines + countNewlines(before) + 1;
    throw new NotUtf8Error("not-utf8", `This file is not UTF-8 text (line ${line}): ${SAVE_AS}.`);
  };
  return new TransformStream<Uint8Array, string>({
    transform(chunk, controller) {
      if (first && chunk.byteLength > 0) {
        first = false;
        const sniffed = sniffNotText(chunk);
        if (sniffed) throw sniffed;
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return fail(chunk);
      }
      newlines += countNewlines(text);
      if (text) controller.enqueue(text);
    },
    flush(controller) {
      let text: string;
      try {
        text = decoder.decode();
      } catch {
        return fail(null);
      }
      if (text) controller.enqueue(text);
    },
  });
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

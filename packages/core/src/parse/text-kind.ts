import { TidemarkError } from "../errors.js";
import { describeValue } from "../input-checks.js";

/**
 * What a file's first bytes say about it, before any of it is decoded: hosts
 * reading bytes (the CLI, a browser's File) refuse UTF-16 and binary files with
 * a message of their own instead of parsing replacement characters or NULs.
 */

/** `text` (nothing against UTF-8 yet), `utf16` or `binary`. */
export type TextKind = "text" | "utf16" | "binary";

/**
 * The kind of a file from its first bytes (4 KiB is plenty): UTF-16 by its
 * byte-order mark, or by ASCII characters leaving a zero in every other byte;
 * binary when it holds zero bytes otherwise.
 */
export function sniffTextKind(head: Uint8Array): TextKind {
  if (!(head instanceof Uint8Array)) {
    throw new TidemarkError(
      "invalid-input",
      `sniffTextKind expects a file's first bytes as a Uint8Array; it was given ${describeValue(head)}.`,
    );
  }
  const b0 = head[0];
  const b1 = head[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return "utf16";
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  let even = 0;
  let odd = 0;
  for (let k = 0; k < pairs; k++) {
    if (head[2 * k] === 0) even++;
    if (head[2 * k + 1] === 0) odd++;
  }
  const most = Math.max(even, odd);
  if (pairs >= 4 && most >= pairs / 2 && Math.min(even, odd) <= most / 20) return "utf16";
  return head.includes(0) ? "binary" : "text";
}

/**
 * Whether `e` says a JSON file is too large to read whole: longer than the
 * longest string the runtime makes (about 512 MB of text, "Cannot create a
 * string longer than 0x1fffffe8 characters"), or over the 2 GiB a file read
 * at once may hold.
 */
export function isTooLargeForJson(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "ERR_STRING_TOO_LONG" || code === "ERR_FS_FILE_TOO_LARGE") return true;
  return e instanceof RangeError && /string (length|longer)/i.test(e.message);
}

/**
 * What to say of a JSON file too large to read: JSON is read whole, CSV is streamed.
 *
 * @example
 * jsonTooLarge("tickets.json"); // "tickets.json is too large to read as JSON: …"
 */
export function jsonTooLarge(name: string): string {
  return (
    `${name} is too large to read as JSON: JSON is read whole, so a file over about 512 MB ` +
    "cannot be read as JSON; export it as CSV, which is streamed."
  );
}

/**
 * V8 keeps a slice of 13 or more chars as a view on the string it came from,
 * so a kept ticket id would keep its whole input chunk alive, and a streamed
 * file would stay in memory through its ids. Joining two pieces and reading a
 * char makes the engine copy them into a string of their own.
 */
const SHARED_FROM = 13;

/** `s[start, end)` as a string that keeps no larger string alive. */
export function ownText(s: string, start: number, end: number): string {
  if (end - start < SHARED_FROM) return s.slice(start, end);
  // A whole string (a JSON value, a record's field) is already its own.
  if (start === 0 && end === s.length) return s;
  const joined = s.slice(start, start + 1) + s.slice(start + 1, end);
  // Reading a char of a joined string flattens it into one new string.
  joined.charCodeAt(0);
  return joined;
}

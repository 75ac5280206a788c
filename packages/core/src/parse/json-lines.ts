/** Spaces holding a line break, then the start of another object or array. */
const NEXT_VALUE = /[ \t\r]*\n\s*(?=[[{])/y;

/**
 * The line (from 1) where a second JSON value starts when `text` is JSON
 * Lines (`{…}` newline `{…}`): a whole object or array, a line break, then
 * another. `null` for anything else, whose own JSON error says more.
 *
 * @example
 * jsonLinesSecondLine('{"id":1}\n{"id":2}\n'); // 2
 */
export function jsonLinesSecondLine(text: string): number | null {
  const start = text.search(/\S/);
  if (start < 0 || (text[start] !== "{" && text[start] !== "[")) return null;
  const end = valueEnd(text, start);
  if (end < 0) return null;
  NEXT_VALUE.lastIndex = end;
  if (!NEXT_VALUE.test(text)) return null;
  try {
    JSON.parse(text.slice(start, end));
  } catch {
    return null;
  }
  let line = 1;
  for (
    let i = text.indexOf("\n");
    i >= 0 && i < NEXT_VALUE.lastIndex;
    i = text.indexOf("\n", i + 1)
  )
    line++;
  return line;
}

/** Index just after the object or array that starts at `start`, or -1 when it never closes. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && --depth === 0) return i + 1;
  }
  return -1;
}

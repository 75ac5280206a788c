/**
 * The white space the ticket readers trim around a field: spaces and tabs.
 * Any other character (a line break, a no-break space) is content, so a field
 * holding only one is not blank.
 */
export const isSpace = (c: number) => c === 32 || c === 9;

/** Whether `s` holds nothing but spaces and tabs. */
export function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** `s` without the spaces and tabs around it. */
export function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

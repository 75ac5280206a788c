/**
 * The English word for `count` things: `one` for exactly 1, else `other` (the
 * words are English whatever the number locale, and English has just these two).
 *
 * @example plural(1, "ticket", "tickets") // "ticket"
 */
export function plural(count: number | null | undefined, one: string, other: string): string {
  return count === 1 ? one : other;
}

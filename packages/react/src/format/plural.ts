/**
 * The English word for `count` things: `one` for 1, else `other` (the words are
 * English whatever the number locale, so English rules pick the form).
 *
 * @example plural(1, "ticket", "tickets") // "ticket"
 */
export function plural(count: number | null | undefined, one: string, other: string): string {
  return typeof count === "number" && new Intl.PluralRules("en-US").select(count) === "one"
    ? one
    : other;
}

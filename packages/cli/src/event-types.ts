import { EVENT_TYPES, type EventType } from "@tidemark/core";
import { CliError } from "./io.js";
import { count } from "./numbers.js";

/**
 * The `--event-type TEXT=TYPE` options (repeatable): what an event log's own
 * type texts stand for, as the event parser's `types`.
 *
 * @example eventTypeMapping(["Resolve ticket=solved"]); // { "Resolve ticket": "solved" }
 */
export function eventTypeMapping(
  values: readonly string[] | undefined,
): Record<string, EventType> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const types: Record<string, EventType> = {};
  for (const value of values) {
    const eq = value.lastIndexOf("=");
    const text = eq < 0 ? "" : value.slice(0, eq).trim();
    const type = value
      .slice(eq + 1)
      .trim()
      .toLowerCase() as EventType;
    if (eq < 0 || text === "" || !EVENT_TYPES.includes(type))
      throw new CliError(
        `--event-type takes TEXT=TYPE, e.g. --event-type "Resolve ticket=solved", with TYPE one of ${EVENT_TYPES.join(", ")}; got --event-type ${value}.`,
      );
    types[text] = type;
  }
  return types;
}

/** Core's advice to use the `types` option, said as the CLI option. */
export function eventTypeAdvice(message: string): string {
  return message.replace(
    /\(parseEventsCsv's option types, e\.g\. \{ "(.+?)": "(\w+)" \}\)/,
    '(--event-type "$1=$2", repeatable)',
  );
}

/**
 * A note for stderr naming the event types read as `other` (which do not move
 * the level), or "" when every type was one Tidemark knows.
 */
export function otherTypesNote(file: string, others: { text: string; count: number }[]): string {
  if (others.length === 0) return "";
  const shown = others
    .slice(0, 4)
    .map(({ text, count: n }) => `${JSON.stringify(text)} ×${count(n)}`)
    .join(", ");
  return (
    `tidemark: ${file}: event types that do not move the level (kept as other): ${shown}${others.length > 4 ? ", …" : "."}\n` +
    '  If one of them solves, reopens or closes a ticket, name it: --event-type "TEXT=solved" (or reopened, closed).\n'
  );
}

/** `--event-type` of a command's parsed options; it needs `--events`. */
export function eventTypesOf(values: {
  events?: unknown;
  "event-type"?: unknown;
}): ReturnType<typeof eventTypeMapping> {
  const types = eventTypeMapping(values["event-type"] as string[] | undefined);
  if (types !== undefined && values.events === undefined)
    throw new CliError(
      "--event-type says what the event log's types mean: give it with --events FILE.",
    );
  return types;
}

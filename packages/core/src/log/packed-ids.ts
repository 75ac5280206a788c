import type { IdColumn } from "../parse/id-column.js";
import type { TicketLog } from "../types.js";

/** Logs whose ids are still packed, not yet strings. */
const packed = new WeakMap<TicketLog, IdColumn>();

/**
 * Gives `log` the ids of `column` as its `ids`, made into strings the first
 * time `log.ids` is read (then it is a plain array property like any other).
 * A parse of a million tickets is spared a million strings that computing
 * metrics never reads; {@link ticketId} reads one without making the rest.
 */
export function packedIds(log: TicketLog, column: IdColumn): TicketLog {
  const settle = (ids: string[]) => {
    packed.delete(log);
    Object.defineProperty(log, "ids", {
      value: ids,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  };
  Object.defineProperty(log, "ids", {
    enumerable: true,
    configurable: true,
    get() {
      const ids = column.toArray();
      settle(ids);
      return ids;
    },
    set: settle,
  });
  packed.set(log, column);
  return log;
}

/** The id of ticket `i` of `log`. */
export function ticketId(log: TicketLog, i: number): string {
  const column = packed.get(log);
  return column === undefined ? (log.ids[i] as string) : column.text(i);
}

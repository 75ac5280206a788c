import type { IdColumn } from "../parse/id-column.js";
import type { TicketLog } from "../types.js";

/** Logs whose ids are still packed, with the accessor that stands for them. */
const packed = new WeakMap<TicketLog, { column: IdColumn; get: () => string[] }>();

/**
 * Gives `log` the ids of `column` as its `ids`, made into strings the first
 * time `log.ids` is read; then the accessor replaces itself with a plain,
 * writable property holding them (unless the log was frozen or sealed
 * meanwhile: then it keeps answering with the same array). A parse of a
 * million tickets is spared a million strings that computing metrics never
 * reads; {@link ticketIdReader} reads a few without making the rest.
 */
export function packedIds(log: TicketLog, column: IdColumn): TicketLog {
  let made: string[] | null = null;
  const settle = (ids: string[]) => {
    made = ids;
    packed.delete(log);
    Reflect.defineProperty(log, "ids", {
      value: ids,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  };
  const get = () => {
    if (made === null) settle(column.toArray());
    return made as string[];
  };
  Object.defineProperty(log, "ids", { enumerable: true, configurable: true, get, set: settle });
  packed.set(log, { column, get });
  return log;
}

/**
 * Reads ids of `log` by ticket index: from the packed column while `log.ids`
 * is still the accessor {@link packedIds} gave it, else from `log.ids`.
 */
export function ticketIdReader(log: TicketLog): (i: number) => string {
  const column = packedColumn(log);
  if (column !== null) return (i) => column.text(i);
  const ids = log.ids;
  return (i) => ids[i] as string;
}

/** The packed ids behind `log.ids`, or null once they are strings (or never were packed). */
export function packedColumn(log: TicketLog): IdColumn | null {
  const entry = packed.get(log);
  return entry !== undefined && Object.getOwnPropertyDescriptor(log, "ids")?.get === entry.get
    ? entry.column
    : null;
}

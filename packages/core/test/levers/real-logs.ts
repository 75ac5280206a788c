import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { applyEvents, parseEventsCsv, parseTicketsCsv, type TicketLog } from "../../src/index.js";

const DATA = join(import.meta.dirname, "..", "..", "..", "..", "..", "shared", "data");

/** The real logs of the workplace, each in its own zone. */
export const REAL_SETS = [
  { name: "helpdesk-italy", timeZone: "Europe/Rome" },
  { name: "bpi2013-incidents", timeZone: "Europe/Brussels" },
  { name: "bpi2013-problems", timeZone: "Europe/Brussels" },
  { name: "servicenow-incidents", timeZone: "UTC" },
  { name: "la311-2017-12", timeZone: "America/Los_Angeles" },
  { name: "github-hf-datasets", timeZone: "UTC" },
] as const;

/** A real log, with its lifecycle events applied where the set has them. */
export function loadRealLog(name: string, timeZone: string): TicketLog {
  const dir = join(DATA, name);
  const { log } = parseTicketsCsv(readFileSync(join(dir, "data.csv"), "utf8"), { timeZone });
  if (!existsSync(join(dir, "lifecycle.csv"))) return log;
  const events = parseEventsCsv(readFileSync(join(dir, "lifecycle.csv"), "utf8"), { timeZone });
  return applyEvents(log, events.events).log;
}

import { basename } from "node:path";
import { EVENT_TYPES, type UsedColumns } from "@tidemark/core";
import { parseCommandArgs, timeZone, zoneNote } from "../args.js";
import { columnMapping, eventColumnsOf } from "../columns.js";
import { dateOrderOf } from "../date-order.js";
import { eventTypesOf } from "../event-types.js";
import { type CliIo, EXIT } from "../io.js";
import { count } from "../numbers.js";
import { fileName, loadLog } from "../read.js";
import { issueCounts, issueLine } from "../report.js";
import { onePath } from "./metrics.js";

export const VALIDATE_HELP = `Usage: tidemark validate <file> [options]

Lists every row of a ticket export (and its event log) that cannot be read, with
its row number (the header is row 1), field and reason. Exit code 0 when every row
is readable, 1 when some are not, 2 when the file cannot be read at all. A <file>
of - reads standard input.

Options:
  --events FILE   event log (ticket_id,at,type) to check with it
  --tz ZONE       IANA time zone of times without an offset (default UTC)
  --column FIELD=NAME
                  read FIELD from the column headed NAME, e.g. --column id="Request ID";
                  repeatable. FIELD: id, createdAt, resolvedAt, closedAt, category,
                  channel, priority, team, assignee, inflowKind. An empty NAME
                  (--column team=) says the file has no such column.
  --event-column FIELD=NAME
                  the same for the --events file; FIELD: ticketId, at, type,
                  e.g. --event-column at="Event Time"
  --date-order dmy|mdy
                  order of slash dates (31/12/2024 or 12/31/2024) in both files;
                  default: decided from each file, month-first when nothing tells
  --event-type TEXT=TYPE
                  what a type of the --events file means, e.g.
                  --event-type "Resolve ticket=solved"; repeatable. TYPE: created,
                  solved, reopened, closed, other

Reading a file over 20 MB shows its progress on stderr when stderr is a terminal.
`;

/** `tidemark validate`: a report of every bad row on stdout. */
export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", argv, {
    events: { type: "string" },
    tz: { type: "string" },
    column: { type: "string", multiple: true },
    "event-column": { type: "string", multiple: true },
    "event-type": { type: "string", multiple: true },
    "date-order": { type: "string" },
  });
  if (values.help) {
    io.stdout.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  const file = onePath("validate", positionals);
  const zone = timeZone(values.tz);
  io.stderr.write(zoneNote(values.tz));
  const columns = columnMapping(values.column as string[] | undefined);
  const eventColumns = eventColumnsOf(values);
  const eventTypes = eventTypesOf(values);
  const loaded = await loadLog(io, file, {
    timeZone: zone,
    columns,
    eventsPath: values.events as string | undefined,
    eventColumns,
    eventTypes,
    dateOrder: dateOrderOf(values["date-order"]),
  });
  for (const issue of loaded.issues)
    io.stdout.write(`${issue.severity === "error" ? "error" : "warning"}  ${issueLine(issue)}\n`);
  const { errors, warnings } = issueCounts(loaded);
  const unlisted = loaded.omitted.errors + loaded.omitted.warnings;
  if (unlisted > 0)
    io.stdout.write(
      `… and ${count(unlisted)} more not listed: only the first 100,000 problems of a file are kept.\n`,
    );
  const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? "" : "s"}`;
  const used = loaded.tickets.columns;
  io.stdout.write(
    `${fileName(file)}: ${plural(loaded.tickets.rowCount, "row")}, ${plural(loaded.tickets.log.size, "ticket")} read; ` +
      `columns ${Object.entries(used)
        .map(([field, column]) => `${field}=${column}`)
        .join(", ")}\n`,
  );
  if (loaded.events) {
    io.stdout.write(
      `${basename(values.events as string)}: ${plural(loaded.events.rowCount, "row")}, ${plural(loaded.events.events.size, "event")} read; ` +
        `types ${typeCounts(loaded.events.events.type)}\n`,
    );
  }
  io.stdout.write(
    errors === 0 && warnings === 0
      ? "Every row is readable.\n"
      : `${plural(errors, "bad row")} (left out), ${plural(warnings, "warning")} (used).\n`,
  );
  io.stdout.write(uncheckedCloseNote(used));
  return errors > 0 ? EXIT.badRows : EXIT.ok;
}

/**
 * With both a resolution and a close column, a row's close time is read only
 * when its resolution time is empty: elsewhere it is neither used nor checked,
 * which "Every row is readable." should not hide.
 */
function uncheckedCloseNote(used: UsedColumns): string {
  if (used.resolvedAt === undefined || used.closedAt === undefined) return "";
  return `Close times (${used.closedAt}) are read only where ${used.resolvedAt} is empty; next to a resolution time they are not used, so not checked.\n`;
}

/** `4,580 created, 4,742 solved, 148 reopened, 0 closed, 0 other`. */
function typeCounts(types: Uint8Array): string {
  const counts = EVENT_TYPES.map(() => 0);
  for (const t of types) counts[t] = (counts[t] as number) + 1;
  return EVENT_TYPES.map((type, t) => `${count(counts[t] as number)} ${type}`).join(", ");
}

import { computeMetrics, metricsCsv } from "@tidemark/core";
import { band, choice, date, parseCommandArgs, timeZone, zoneNote } from "../args.js";
import { columnMapping, eventColumnsOf } from "../columns.js";
import { dateOrderOf } from "../date-order.js";
import { eventTypesOf } from "../event-types.js";
import { metricsJson } from "../format/json.js";
import { metricsTable } from "../format/table.js";
import { CliError, type CliIo, EXIT } from "../io.js";
import { fileName, guard, loadLog } from "../read.js";
import { badRowSummary, issueCounts } from "../report.js";

export const METRICS_HELP = `Usage: tidemark metrics <file> [options]

Bathtub metrics of a ticket export (CSV, or JSON: an array of tickets or {"tickets": [...]}).
A <file> of - reads standard input (gzip or not), e.g. curl -s "$EXPORT_URL" | tidemark metrics -

Options:
  --events FILE          event log (ticket_id,at,type) with reopenings
  --tz ZONE              IANA time zone of the buckets and of times without an offset (default UTC)
  --column FIELD=NAME    read FIELD from the column headed NAME, e.g. --column id="Request ID";
                         repeatable. FIELD: id, createdAt, resolvedAt, closedAt, category,
                         channel, priority, team, assignee, inflowKind. An empty NAME
                         (--column team=) says the file has no such column. Unmapped
                         fields are found by their usual names.
  --event-column FIELD=NAME   the same for the --events file; FIELD: ticketId, at, type,
                         e.g. --event-column at="Event Time" (others found by name)
  --event-type TEXT=TYPE   what a type of the --events file means, e.g.
                         --event-type "Resolve ticket=solved"; repeatable. TYPE: created,
                         solved, reopened, closed, other. Known without it: created, opened,
                         new, solved, resolved, reopened, closed (and their verbs)
  --date-order dmy|mdy   order of slash dates (31/12/2024 or 12/31/2024) in both files;
                         default: decided from each file's first 1,000 rows (a part above
                         12 tells), month-first when nothing tells (and a note says so)
  --bucket day|week|month   bucket size (default day)
  --week-start DAY       first day of a week bucket: mon … sun (default mon)
  --band LOW,HIGH        healthy band in days of capacity (default 0.5,2)
  --from YYYY-MM-DD      first local date (default: the first ticket's)
  --to YYYY-MM-DD        last local date, inclusive (default: the last event's)
  --format table|json|csv   output (default table)
  --strict               fail (exit 1) on any bad row instead of skipping it

Reading a file over 20 MB shows its progress on stderr when stderr is a terminal
(never in a pipe or a log file, which get only the problems).
`;

/** `--week-start` values, Monday first: the index + 1 is core's `weekStartsOn`. */
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** `tidemark metrics`: exit 0 with the metrics on stdout, 1 for bad rows under --strict, 2 for unreadable input. */
export async function metricsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("metrics", argv, {
    events: { type: "string" },
    tz: { type: "string" },
    column: { type: "string", multiple: true },
    "event-column": { type: "string", multiple: true },
    "event-type": { type: "string", multiple: true },
    "date-order": { type: "string" },
    bucket: { type: "string" },
    "week-start": { type: "string" },
    band: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    format: { type: "string" },
    strict: { type: "boolean" },
  });
  if (values.help) {
    io.stdout.write(METRICS_HELP);
    return EXIT.ok;
  }
  const file = onePath("metrics", positionals);
  const zone = timeZone(values.tz);
  io.stderr.write(zoneNote(values.tz));
  const bucket = choice("bucket", values.bucket, ["day", "week", "month"] as const, "day");
  const weekStart = choice("week-start", values["week-start"], WEEKDAYS, "mon");
  const format = choice("format", values.format, ["table", "json", "csv"] as const, "table");
  const from = date("from", values.from);
  const to = date("to", values.to);
  if (from !== undefined && to !== undefined && to < from)
    throw new CliError(`--to ${to} is before --from ${from}.`);
  const bandDays = band(values.band);
  const strict = values.strict === true;
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
  io.stderr.write(badRowSummary(loaded, file, strict));
  if (strict && issueCounts(loaded).errors > 0) return EXIT.badRows;
  if (loaded.log.size === 0) {
    const split = JSON.stringify(loaded.tickets.delimiter);
    throw new CliError(
      `${file}: none of its ${loaded.tickets.rowCount.toLocaleString("en-US")} rows could be read as a ticket (see above${loaded.tickets.delimiter === "" ? "" : `; fields were split on ${split}`}).`,
    );
  }

  const result = guard(fileName(file), () =>
    computeMetrics(loaded.log, {
      timeZone: zone,
      bucket,
      weekStartsOn: WEEKDAYS.indexOf(weekStart) + 1,
      from,
      to,
      ...(bandDays ? { band: bandDays } : {}),
    }),
  );
  if (format === "json") io.stdout.write(metricsJson(result));
  else if (format === "csv") io.stdout.write(metricsCsv(result));
  else {
    const skipped =
      loaded.tickets.issues.filter((i) => i.severity === "error").length +
      loaded.tickets.omittedIssues.errors;
    io.stdout.write(
      metricsTable(result, {
        file: fileName(file),
        rows: loaded.tickets.rowCount,
        tickets: loaded.log.size,
        skipped,
      }),
    );
  }
  return EXIT.ok;
}

/** The one file argument of a command. */
export function onePath(command: string, positionals: string[]): string {
  if (positionals.length === 0)
    throw new CliError(
      `tidemark ${command} needs a file: tidemark ${command} <file>. Run "tidemark ${command} --help" for the options.`,
    );
  if (positionals.length > 1)
    throw new CliError(
      `tidemark ${command} takes one file; got ${positionals.length}: ${positionals.join(" ")}.`,
    );
  return positionals[0] as string;
}

import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { pipeline, type Readable } from "node:stream";
import { createGunzip, gunzip } from "node:zlib";
import {
  applyEvents,
  type ColumnMapping,
  createEventCsvParser,
  createTicketCsvParser,
  type DateOrder,
  type EventCsvOptions,
  type EventParseResult,
  parseTicketsJson,
  type RowIssue,
  type TicketCsvParser,
  type TicketLog,
  type TicketParseOptions,
  type TicketParseResult,
  TidemarkError,
} from "@tidemark/core";
import { columnAdvice, eventColumnAdvice, noSolveColumnNote } from "./columns.js";
import { guessedOrderNote } from "./date-order.js";
import { NotUtf8Error, Utf8Text } from "./decode.js";
import { eventTypeAdvice, otherTypesNote } from "./event-types.js";
import { gunzippedIfGzip, isGzipStart } from "./gunzip.js";
import { CliError, type CliIo } from "./io.js";
import { isTooLargeForJson, jsonTooLarge } from "./json-size.js";
import { notUtf8 } from "./line-at.js";
import { cliOptionNames } from "./option-names.js";
import { Progress } from "./progress.js";

/** A row problem and the file it is in. */
export interface FileIssue extends RowIssue {
  file: string;
}

/** The tickets of a file (with its event log applied), and every problem found. */
export interface LoadedLog {
  log: TicketLog;
  tickets: TicketParseResult;
  events: EventParseResult | null;
  /** Row problems of both files, tickets first, each in row order (the first 100,000 of each). */
  issues: FileIssue[];
  /** Problems past the first 100,000 of a file, by severity: counted by core, not kept. */
  omitted: { errors: number; warnings: number };
  /** The event log's path as given (`--events`), when there is one. */
  eventsPath?: string;
}

export interface LoadOptions {
  timeZone: string;
  /** Order of slash dates in both files (`--date-order`); decided from each file when left out. */
  dateOrder?: DateOrder | undefined;
  /** Which column holds each ticket field (`--column`); the rest are found by name. */
  columns?: ColumnMapping | undefined;
  eventsPath?: string | undefined;
  /** Which column holds each event field (`--event-column`); the rest are found by name. */
  eventColumns?: EventCsvOptions["columns"] | undefined;
  /** What the event log's own type texts stand for (`--event-type`). */
  eventTypes?: EventCsvOptions["types"] | undefined;
}

const TICKET_HEADER =
  'a CSV header such as "ticket_id,created_at,resolved_at" and one row per ticket';
const EVENT_HEADER = 'an event log header such as "ticket_id,at,type" and one row per event';

/** `[{`, `[]` or `{"` after any spaces: JSON, never a CSV header such as `[Ticket ID],[Created]`. */
const JSON_START = /^\uFEFF?\s*(\[\s*[{\]]|\{\s*")/;

/** The start of JSON or of a CSV header such as `[Ticket ID],…`: more text decides. */
const UNDECIDED_START = /^\uFEFF?\s*[[{]\s*$/;

const DEFAULT_PROGRESS_BYTES = 20 * 1_048_576;

/** Reads a ticket file (CSV streamed, or JSON) and an optional event log. */
export async function loadLog(io: CliIo, path: string, options: LoadOptions): Promise<LoadedLog> {
  const tickets = await readTickets(io, path, options);
  const name = fileName(path);
  if (tickets.dateOrderGuessed) io.stderr.write(guessedOrderNote(name));
  const issues: FileIssue[] = tickets.issues.map((i) => ({ ...i, file: name }));
  if (options.eventsPath === undefined) {
    io.stderr.write(noSolveColumnNote(name, tickets.columns, options.columns));
    return { log: tickets.log, tickets, events: null, issues, omitted: tickets.omittedIssues };
  }
  const events = await readEvents(io, options.eventsPath, options);
  // A row said to be left out stays out, whatever the event log says of its ticket.
  const leftOut = leftOutRows(tickets.issues);
  const applied = guard(
    basename(options.eventsPath),
    () => applyEvents(tickets.log, events.events, { leftOutIds: leftOut.keys() }),
    eventTypeAdvice,
  );
  const eventsName = basename(options.eventsPath);
  // Said once the log is applied: a refused one says it all in its error.
  io.stderr.write(otherTypesNote(eventsName, events.events.otherTypes ?? []));
  const eventIssues = [...events.issues, ...applied.issues].sort((a, b) => a.row - b.row);
  const idColumn = events.events.columns?.ticketId;
  for (const i of eventIssues)
    issues.push({ ...whyUnknown(i, idColumn, leftOut, name), file: eventsName });
  const omitted = [tickets.omittedIssues, events.omittedIssues, applied.omittedIssues].reduce(
    (sum, o) => ({ errors: sum.errors + o.errors, warnings: sum.warnings + o.warnings }),
    { errors: 0, warnings: 0 },
  );
  return { log: applied.log, tickets, events, issues, omitted, eventsPath: options.eventsPath };
}

async function readTickets(
  io: CliIo,
  path: string,
  { timeZone, columns, dateOrder }: LoadOptions,
): Promise<TicketParseResult> {
  const options: TicketParseOptions = {
    timeZone,
    ...(columns ? { columns } : {}),
    ...(dateOrder ? { dateOrder } : {}),
  };
  if (path === STDIN) return readStdin(io, options);
  const full = resolve(io.cwd ?? process.cwd(), path);
  const size = await checkFile(full, path);
  const name = basename(path);
  if (/\.json(\.gz)?$/i.test(path) || (await startsLikeJson(full))) {
    const text = await guardRead(path, async () => {
      const utf8 = new Utf8Text(path);
      try {
        const bytes = await readFile(full);
        const decoded = utf8.decode(isGzipStart(bytes) ? await gunzipBytes(bytes) : bytes);
        utf8.end();
        return decoded;
      } catch (e) {
        throw e instanceof NotUtf8Error ? await notUtf8(path, full, false, e) : e;
      }
    });
    return guard(name, () => parseTicketsJson(text, options));
  }
  const parser = guard(name, () => createTicketCsvParser(options));
  await stream(io, full, path, size, (chunk) => parser.push(chunk));
  return guard(name, () => parser.end());
}

async function readEvents(
  io: CliIo,
  path: string,
  { timeZone, eventColumns, eventTypes, dateOrder }: LoadOptions,
): Promise<EventParseResult> {
  if (path === STDIN)
    throw new CliError(
      "--events - : standard input can hold the ticket file only; give the event log as a file.",
    );
  const full = resolve(io.cwd ?? process.cwd(), path);
  const size = await checkFile(full, path, EVENT_HEADER);
  const name = basename(path);
  const parser = guard(name, () =>
    createEventCsvParser({
      timeZone,
      ...(eventColumns ? { columns: eventColumns } : {}),
      ...(eventTypes ? { types: eventTypes } : {}),
      ...(dateOrder ? { dateOrder } : {}),
    }),
  );
  await stream(io, full, path, size, (chunk) =>
    guard(name, () => parser.push(chunk), eventColumnAdvice),
  );
  return guard(name, () => parser.end(), eventColumnAdvice);
}

/** The path that means standard input. */
const STDIN = "-";

/** A file's name in messages: its base name, or `stdin` for `-`. */
export function fileName(path: string): string {
  return path === STDIN ? "stdin" : basename(path);
}

/**
 * Reads tickets from standard input (`tidemark metrics -`): CSV streamed
 * through the parser, or JSON when the text starts as JSON does.
 */
async function readStdin(io: CliIo, options: TicketParseOptions): Promise<TicketParseResult> {
  const name = "stdin";
  if (!io.stdin) throw new CliError("There is no standard input to read (-).");
  const utf8 = new Utf8Text("standard input");
  let csv: TicketCsvParser | null = null;
  let json: string[] | null = null;
  // Text read before the format is known: a chunk may end after `[` (a slow
  // producer), which JSON and CSV could both go on from.
  let head = "";
  try {
    for await (const chunk of gunzippedIfGzip(io.stdin)) {
      let part = utf8.decode(chunk);
      if (csv === null && json === null) {
        head += part;
        if (head.trim() === "" || UNDECIDED_START.test(head)) continue;
        if (JSON_START.test(head)) json = [];
        else csv = guard(name, () => createTicketCsvParser(options));
        part = head;
      }
      if (json !== null) json.push(part);
      else guard(name, () => (csv as TicketCsvParser).push(part));
    }
    utf8.end();
    // Input that ended undecided (`[` alone) is JSON, and gets JSON's reason.
    if (csv === null && json === null && head.trim() !== "") json = [head];
  } catch (e) {
    if (e instanceof NotUtf8Error)
      throw new CliError(
        `standard input is not UTF-8 text (${e.message}); save the file as UTF-8.`,
      );
    if ((e as { code?: string }).code?.startsWith("Z_"))
      throw new CliError(
        `Cannot read standard input: ${systemReason(e)} (while decompressing gzip).`,
      );
    throw e;
  }
  if (json !== null) {
    let text: string;
    try {
      text = json.join("");
    } catch (e) {
      if (isTooLargeForJson(e)) throw new CliError(jsonTooLarge("standard input"));
      throw e;
    }
    return guard(name, () => parseTicketsJson(text, options));
  }
  if (csv === null) throw new CliError(`standard input is empty: expected ${TICKET_HEADER}.`);
  const parser = csv;
  return guard(name, () => parser.end());
}

/**
 * Feeds a file to `push` in text chunks; memory stays bounded by the parser,
 * not the file. Gzip files (`.csv.gz`) are decompressed on the way.
 */
async function stream(
  io: CliIo,
  full: string,
  path: string,
  size: number,
  push: (chunk: string) => void,
): Promise<void> {
  const source = createReadStream(full, { highWaterMark: 1_048_576 });
  const gzip = await isGzip(full);
  const input: Readable = gzip ? pipeline(source, createGunzip(), () => {}) : source;
  const progress = Progress.wanted(io, size, DEFAULT_PROGRESS_BYTES)
    ? new Progress(io, basename(path), size)
    : null;
  const name = basename(path);
  const text = new Utf8Text(path);
  try {
    for await (const chunk of input) {
      const part = text.decode(chunk as Buffer);
      guard(name, () => push(part));
      progress?.update(source.bytesRead);
    }
    text.end();
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (e instanceof NotUtf8Error) throw await notUtf8(path, full, gzip, e);
    throw new CliError(
      `Cannot read ${path}: ${systemReason(e)}${gzip ? " (while decompressing gzip)" : ""}.`,
    );
  } finally {
    progress?.done();
    input.destroy();
    source.destroy();
  }
}

/**
 * Whether a file starts as a JSON array of objects or a JSON object does: a
 * JSON export saved as `.txt` or without an extension is still read as JSON.
 */
async function startsLikeJson(full: string): Promise<boolean> {
  if (await isGzip(full)) {
    const gunzip = pipeline(createReadStream(full), createGunzip(), () => {});
    try {
      for await (const chunk of gunzip) return JSON_START.test((chunk as Buffer).toString("utf8"));
    } catch {
      // A broken gzip file is for the CSV reader to report, with its reason.
    } finally {
      gunzip.destroy();
    }
    return false;
  }
  const handle = await open(full, "r");
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, 256, 0);
    return JSON_START.test(head.subarray(0, bytesRead).toString("utf8"));
  } finally {
    await handle.close();
  }
}

/** A whole gzip file's bytes, decompressed. */
function gunzipBytes(bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    gunzip(bytes, (e, out) => (e ? reject(e) : resolve(out))),
  );
}

/** Whether a file starts with the gzip magic bytes. */
async function isGzip(full: string): Promise<boolean> {
  const handle = await open(full, "r");
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** Size of a readable file, or a clear error for a missing file, a directory or an empty file. */
async function checkFile(full: string, path: string, expected = TICKET_HEADER): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`No such file: ${path}.`);
    throw new CliError(`Cannot read ${path}: ${systemReason(e)}.`);
  }
  if (info.isDirectory())
    throw new CliError(`${path} is a directory; give the path of a CSV or JSON file.`);
  if (info.size === 0) {
    throw new CliError(`${path} is empty: expected ${expected}.`);
  }
  return info.size;
}

async function guardRead<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (e instanceof RangeError || isTooLargeForJson(e)) throw new CliError(jsonTooLarge(path));
    throw new CliError(`Cannot read ${path}: ${systemReason(e)}.`);
  }
}

/** Runs a core call, turning its {@link TidemarkError} into a one-line CLI error naming the file. */
export function guard<T>(file: string, run: () => T, advice = columnAdvice): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof TidemarkError) {
      const advised =
        e.code === "missing-column" ||
        e.code === "no-lifecycle-events" ||
        e.code === "ambiguous-column";
      const message = advised ? advice(e.message) : cliOptionNames(e.message);
      throw new CliError(`${file}: ${message}`);
    }
    throw e;
  }
}

function systemReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "EACCES") return "permission denied";
  if (err.code === "EISDIR") return "it is a directory";
  return (err.message ?? String(e)).replace(/\.$/, "");
}

/** The rows of the ticket file left out for an error, by their ticket id (the first for each). */
function leftOutRows(issues: readonly RowIssue[]): Map<string, RowIssue> {
  const rows = new Map<string, RowIssue>();
  for (const issue of issues)
    if (issue.severity === "error" && issue.ticketId !== undefined && !rows.has(issue.ticketId))
      rows.set(issue.ticketId, issue);
  return rows;
}

/**
 * An event issue for a ticket the log does not have, said more exactly when
 * the ticket file had its row but left it out: which row, and why.
 */
function whyUnknown(
  issue: RowIssue,
  idColumn: string | undefined,
  leftOut: Map<string, RowIssue>,
  ticketFile: string,
): RowIssue {
  // The one event issue on the id column that names a ticket: an unknown ticket.
  const row = issue.ticketId === undefined ? undefined : leftOut.get(issue.ticketId);
  if (row === undefined || issue.field !== idColumn) return issue;
  return {
    ...issue,
    reason: `event for a ticket whose row was left out (${ticketFile} row ${row.row}, ${row.field}: ${row.reason}); not counted`,
  };
}

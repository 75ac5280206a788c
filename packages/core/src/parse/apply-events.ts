import { TidemarkError } from "../errors.js";
import { checkOptions, checkTicketLog, describeValue } from "../input-checks.js";
import {
  ATTRIBUTE_NAMES,
  type AttributeName,
  type CodedColumn,
  type RowIssue,
  type TicketLog,
} from "../types.js";
import { clip } from "./builder.js";
import type { EventLog } from "./events-csv.js";
import { IssueList, type OmittedIssues } from "./issue-list.js";

const CREATED = 0;
const SOLVED = 1;
const REOPENED = 2;
const CLOSED = 3;
const OTHER = 4;

/** Options of {@link applyEvents}. */
export interface ApplyEventsOptions {
  /**
   * Ids of tickets whose rows the ticket file had but could not read (its
   * issues' `ticketId`s of severity `error`): their events are reported, not
   * made into tickets, so a row said to be left out stays out.
   */
  leftOutIds?: Iterable<string>;
}

/**
 * Replaces each ticket's single creation-to-resolution spell by the spells its
 * event history describes (see "Open spells" in the metric definitions):
 * open from creation until the first `solved`; a `reopened` opens it again until
 * the next `solved`; `closed` on an open ticket is a solve; `closed` after a
 * solve, `solved` on a solved ticket, `reopened` on an open one and other types
 * change nothing. Events are taken in time order (file order for equal times).
 * The ticket's creation time opens the first spell; tickets without events of
 * those four types keep their single spell. An event log ticket missing from
 * the log is added when it has a `created` event. A log with no event of those
 * four types is refused (`no-lifecycle-events`). Problems are reported, never
 * silently fixed.
 */
export function applyEvents(
  log: TicketLog,
  events: EventLog,
  options: ApplyEventsOptions = {},
): { log: TicketLog; issues: RowIssue[]; omittedIssues: OmittedIssues } {
  checkTicketLog(log, "applyEvents");
  checkEventLog(events);
  options = checkOptions(options, "applyEvents", { leftOutIds: true });
  checkSomeLifecycleEvent(events);
  const leftOut = new Set(options.leftOutIds ?? []);
  const issues = new IssueList();
  // Issues name the file's columns and show times as written there.
  const idColumn = events.columns?.ticketId ?? "ticketId";
  const atColumn = events.columns?.at ?? "at";
  const typeColumn = events.columns?.type ?? "type";
  /** A ticket the ticket file has resolved, which its events leave open: they win, and say so. */
  const openedByEvents = (
    last: number,
    id: string,
    resolved: number,
    reopenedAt: number | null,
    eventCount: number,
  ): RowIssue => ({
    row: events.rows[last] as number,
    field: typeColumn,
    severity: "warning",
    ticketId: id,
    reason:
      `the ticket file has it resolved (${new Date(resolved).toISOString()}), but ` +
      (reopenedAt === null
        ? `none of its ${eventCount} event${eventCount === 1 ? "" : "s"} solves or closes it`
        : `its events reopen it (${new Date(reopenedAt).toISOString()}) and never solve it again`) +
      "; kept open, as the event log says",
  });
  const atAsWritten = (k: number) =>
    events.atText !== undefined ? clip(events.atText[k]) : new Date(events.at[k]).toISOString();
  const index = new Map<string, number>();
  for (let i = 0; i < log.size; i++) index.set(log.ids[i], i);
  const ids = log.ids.slice();
  const createdAt = Array.from(log.createdAt);
  const resolvedAt = Array.from(log.finalSolvedAt);
  const kinds = Array.from(log.inflowKind);

  // Tickets known only from the event log, created by their first `created` event.
  const eventTicket = new Int32Array(events.size);
  for (let k = 0; k < events.size; k++) {
    const id = events.ticketIds[k];
    let t = index.get(id);
    if (t === undefined) {
      if (events.type[k] !== CREATED || leftOut.has(id)) {
        eventTicket[k] = -1;
        continue;
      }
      t = ids.length;
      index.set(id, t);
      ids.push(id);
      createdAt.push(events.at[k]);
      resolvedAt.push(Number.NaN);
      kinds.push(0);
    } else if (t >= log.size && events.type[k] === CREATED && events.at[k] < createdAt[t]) {
      createdAt[t] = events.at[k];
    }
    eventTicket[k] = t;
  }
  for (let k = 0; k < events.size; k++) {
    if (eventTicket[k] === -1) {
      issues.push({
        row: events.rows[k],
        field: idColumn,
        severity: "error",
        ticketId: events.ticketIds[k],
        value: events.ticketIds[k],
        reason: leftOut.has(events.ticketIds[k] as string)
          ? "event for a ticket whose row in the ticket file was left out; not counted"
          : "event for a ticket that is not in the ticket log (no row in the ticket file, or a row left out) and not created in the event log",
      });
    }
  }

  const n = ids.length;
  // Counting sort of the lifecycle events by ticket, then by time (row breaks
  // ties) within each. Other types change nothing: a ticket with only those
  // keeps the spell its row gives.
  for (let k = 0; k < events.size; k++) if (events.type[k] === OTHER) eventTicket[k] = -2;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < events.size; k++) if (eventTicket[k] >= 0) offsets[eventTicket[k] + 1]++;
  for (let t = 0; t < n; t++) offsets[t + 1] += offsets[t];
  const order = new Int32Array(offsets[n]);
  const cursor = offsets.slice(0, n);
  for (let k = 0; k < events.size; k++) {
    const t = eventTicket[k];
    if (t >= 0) order[cursor[t]++] = k;
  }

  const spellTicket: number[] = [];
  const spellStart: number[] = [];
  const spellEnd: number[] = [];
  const spellReopened: number[] = [];
  const firstSolved = new Float64Array(n);
  const finalSolved = new Float64Array(n);

  for (let t = 0; t < n; t++) {
    const from = offsets[t];
    const to = offsets[t + 1];
    const created = createdAt[t];
    if (from === to) {
      spellTicket.push(t);
      spellStart.push(created);
      spellEnd.push(resolvedAt[t]);
      spellReopened.push(0);
      firstSolved[t] = resolvedAt[t];
      finalSolved[t] = resolvedAt[t];
      continue;
    }
    const mine = Array.from(order.subarray(from, to)).sort(
      (a, b) => events.at[a] - events.at[b] || events.rows[a] - events.rows[b],
    );
    let open = true;
    let first = Number.NaN;
    spellTicket.push(t);
    spellStart.push(created);
    spellReopened.push(0);
    let spell = spellEnd.push(Number.NaN) - 1;
    for (const k of mine) {
      const at = events.at[k];
      const type = events.type[k];
      if (at < created) {
        issues.push({
          row: events.rows[k],
          field: atColumn,
          severity: "error",
          ticketId: ids[t],
          value: atAsWritten(k),
          reason: `event before the ticket was created (${new Date(created).toISOString()}); ignored`,
        });
        continue;
      }
      if ((type === SOLVED || type === CLOSED) && open) {
        spellEnd[spell] = at;
        if (Number.isNaN(first)) first = at;
        open = false;
      } else if (type === REOPENED && !open) {
        spellTicket.push(t);
        spellStart.push(at);
        spellReopened.push(1);
        spell = spellEnd.push(Number.NaN) - 1;
        open = true;
      } else if (type === REOPENED || type === SOLVED) {
        // Kept out of the counts, which would otherwise break the bathtub equation; said, not hidden.
        issues.push({
          row: events.rows[k] as number,
          field: typeColumn,
          severity: "warning",
          ticketId: ids[t],
          reason:
            type === SOLVED
              ? "solved when it was already solved (no reopening between); changes nothing"
              : "reopened when it was open (not solved since it was opened); changes nothing",
        });
      }
    }
    firstSolved[t] = first;
    finalSolved[t] = open ? Number.NaN : spellEnd[spell];
    if (open && t < log.size && !Number.isNaN(resolvedAt[t])) {
      issues.push(
        openedByEvents(
          mine[mine.length - 1] as number,
          ids[t] as string,
          resolvedAt[t] as number,
          spellReopened[spell] === 1 ? (spellStart[spell] as number) : null,
          mine.length,
        ),
      );
    }
  }

  const attributes = {} as Record<AttributeName, CodedColumn>;
  for (const name of ATTRIBUTE_NAMES) {
    const codes = new Int32Array(n).fill(-1);
    codes.set(log.attributes[name].codes);
    attributes[name] = { codes, values: log.attributes[name].values };
  }
  return {
    log: {
      size: n,
      ids,
      createdAt: Float64Array.from(createdAt),
      firstSolvedAt: firstSolved,
      finalSolvedAt: finalSolved,
      inflowKind: Uint8Array.from(kinds),
      attributes,
      spells: {
        size: spellTicket.length,
        ticket: Int32Array.from(spellTicket),
        start: Float64Array.from(spellStart),
        end: Float64Array.from(spellEnd),
        reopened: Uint8Array.from(spellReopened),
      },
    },
    issues: issues.byRow(),
    omittedIssues: issues.omitted,
  };
}

/**
 * Refuses an event log none of whose events is created, solved, reopened or
 * closed: it says nothing about the level, would change no figure, and is
 * surely not the lifecycle export meant (a raw status history, say).
 */
function checkSomeLifecycleEvent(events: EventLog): void {
  if (events.size === 0 || events.type.some((t) => t !== OTHER)) return;
  const seen = (events.otherTypes ?? [])
    .slice(0, 5)
    .map(({ text, count }) => `"${clip(text)}" ×${count.toLocaleString("en-US")}`);
  throw new TidemarkError(
    "no-lifecycle-events",
    `None of the event log's ${events.size.toLocaleString("en-US")} events is created, solved, reopened or closed` +
      (seen.length > 0
        ? ` (its types: ${seen.join(", ")}${(events.otherTypes?.length ?? 0) > 5 ? ", …" : ""})`
        : "") +
      ", so it cannot tell when tickets were opened or solved: applying it would change no figure. " +
      'Use an event log with those types (a lifecycle export), say what its own types mean (parseEventsCsv\'s option types, e.g. { "Done": "solved" }), or read the ticket file alone.',
  );
}

/** Throws `invalid-input` unless `events` has an event log's shape. */
function checkEventLog(events: unknown): asserts events is EventLog {
  const e = events as Partial<EventLog> | null;
  if (
    e !== null &&
    typeof e === "object" &&
    Array.isArray(e.ticketIds) &&
    e.at instanceof Float64Array
  )
    return;
  const parsed = e !== null && typeof e === "object" && "events" in e && "issues" in e;
  throw new TidemarkError(
    "invalid-input",
    "applyEvents expects an EventLog from parseEventsCsv or createEventCsvParser (their result's .events)" +
      (parsed
        ? "; it was given the whole parse result: pass result.events."
        : `; it was given ${describeValue(events)}.`),
  );
}

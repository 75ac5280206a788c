import { describe, expect, test } from "vitest";
import {
  applyEvents,
  type EventLog,
  parseEventsCsv,
  parseTicketsCsv,
  ticketsFromRecords,
} from "../../src/index.js";
import { caughtError } from "../caught-error.js";

const tickets = ticketsFromRecords([{ id: "T", createdAt: "2024-03-01T09:00:00Z" }]).log;

describe("applyEvents(log, events) issues name the file's columns and show times as written", () => {
  test("an event for an unknown ticket names the id column (ticket_id, not ticketId)", () => {
    const events = parseEventsCsv(
      "ticket_id,event_time,type\nT,2024-03-02 10:00,solved\nX,2024-03-02 11:00,solved\n",
    );
    expect(events.issues).toEqual([]);
    expect(applyEvents(tickets, events.events).issues).toEqual([
      {
        row: 3,
        field: "ticket_id",
        severity: "error",
        ticketId: "X",
        value: "X",
        reason:
          "event for a ticket that is not in the ticket log (no row in the ticket file, or a row left out) and not created in the event log",
      },
    ]);
  });
  test("an event before the creation names the time column and shows its text as written", () => {
    // T was created on 1 March at 09:00 UTC; 28 Feb 10:00 (read in UTC) is before it.
    const events = parseEventsCsv("ticket_id,event_time,type\nT,  2024-02-28 10:00,solved\n");
    expect(applyEvents(tickets, events.events).issues).toMatchObject([
      {
        row: 2,
        field: "event_time",
        ticketId: "T",
        value: "  2024-02-28 10:00",
        reason: "event before the ticket was created (2024-03-01T09:00:00.000Z); ignored",
      },
    ]);
  });
  test("columns mapped by name are named as the file spells them", () => {
    const events = parseEventsCsv("Case Number;When;What\nX;02/03/2024;Solved\n", {
      columns: { ticketId: "Case Number", at: "When", type: "What" },
    });
    expect(applyEvents(tickets, events.events).issues).toMatchObject([
      { row: 2, field: "Case Number", value: "X" },
    ]);
  });
  test("an EventLog built by hand (no column names, no texts) still gets named issues", () => {
    const events: EventLog = {
      size: 1,
      ticketIds: ["T"],
      at: Float64Array.of(Date.parse("2024-02-28T10:00:00Z")),
      type: Uint8Array.of(1),
      rows: Int32Array.of(2),
    };
    expect(applyEvents(tickets, events).issues).toMatchObject([
      { row: 2, field: "at", value: "2024-02-28T10:00:00.000Z" },
    ]);
  });
});

describe("event log columns", () => {
  const text = "Case,When,What\nR1,2024-03-04T12:00:00Z,solved\n";
  test("a header without the usual names names the columns option to give for each missing one", () => {
    const e = caughtError(() => parseEventsCsv(text, { columns: { ticketId: "Case" } }));
    expect(e.code).toBe("missing-column");
    expect(e.message).toBe(
      'The event log needs ticket id, time and type columns (e.g. "ticket_id,at,type"); its header has: "Case", "When", "What". Map the missing ones with columns.at, columns.type.',
    );
  });
  test("a mapped column that is not in the header is named", () => {
    const e = caughtError(() =>
      parseEventsCsv(text, { columns: { ticketId: "Case", at: "Time", type: "What" } }),
    );
    expect(e.message).toBe(
      'Column "Time" (columns.at) is not in the event log\'s header ("Case", "When", "What").',
    );
  });
  test("mapped columns are read", () => {
    const { events } = parseEventsCsv(text, {
      columns: { ticketId: "Case", at: "When", type: "What" },
    });
    expect(events.ticketIds).toEqual(["R1"]);
    expect(Array.from(events.at)).toEqual([Date.UTC(2024, 2, 4, 12)]);
  });
});

describe("event types", () => {
  const resolved = ticketsFromRecords([
    { id: "A", createdAt: "2024-03-01T09:00:00Z", resolvedAt: "2024-03-02T09:00:00Z" },
    { id: "B", createdAt: "2024-03-01T10:00:00Z", resolvedAt: "2024-03-03T10:00:00Z" },
    { id: "C", createdAt: "2024-03-01T11:00:00Z" },
  ]).log;
  const raw =
    "ticket_id,at,event\n" +
    "A,2024-03-01T12:00:00Z,Take in charge\n" +
    "A,2024-03-02T09:00:00Z,Resolve ticket\n" +
    "B,2024-03-01T12:00:00Z,Take in charge\n" +
    "B,2024-03-03T10:00:00Z, resolve TICKET \n" +
    "C,2024-03-01T12:00:00Z,Take in charge\n";

  test("a log whose types are all unknown is refused naming its types", () => {
    const { events } = parseEventsCsv(raw);
    expect(events.otherTypes).toEqual([
      { text: "Take in charge", count: 3 },
      { text: "Resolve ticket", count: 1 },
      { text: "resolve TICKET", count: 1 },
    ]);
    const e = caughtError(() => applyEvents(resolved, events));
    expect(e.code).toBe("no-lifecycle-events");
    expect(e.message).toBe(
      'None of the event log\'s 5 events is created, solved, reopened or closed (its types: "Take in charge" ×3, "Resolve ticket" ×1, "resolve TICKET" ×1), ' +
        "so it cannot tell when tickets were opened or solved: applying it would change no figure. " +
        'Use an event log with those types (a lifecycle export), say what its own types mean (parseEventsCsv\'s option types, e.g. { "Done": "solved" }), or read the ticket file alone.',
    );
  });

  test("such a log is refused even when no ticket it names was resolved (it would change nothing)", () => {
    const { events } = parseEventsCsv(
      "ticket_id,at,event\nC,2024-03-01T12:00:00Z,Take in charge\n",
    );
    expect(caughtError(() => applyEvents(resolved, events)).code).toBe("no-lifecycle-events");
  });

  test("a ticket whose events are all of other types keeps its row's resolution, without a warning", () => {
    // A has a lifecycle; B only a comment, which says nothing about when B was solved.
    const { events } = parseEventsCsv(
      "ticket_id,at,type\n" +
        "A,2024-03-01T09:00:00Z,created\n" +
        "A,2024-03-02T09:00:00Z,solved\n" +
        "B,2024-03-01T12:00:00Z,comment\n",
    );
    const applied = applyEvents(resolved, events);
    expect(applied.issues).toEqual([]);
    expect(Array.from(applied.log.finalSolvedAt)).toEqual([
      Date.parse("2024-03-02T09:00:00Z"),
      Date.parse("2024-03-03T10:00:00Z"),
      Number.NaN,
    ]);
    expect(applied.log.spells.size).toBe(3);
  });

  test("the log's own type names (options.types) say which texts solve, trimmed and case-blind", () => {
    const { events } = parseEventsCsv(raw, { types: { "Resolve Ticket": "solved" } });
    expect(events.otherTypes).toEqual([{ text: "Take in charge", count: 3 }]);
    const applied = applyEvents(resolved, events);
    expect(applied.issues).toEqual([]);
    expect(Array.from(applied.log.finalSolvedAt)).toEqual([
      Date.parse("2024-03-02T09:00:00Z"),
      Date.parse("2024-03-03T10:00:00Z"),
      Number.NaN,
    ]);
  });

  test("a ticket resolved in the file but left open by its events gets a warning on its last event", () => {
    const { events } = parseEventsCsv(
      "ticket_id,at,type\n" +
        "A,2024-03-01T12:00:00Z,created\n" +
        "B,2024-03-02T10:00:00Z,solved\n" +
        "B,2024-03-02T11:00:00Z,reopened\n" +
        "B,2024-03-02T12:00:00Z,assigned\n",
    );
    const applied = applyEvents(resolved, events);
    expect(applied.issues).toEqual([
      {
        row: 2,
        field: "type",
        severity: "warning",
        ticketId: "A",
        reason:
          "the ticket file has it resolved (2024-03-02T09:00:00.000Z), but none of its 1 event solves or closes it; kept open, as the event log says",
      },
      {
        // On its last lifecycle event: the `assigned` after it changes nothing.
        row: 4,
        field: "type",
        severity: "warning",
        ticketId: "B",
        reason:
          "the ticket file has it resolved (2024-03-03T10:00:00.000Z), but its events reopen it (2024-03-02T11:00:00.000Z) and never solve it again; kept open, as the event log says",
      },
    ]);
    expect(applied.log.finalSolvedAt[0]).toBeNaN();
    expect(applied.log.finalSolvedAt[1]).toBeNaN();
  });

  test("a type that is not an event type is refused when the parser is made", () => {
    const e = caughtError(() =>
      parseEventsCsv(raw, { types: { "Resolve ticket": "done" as "solved" } }),
    );
    expect(e.code).toBe("invalid-option");
    expect(e.message).toBe(
      'Invalid option types["Resolve ticket"]: "done"; expected one of created, solved, reopened, closed, other.',
    );
  });
});

test("events of a ticket whose row was left out (leftOutIds) are reported, not made into a ticket", () => {
  const parsed = parseTicketsCsv(
    "id,created_at,resolved_at\n" +
      "A,2024-03-05T00:00:00Z,2024-03-04T00:00:00Z\n" +
      "B,2024-03-05T00:00:00Z,\n",
  );
  expect(parsed.issues.map((i) => [i.row, i.ticketId, i.severity])).toEqual([[2, "A", "error"]]);
  const { events } = parseEventsCsv(
    "ticket_id,at,type\nA,2024-03-05T00:00:00Z,created\nA,2024-03-06T00:00:00Z,solved\nB,2024-03-06T00:00:00Z,solved\n",
  );
  const leftOutIds = parsed.issues.flatMap((i) =>
    i.severity === "error" && i.ticketId ? [i.ticketId] : [],
  );
  const applied = applyEvents(parsed.log, events, { leftOutIds });
  expect(applied.log.ids).toEqual(["B"]);
  expect(applied.issues.map((i) => [i.row, i.field, i.severity, i.reason])).toEqual([
    [
      2,
      "ticket_id",
      "error",
      "event for a ticket whose row in the ticket file was left out; not counted",
    ],
    [
      3,
      "ticket_id",
      "error",
      "event for a ticket whose row in the ticket file was left out; not counted",
    ],
  ]);
  // Without the ids, the event log's own `created` still adds the ticket (it may have no row at all).
  expect(applyEvents(parsed.log, events).log.ids).toEqual(["B", "A"]);
  expect(
    caughtError(() => applyEvents(parsed.log, events, { leftOut: ["A"] } as never)).message,
  ).toContain("leftOutIds");
});

test("a reopening of an open ticket and a solve of a solved one change nothing, and each gets a warning", () => {
  const tickets = ticketsFromRecords([{ id: "A", createdAt: "2024-03-01T09:00:00Z" }]).log;
  const { events } = parseEventsCsv(
    "ticket_id,at,type\n" +
      "A,2024-03-01T10:00:00Z,reopened\n" +
      "A,2024-03-02T09:00:00Z,solved\n" +
      "A,2024-03-03T09:00:00Z,solved\n" +
      "A,2024-03-04T09:00:00Z,closed\n",
  );
  const applied = applyEvents(tickets, events);
  // One spell, 1 to 2 March; the closing after the solve is the usual end of a ticket.
  expect(applied.log.spells.size).toBe(1);
  expect(applied.log.finalSolvedAt[0]).toBe(Date.parse("2024-03-02T09:00:00Z"));
  expect(applied.issues).toEqual([
    {
      row: 2,
      field: "type",
      severity: "warning",
      ticketId: "A",
      reason: "reopened when it was open (not solved since it was opened); changes nothing",
    },
    {
      row: 4,
      field: "type",
      severity: "warning",
      ticketId: "A",
      reason: "solved when it was already solved (no reopening between); changes nothing",
    },
  ]);
});

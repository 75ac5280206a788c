import { describe, expect, test } from "vitest";
import { applyEvents, type EventLog, parseEventsCsv, ticketsFromRecords } from "../../src/index.js";
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
          "event for a ticket that is neither in the ticket file nor created in the event log",
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

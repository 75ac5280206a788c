import { describe, expect, test } from "vitest";
import {
  computeMetrics,
  createTicketCsvParser,
  parseEventsCsv,
  parseTicketsCsv,
  parseTicketsJson,
  ticketsFromRecords,
} from "../src/index.js";
import { caughtError } from "./caught-error.js";

const error = caughtError;

describe("a wrong input type gets a TidemarkError that says what was expected", () => {
  test.each([
    [
      "computeMetrics(null)",
      () => computeMetrics(null as never),
      "computeMetrics expects a TicketLog from parseTicketsCsv, parseTicketsJson or ticketsFromRecords (their result's .log); it was given null.",
    ],
    [
      'computeMetrics("x")',
      () => computeMetrics("x" as never),
      "computeMetrics expects a TicketLog from parseTicketsCsv, parseTicketsJson or ticketsFromRecords (their result's .log); it was given a string.",
    ],
    [
      "parseTicketsCsv(null)",
      () => parseTicketsCsv(null as never),
      "parseTicketsCsv expects the CSV text as a string; it was given null.",
    ],
    [
      "createTicketCsvParser().push(42)",
      () => createTicketCsvParser().push(42 as never),
      "push expects each chunk of CSV text as a string; it was given a number.",
    ],
    [
      "parseEventsCsv(undefined)",
      () => parseEventsCsv(undefined as never),
      "parseEventsCsv expects the event log CSV text as a string; it was given undefined.",
    ],
    [
      "parseTicketsJson(123)",
      () => parseTicketsJson(123 as never),
      "parseTicketsJson expects the JSON text as a string; it was given a number.",
    ],
    [
      'ticketsFromRecords("x")',
      () => ticketsFromRecords("x" as never),
      "ticketsFromRecords expects an array of ticket objects; it was given a string.",
    ],
  ])("%s", (_, fn, message) => {
    const e = error(fn);
    expect(e.code).toBe("invalid-input");
    expect(e.message).toBe(message);
  });
  test("computeMetrics(parseResult) says to pass result.log", () => {
    const parsed = ticketsFromRecords([{ id: "a", createdAt: "2024-01-01T00:00:00Z" }]);
    expect(error(() => computeMetrics(parsed as never)).message).toMatch(
      /given the whole parse result: pass result\.log\.$/,
    );
  });
  test("computeMetrics(log, null) asks for an options object", () => {
    const { log } = ticketsFromRecords([{ id: "a", createdAt: "2024-01-01T00:00:00Z" }]);
    const e = error(() => computeMetrics(log, null as never));
    expect(e.code).toBe("invalid-option");
    expect(e.message).toMatch(/expected an object .* got null\.$/);
  });
});

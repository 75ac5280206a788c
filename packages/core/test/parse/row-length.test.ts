import { describe, expect, test } from "vitest";
import { createTicketCsvParser, parseEventsCsv, parseTicketsCsv } from "../../src/index.js";
import { caughtError } from "../caught-error.js";

const error = caughtError;

const MAX = 1_048_576;
// "1,2024-01-01," is 13 characters, so a note of MAX - 13 makes row 3 exactly MAX long.
const prefix = "1,2024-01-01,";
const file = (note: string) =>
  `id,created,note\n0,2024-01-01,a\n${prefix}${note}\n2,2024-01-02,b\n`;

describe("maxRowLength holds for every record, however it arrives", () => {
  test("parseTicketsCsv(text): a 1,100,000-character field in one chunk stops at row 3", () => {
    const e = error(() => parseTicketsCsv(file("x".repeat(1_100_000))));
    expect(e.code).toBe("record-too-long");
    expect(e.message).toMatch(/^Row 3 is longer than 1,048,576 characters/);
  });
  test("parseTicketsCsv(text): a 2,000,000-character field in one chunk stops at row 3", () => {
    const e = error(() => parseTicketsCsv(file("x".repeat(2_000_000))));
    expect(e.code).toBe("record-too-long");
    expect(e.message).toMatch(/^Row 3 /);
  });
  test("push(chunk): a 2,000,000-character record split across chunks stops at row 3", () => {
    const text = file("x".repeat(2_000_000));
    const p = createTicketCsvParser();
    const e = error(() => {
      for (let i = 0; i < text.length; i += 300_000) p.push(text.slice(i, i + 300_000));
      p.end();
    });
    expect(e.code).toBe("record-too-long");
    expect(e.message).toMatch(/^Row 3 /);
  });
  test("a quoted field with embedded newlines longer than the limit stops at its row", () => {
    const note = `"${"line\n".repeat(220_000)}"`; // 1,100,002 characters
    const e = error(() => parseTicketsCsv(file(note)));
    expect(e.code).toBe("record-too-long");
    expect(e.message).toMatch(/^Row 3 /);
  });
  test("a record of exactly maxRowLength characters is read (unquoted and quoted)", () => {
    const r = parseTicketsCsv(file("x".repeat(MAX - prefix.length)));
    expect(r.rowCount).toBe(3);
    expect(r.issues).toEqual([]);
    expect(r.log.ids).toEqual(["0", "1", "2"]);
    const quoted = parseTicketsCsv(file(`"${"y\n".repeat((MAX - prefix.length - 2) / 2)}"`));
    expect(quoted.issues).toEqual([]);
    expect(quoted.log.ids).toEqual(["0", "1", "2"]);
    // One character more is refused.
    const e = error(() => parseTicketsCsv(file("x".repeat(MAX - prefix.length + 1))));
    expect(e.message).toMatch(/^Row 3 /);
  });
  test("a smaller maxRowLength counts the record's characters, not its line end", () => {
    // "1,2024-01-01,abc" is 16 characters.
    expect(parseTicketsCsv(file("abc"), { maxRowLength: 16 }).log.size).toBe(3);
    expect(
      parseTicketsCsv(file("abc").replaceAll("\n", "\r\n"), { maxRowLength: 16 }).log.size,
    ).toBe(3);
    expect(error(() => parseTicketsCsv(file("abcd"), { maxRowLength: 16 })).code).toBe(
      "record-too-long",
    );
  });
  test("parseEventsCsv(text): a 1,100,000-character record in one chunk stops at row 3", () => {
    const text = `ticket_id,at,type\n1,2024-01-01,created\n1,2024-01-02,${"x".repeat(1_100_000)}\n`;
    const e = error(() => parseEventsCsv(text));
    expect(e.code).toBe("record-too-long");
    expect(e.message).toMatch(/^Row 3 /);
  });
});

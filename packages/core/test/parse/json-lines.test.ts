import { describe, expect, test } from "vitest";
import { parseTicketsJson } from "../../src/index.js";
import { jsonLinesSecondLine } from "../../src/parse/json-lines.js";
import { caughtError } from "../caught-error.js";

const ADVICE = "JSON Lines is not supported; give a JSON array of tickets ([{…}, {…}]) or CSV.";

describe("parseTicketsJson(text) on JSON Lines", () => {
  test("one object per line is refused with the line of the second object and what to give instead", () => {
    const text =
      '{"id":"a","created_at":"2024-01-01T10:00:00Z"}\n{"id":"b","created_at":"2024-01-02T10:00:00Z"}\n';
    const e = caughtError(() => parseTicketsJson(text));
    expect(e.code).toBe("invalid-json");
    expect(e.message).toBe(
      `The input looks like JSON Lines (one object per line): line 2 starts a second JSON value. ${ADVICE}`,
    );
  });

  test("blank lines, CRLF and a multi-line first object count in the line number", () => {
    // Lines: 1 `{`, 2 `"id": "a, {b}"`, 3 `}`, 4 blank, 5 the second object.
    const text = '{\r\n"id": "a, {b}"\r\n}\r\n\r\n{"id":"b"}\r\n';
    expect(caughtError(() => parseTicketsJson(text)).message).toMatch(/: line 5 starts /);
  });

  test("other invalid JSON keeps the parser's own reason", () => {
    for (const text of ['{"id":"a"} {"id":"b"}', '[{"id":"a",}]\n{"id":"b"}', '{"id":"a"}\nx']) {
      const e = caughtError(() => parseTicketsJson(text));
      expect(e.message).toMatch(/^The input is not valid JSON: /);
    }
  });
});

test("jsonLinesSecondLine(text) is null for a single value or text that is not JSON", () => {
  expect(jsonLinesSecondLine('[{"id":"a"}]\n')).toBeNull();
  expect(jsonLinesSecondLine('{"id":"a"')).toBeNull();
  expect(jsonLinesSecondLine("id,created_at\n")).toBeNull();
  expect(jsonLinesSecondLine('{"a":"\\"}"}\n{"b":1}')).toBe(2);
});

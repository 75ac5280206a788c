import fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import { createTicketCsvParser, type TicketParseResult } from "../../src/index.js";
import { fastLines } from "../../src/parse/ticket-line.js";

/**
 * The ticket CSV parser reads plain lines by a fast path (TicketLineReader)
 * once the first 1,000 rows have set the date order, and leaves every other
 * line to the general reader. Whatever the file, the result must be the one
 * the general reader alone gives: every ticket, code, issue and count.
 */

const FIELDS = ["id", "created", "resolved", "closed", "category", "team", "kind", "note"] as const;
type Field = (typeof FIELDS)[number];
const HEADER: Record<Field, string> = {
  id: "ticket_id",
  created: "created_at",
  resolved: "resolved_at",
  closed: "closed_at",
  category: "category",
  team: "team",
  kind: "inflow_kind",
  note: "note",
};

/** Mostly the common layout (days 1–14 for creation, 14–28 for resolution), sometimes not. */
const timestamp = (firstDay: number, lastDay: number) =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .record({
          day: fc.integer({ min: firstDay, max: lastDay }),
          hour: fc.integer({ min: 0, max: 23 }),
          tail: fc.constantFrom("Z", "-05:00", "+01:00", "", "+05:30"),
          sep: fc.constantFrom("T", " "),
        })
        .map(
          ({ day, hour, tail, sep }) =>
            `2024-03-${String(day).padStart(2, "0")}${sep}${String(hour).padStart(2, "0")}:15:09${tail}`,
        ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        " ",
        "2024-03-10T12:00:00Z ",
        " 2024-03-10T12:00:00Z",
        "2024-03-10",
        "2024-03-10T02:30:00",
        "03/10/2024 10:00",
        "2024-02-30T10:00:00Z",
        "2024-03-10T24:00:00Z",
        "1850-01-01T00:00:00Z",
        "soon",
        "2024-03-10T10:00:00.5Z",
      ),
    },
  );

/** Values a column sees often, then odd ones: spaces, blanks, quotes, delimiters, new values. */
const often = <T>(common: T[], odd: T[]) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...common) },
    { weight: 1, arbitrary: fc.constantFrom(...odd) },
  );

const attribute = often(
  ["Billing", "Bug", "Bug report", "Résumé", "Tier 1", "Tier 2", "Tier", "Smith", "Zoë", "Z", ""],
  [
    "Billing ",
    " Billing",
    "  ",
    '"Smith, John"',
    '"Smith"',
    '"a,b"',
    "a,b",
    '"a;b"',
    "a;b",
    "Nouveau",
    "Tier 3",
  ],
);

const kind = often(
  ["new", "reopened", "follow-up", "", "noise"],
  ["Follow Up", " new", " ", "bogus"],
);

const id = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => `T-${n}`) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", " T-7", "T-8 ", '"T-9"', "T-1") },
);

const row = fc.record({
  id,
  created: timestamp(1, 14),
  resolved: timestamp(14, 28),
  closed: timestamp(14, 28),
  category: attribute,
  team: attribute,
  kind,
  note: often(["", "x", "y z"], ["a,b", "a;b", '"q"']),
  extra: often([0], [1, -1]),
  lineEnd: often(["\n"], ["\r\n"]),
});

const layout = fc.record({
  columns: fc
    .shuffledSubarray([...FIELDS], { minLength: 2 })
    .filter((cs) => cs.includes("id") && cs.includes("created")),
  delimiter: fc.constantFrom(",", ";"),
  extraRows: fc.integer({ min: 1, max: 500 }),
  chunk: fc.integer({ min: 1, max: 4000 }),
});

type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

function csvOf(columns: Field[], delimiter: string, rows: Row[]): string {
  let text = `${columns.map((c) => HEADER[c]).join(delimiter)}\n`;
  for (const r of rows) {
    const values = columns.map((c) => r[c]);
    if (r.extra > 0) values.push("surplus");
    if (r.extra < 0) values.pop();
    text += values.join(delimiter) + r.lineEnd;
  }
  return text;
}

function parse(text: string, chunk: number, fast: boolean): TicketParseResult | string {
  fastLines.enabled = fast;
  try {
    const parser = createTicketCsvParser({
      timeZone: "America/New_York",
      inflowKinds: { Bug: "follow-up" },
    });
    for (let i = 0; i < text.length; i += chunk) parser.push(text.slice(i, i + chunk));
    return parser.end();
  } catch (e) {
    return String(e);
  }
}

afterEach(() => {
  fastLines.enabled = true;
});

describe("the fast path for plain lines", () => {
  test("gives what the general reader gives, on random files of clean and broken rows", () => {
    fc.assert(
      fc.property(
        layout,
        fc.array(row, { minLength: 1501, maxLength: 1501 }),
        ({ columns, delimiter, extraRows, chunk }, rows) => {
          const text = csvOf(columns, delimiter, rows.slice(0, 1000 + extraRows));
          const general = parse(text, text.length, false);
          expect(parse(text, chunk, true)).toEqual(general);
        },
      ),
      // A counterexample is a whole file: shrinking it takes minutes and says little more.
      { numRuns: 40, endOnFailure: true },
    );
  });

  test("takes the lines of a clean file after the first 1,000", () => {
    // So that the comparison above compares two paths, not one with itself.
    let text = "ticket_id,created_at,resolved_at,category,inflow_kind\n";
    for (let i = 1; i <= 3000; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      text += `T-${i},2024-03-${day}T08:00:00Z,2024-03-${day}T09:30:00-05:00,${i % 3 ? "Billing" : "Bug"},new\n`;
    }
    const before = fastLines.taken;
    const fast = parse(text, 65_536, true) as TicketParseResult;
    expect(fastLines.taken - before).toBe(2000);
    expect(fast).toEqual(parse(text, 65_536, false));
    expect(fast.log.size).toBe(3000);
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  INFLOW_KINDS,
  type InflowKind,
  type TidemarkError,
  ticketsFromRecords,
} from "../src/index.js";
import { validateTicketRecords } from "../src/schema/index.js";

/** What became of one record: refused (with the fields blamed), or the ticket read from it. */
type Outcome =
  | { refused: string[] }
  | { id: string; createdAt: number; resolvedAt: number | null; kind: InflowKind };

interface Options {
  timeZone?: string;
  dateOrder?: "mdy" | "dmy";
}

function bySchema(records: readonly unknown[], options: Options): Outcome[] {
  const { tickets, issues } = validateTicketRecords(
    records as Record<string, unknown>[],
    {},
    options,
  );
  let next = 0;
  return records.map((_, i) => {
    const fields = issues.filter((x) => x.row === i + 1).map((x) => x.field);
    if (fields.length > 0) return { refused: fields };
    const t = tickets[next++];
    if (t === undefined) throw new Error(`row ${i + 1}: neither a ticket nor an issue`);
    return {
      id: t.id,
      createdAt: t.createdAt,
      resolvedAt: t.resolvedAt ?? null,
      kind: t.inflowKind ?? "new",
    };
  });
}

function byParser(records: readonly unknown[], options: Options): Outcome[] {
  const { log, issues } = ticketsFromRecords(records, options);
  let next = 0;
  return records.map((_, i) => {
    const errors = issues.filter((x) => x.row === i + 1 && x.severity === "error");
    if (errors.length > 0) return { refused: errors.map((x) => x.field) };
    const k = next++;
    const solved = log.finalSolvedAt[k] as number;
    return {
      id: log.ids[k] as string,
      createdAt: log.createdAt[k] as number,
      resolvedAt: Number.isNaN(solved) ? null : solved,
      kind: INFLOW_KINDS[log.inflowKind[k] as number] as InflowKind,
    };
  });
}

/**
 * Both agree on each record: refused by both (the parser, which stops at the
 * first problem, blames a field the schema blames too), or read by both into
 * the same id, times and kind.
 */
function expectAgreement(schema: Outcome[], parser: Outcome[]): void {
  expect(schema.length).toBe(parser.length);
  schema.forEach((s, i) => {
    const p = parser[i] as Outcome;
    if ("refused" in s && "refused" in p) {
      expect(s.refused, `row ${i + 1}`).toContain(p.refused[0]);
    } else {
      expect(s, `row ${i + 1}`).toEqual(p);
    }
  });
}

const PARIS = { timeZone: "Europe/Paris" };
const CREATED = "2024-01-02T10:00:00Z";
const CREATED_MS = Date.UTC(2024, 0, 2, 10);

/** A record with good values but for the fields given (a key set to undefined stays a key). */
const record = (fields: Record<string, unknown>) => ({ id: "t", createdAt: CREATED, ...fields });

/** The ticket expected from a record: times worked out by hand, in Paris where they have no offset. */
const read = (createdAt: number, resolvedAt: number | null = null, kind: InflowKind = "new") => ({
  id: "t",
  createdAt,
  resolvedAt,
  kind,
});

// Each case: a record, and what both readers should make of it (null: refused, the field named).
const cases: [string, Record<string, unknown>, Outcome][] = [
  // Creation times.
  ["ISO with Z", record({}), read(CREATED_MS)],
  [
    "ISO with an offset",
    record({ createdAt: "2024-01-02T10:00:00+05:00" }),
    read(Date.UTC(2024, 0, 2, 5)),
  ],
  [
    "a wall time, read in Paris (CEST, +02:00, in July)",
    record({ createdAt: "2024-07-01 10:00" }),
    read(Date.UTC(2024, 6, 1, 8)),
  ],
  [
    "a date alone on Paris's spring-forward day: local midnight, still +01:00",
    record({ createdAt: "2024-03-31" }),
    read(Date.UTC(2024, 2, 30, 23)),
  ],
  [
    "a slash date, month first by default",
    record({ createdAt: "03/04/2024" }),
    read(Date.UTC(2024, 2, 3, 23)),
  ],
  ["epoch ms", record({ createdAt: 1_704_103_200_000 }), read(Date.UTC(2024, 0, 1, 10))],
  [
    "epoch ms with a fraction, floored",
    record({ createdAt: 1_704_103_200_000.9 }),
    read(Date.UTC(2024, 0, 1, 10)),
  ],
  [
    "a Date",
    record({ createdAt: new Date(Date.UTC(2024, 0, 1, 10)) }),
    read(Date.UTC(2024, 0, 1, 10)),
  ],
  ["epoch seconds", record({ createdAt: 1_704_103_200 }), { refused: ["createdAt"] }],
  ["zero", record({ createdAt: 0 }), { refused: ["createdAt"] }],
  ["a small negative number", record({ createdAt: -5 }), { refused: ["createdAt"] }],
  ["NaN", record({ createdAt: Number.NaN }), { refused: ["createdAt"] }],
  ["Infinity", record({ createdAt: Number.POSITIVE_INFINITY }), { refused: ["createdAt"] }],
  ["a number past any Date (9e15)", record({ createdAt: 9e15 }), { refused: ["createdAt"] }],
  ["epoch ms as text", record({ createdAt: "1704103200000" }), { refused: ["createdAt"] }],
  ["an empty creation time", record({ createdAt: "" }), { refused: ["createdAt"] }],
  ["spaces and a tab", record({ createdAt: "  \t" }), { refused: ["createdAt"] }],
  ["null", record({ createdAt: null }), { refused: ["createdAt"] }],
  ["undefined", record({ createdAt: undefined }), { refused: ["createdAt"] }],
  ["a no-break space (not blank)", record({ createdAt: "\u00a0" }), { refused: ["createdAt"] }],
  ["not a date", record({ createdAt: "soon" }), { refused: ["createdAt"] }],
  ["February 30th", record({ createdAt: "02/30/2024" }), { refused: ["createdAt"] }],
  ["an invalid Date", record({ createdAt: new Date("x") }), { refused: ["createdAt"] }],
  ["an object", record({ createdAt: { at: CREATED } }), { refused: ["createdAt"] }],
  ["an array", record({ createdAt: [2024, 1, 2] }), { refused: ["createdAt"] }],
  ["a boolean", record({ createdAt: true }), { refused: ["createdAt"] }],
  // Resolution and close times.
  [
    "a resolution",
    record({ resolvedAt: "2024-01-03T10:00:00Z" }),
    read(CREATED_MS, Date.UTC(2024, 0, 3, 10)),
  ],
  [
    "a resolution at the creation instant",
    record({ resolvedAt: CREATED }),
    read(CREATED_MS, CREATED_MS),
  ],
  [
    "an empty resolution falls back to the close time (a date: Paris midnight)",
    record({ resolvedAt: "", closedAt: "2024-01-04" }),
    read(CREATED_MS, Date.UTC(2024, 0, 3, 23)),
  ],
  [
    "a null resolution falls back to a close time in epoch ms",
    record({ resolvedAt: null, closedAt: Date.UTC(2024, 0, 5) }),
    read(CREATED_MS, Date.UTC(2024, 0, 5)),
  ],
  [
    "a blank resolution and close time: open",
    record({ resolvedAt: "  ", closedAt: "" }),
    read(CREATED_MS),
  ],
  [
    "a resolution takes precedence over the close time",
    record({ resolvedAt: "2024-01-03T10:00:00Z", closedAt: "2024-01-09T10:00:00Z" }),
    read(CREATED_MS, Date.UTC(2024, 0, 3, 10)),
  ],
  [
    "beside a resolution, an unreadable close time is not used",
    record({ resolvedAt: "2024-01-03T10:00:00Z", closedAt: "n/a" }),
    read(CREATED_MS, Date.UTC(2024, 0, 3, 10)),
  ],
  [
    "a resolution before creation",
    record({ resolvedAt: "2024-01-01T10:00:00Z" }),
    { refused: ["resolvedAt"] },
  ],
  [
    "a close time (the fallback) before creation",
    record({ resolvedAt: "", closedAt: "2024-01-01" }),
    { refused: ["closedAt"] },
  ],
  [
    "a resolution in epoch seconds",
    record({ resolvedAt: 1_704_189_600 }),
    { refused: ["resolvedAt"] },
  ],
  [
    "a close time in epoch seconds, even beside a resolution",
    record({ resolvedAt: "2024-01-03T10:00:00Z", closedAt: 1_704_189_600 }),
    { refused: ["closedAt"] },
  ],
  [
    "a close time that is an object, even beside a resolution",
    record({ resolvedAt: "2024-01-03T10:00:00Z", closedAt: {} }),
    { refused: ["closedAt"] },
  ],
  ["an unreadable resolution", record({ resolvedAt: "later" }), { refused: ["resolvedAt"] }],
  ["a line break is no blank", record({ resolvedAt: "\n" }), { refused: ["resolvedAt"] }],
  // Inflow kinds: every kind, and the spellings the parser normalizes.
  ...INFLOW_KINDS.map((k): [string, Record<string, unknown>, Outcome] => [
    `kind ${k}`,
    record({ inflowKind: k }),
    read(CREATED_MS, null, k),
  ]),
  ["kind Recurring", record({ inflowKind: "Recurring" }), read(CREATED_MS, null, "recurring")],
  ["kind followup", record({ inflowKind: "followup" }), read(CREATED_MS, null, "follow-up")],
  ["kind Follow Up", record({ inflowKind: "Follow Up" }), read(CREATED_MS, null, "follow-up")],
  ["kind FOLLOW-UP", record({ inflowKind: "FOLLOW-UP" }), read(CREATED_MS, null, "follow-up")],
  ["kind ' noise '", record({ inflowKind: " noise " }), read(CREATED_MS, null, "noise")],
  ["kind Misrouted", record({ inflowKind: "Misrouted" }), read(CREATED_MS, null, "misrouted")],
  ["an empty kind is new", record({ inflowKind: "" }), read(CREATED_MS)],
  ["a null kind is new", record({ inflowKind: null }), read(CREATED_MS)],
  ["kind spam", record({ inflowKind: "spam" }), { refused: ["inflowKind"] }],
  ["kind follow_up", record({ inflowKind: "follow_up" }), { refused: ["inflowKind"] }],
  [
    "kind 'follow  up' (two spaces)",
    record({ inflowKind: "follow  up" }),
    { refused: ["inflowKind"] },
  ],
  ["a kind as a number", record({ inflowKind: 2 }), { refused: ["inflowKind"] }],
  // Ids.
  ["an id with spaces around", record({ id: " t " }), read(CREATED_MS)],
  ["a numeric id", record({ id: 7 }), { ...read(CREATED_MS), id: "7" }],
  ["an empty id", record({ id: "" }), { refused: ["id"] }],
  ["a blank id", record({ id: " \t " }), { refused: ["id"] }],
  ["a null id", record({ id: null }), { refused: ["id"] }],
  ["an object id", record({ id: { v: 1 } }), { refused: ["id"] }],
];

describe("validateTicketRecords and ticketsFromRecords accept the same records, read the same way", () => {
  test.each(cases)("%s", (_, rec, expected) => {
    const schema = bySchema([rec], PARIS);
    const parser = byParser([rec], PARIS);
    expectAgreement(schema, parser);
    const [s] = schema;
    if ("refused" in expected)
      expect(s).toEqual(
        expect.objectContaining({ refused: expect.arrayContaining(expected.refused) }),
      );
    else expect(s).toEqual(expected);
  });

  test("the whole table at once, as one file: the same rows accepted, the same tickets", () => {
    const records = cases.map(([, rec], i) =>
      typeof rec.id === "string" && rec.id.trim() === "t" ? { ...rec, id: `t${i}` } : rec,
    );
    expectAgreement(bySchema(records, PARIS), byParser(records, PARIS));
  });

  test("epoch seconds are refused by both with the parser's words", () => {
    const rec = { id: "2", createdAt: 1_704_103_200 };
    // 1,704,103,200 ms is 19.7 days after 1970-01-01: 1970-01-20.
    const reason =
      "1704103200 as epoch milliseconds is 1970-01-20: epoch seconds? Give milliseconds (× 1000) or an ISO 8601 date";
    expect(validateTicketRecords([rec]).issues.map((i) => i.reason)).toEqual([reason]);
    expect(ticketsFromRecords([rec]).issues.map((i) => i.reason)).toEqual([reason]);
  });

  test("slash dates: the order is decided once from all the records, by both", () => {
    // 25/12 can only be day-first, so 03/04 is 3 April for both.
    const records = [
      { id: "a", createdAt: "25/12/2024" },
      { id: "b", createdAt: "03/04/2024" },
    ];
    const schema = bySchema(records, {});
    expect(schema.map((o) => ("createdAt" in o ? o.createdAt : null))).toEqual([
      Date.UTC(2024, 11, 25),
      Date.UTC(2024, 3, 3),
    ]);
    expectAgreement(schema, byParser(records, {}));
    const both = [...records, { id: "c", createdAt: "12/31/2024" }];
    const codes = [() => validateTicketRecords(both), () => ticketsFromRecords(both)].map((f) => {
      try {
        f();
      } catch (e) {
        return (e as TidemarkError).code;
      }
      return "no error";
    });
    expect(codes).toEqual(["ambiguous-date-order", "ambiguous-date-order"]);
  });
});

/** Values a field of an exported record might hold, good and bad. */
const TIMES: unknown[] = [
  "2024-03-01T09:00:00Z",
  "2024-03-02T09:00:00+01:00",
  "2024-03-31 02:30",
  "2024-10-27 02:30",
  "2024-03-05",
  "03/04/2024",
  "25/03/2024",
  "03/25/2024",
  "13/13/2024",
  "",
  " ",
  "\n",
  null,
  undefined,
  Number.NaN,
  0,
  -1,
  1_709_283_600,
  1_709_283_600_000,
  1_709_283_600_000.5,
  9e15,
  new Date(Date.UTC(2024, 2, 3)),
  new Date(Number.NaN),
  "not a date",
  true,
  {},
  [1],
];
const KINDS: unknown[] = [
  ...INFLOW_KINDS,
  "Recurring",
  "followup",
  "Follow up",
  "FOLLOW-UP",
  " automated ",
  "spam",
  "follow_up",
  "",
  " ",
  "\n",
  null,
  undefined,
  3,
];
const IDS: ((i: number) => unknown)[] = [
  (i) => `t${i}`,
  (i) => ` t${i}\t`,
  (i) => 1000 + i,
  () => "",
  () => "  ",
  () => null,
  () => ({}),
];
const ZONES = ["UTC", "Europe/Paris", "America/Santiago", "Asia/Kolkata"];

const recordArb = fc.record({
  id: fc.nat(IDS.length - 1),
  createdAt: fc.oneof(
    fc.constantFrom(...TIMES),
    fc.integer({ min: 1_600_000_000, max: 1_800_000_000 }),
    fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
  ),
  resolvedAt: fc.constantFrom(...TIMES),
  closedAt: fc.constantFrom(...TIMES),
  inflowKind: fc.constantFrom(...KINDS),
  shape: fc.constantFrom("object", "object", "object", "object", "null", "array"),
});

test("validateTicketRecords and ticketsFromRecords agree on any mix of records (property)", () => {
  fc.assert(
    fc.property(
      fc.array(recordArb, { minLength: 1, maxLength: 12 }),
      fc.constantFrom(...ZONES),
      fc.constantFrom<"mdy" | "dmy" | undefined>(undefined, undefined, "mdy", "dmy"),
      (drawn, timeZone, dateOrder) => {
        // The first is an object, so the parser finds the columns (a mapping names them for the schema).
        const records = drawn.map((r, i) => {
          if (r.shape === "null" && i > 0) return null;
          if (r.shape === "array" && i > 0) return [r.createdAt];
          const { shape: _, ...fields } = r;
          return { ...fields, id: (IDS[r.id] as (i: number) => unknown)(i) };
        });
        const options = dateOrder === undefined ? { timeZone } : { timeZone, dateOrder };
        let schema: Outcome[] | string;
        let parser: Outcome[] | string;
        try {
          schema = bySchema(records, options);
        } catch (e) {
          schema = (e as TidemarkError).code;
        }
        try {
          parser = byParser(records, options);
        } catch (e) {
          parser = (e as TidemarkError).code;
        }
        if (typeof schema === "string" || typeof parser === "string")
          expect(schema).toEqual(parser);
        else expectAgreement(schema, parser);
      },
    ),
    { numRuns: 400 },
  );
});

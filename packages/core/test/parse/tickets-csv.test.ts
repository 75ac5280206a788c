import { describe, expect, test } from "vitest";
import {
  computeMetrics,
  createEventCsvParser,
  createTicketCsvParser,
  parseEventsCsv,
  parseTicketsCsv,
  parseTicketsJson,
  ticketsFromRecords,
} from "../../src/index.js";
import { caughtError } from "../caught-error.js";

const error = caughtError;

describe("parseTicketsCsv(text) reads exports", () => {
  test("detects common column names and the delimiter", () => {
    const text =
      "SR Number;Created Date;Closed Date;Request Type\n1;2024-01-01T10:00:00Z;2024-01-02T10:00:00Z;Graffiti\n";
    const r = parseTicketsCsv(text);
    expect(r.delimiter).toBe(";");
    expect(r.columns).toEqual({
      id: "SR Number",
      createdAt: "Created Date",
      closedAt: "Closed Date",
      category: "Request Type",
    });
    expect(r.log.size).toBe(1);
    // No resolution column: the close time is the solve.
    expect(r.log.finalSolvedAt[0]).toBe(Date.parse("2024-01-02T10:00:00Z"));
    expect(r.log.attributes.category.values).toEqual(["Graffiti"]);
  });

  test("quoted fields with delimiters, escaped quotes and newlines; CRLF; a byte-order mark", () => {
    const text =
      '\uFEFFid,created_at,category\r\n"a,1",2024-01-01,"Say ""hi""\r\nthen go"\r\nb,2024-01-02,plain\r\n';
    const r = parseTicketsCsv(text);
    expect(r.issues).toEqual([]);
    expect(r.log.ids).toEqual(["a,1", "b"]);
    expect(r.log.attributes.category.values).toEqual(['Say "hi"\r\nthen go', "plain"]);
  });

  test("chunks split anywhere give the same result as one piece", () => {
    const text =
      'id,created_at,resolved_at,category\n1,2024-01-01T10:00:00Z,,"A, B"\r\n2,2024-01-02T10:00:00Z,2024-01-03T10:00:00Z,C\n';
    const whole = parseTicketsCsv(text);
    for (let size = 1; size < 12; size++) {
      const p = createTicketCsvParser();
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
      const r = p.end();
      expect(r.log.ids).toEqual(whole.log.ids);
      expect(Array.from(r.log.finalSolvedAt)).toEqual(Array.from(whole.log.finalSolvedAt));
      expect(r.log.attributes.category.values).toEqual(["A, B", "C"]);
    }
  });

  test("slash dates: the order is decided once per file, from a value above 12", () => {
    const dmy = parseTicketsCsv("id,created\n1,02/03/2024 10:00\n2,25/03/2024 10:00\n");
    expect(dmy.dateOrder).toBe("dmy");
    expect(new Date(dmy.log.createdAt[0] as number).toISOString()).toBe("2024-03-02T10:00:00.000Z");
    const mdy = parseTicketsCsv("id,created\n1,02/03/2024 10:00\n2,03/25/2024 10:00\n");
    expect(mdy.dateOrder).toBe("mdy");
    expect(new Date(mdy.log.createdAt[0] as number).toISOString()).toBe("2024-02-03T10:00:00.000Z");
    expect([dmy.dateOrderGuessed, mdy.dateOrderGuessed]).toEqual([false, false]);
  });

  test("slash dates that cannot tell their order are read month-first, and the result says it guessed", () => {
    const r = parseTicketsCsv("id,created\n1,02/03/2024 10:00\n2,04/05/2024 10:00\n");
    expect([r.dateOrder, r.dateOrderGuessed]).toEqual(["mdy", true]);
    const given = parseTicketsCsv("id,created\n1,02/03/2024\n", { dateOrder: "dmy" });
    expect([given.dateOrder, given.dateOrderGuessed]).toEqual(["dmy", false]);
    const iso = parseTicketsCsv("id,created\n1,2024-03-02\n");
    expect([iso.dateOrder, iso.dateOrderGuessed]).toEqual([null, false]);
    const records = ticketsFromRecords([{ id: 1, createdAt: "02/03/2024" }]);
    expect([records.dateOrder, records.dateOrderGuessed]).toEqual(["mdy", true]);
  });

  test("a slash date no order can read (31/31/2024) is its row's error, not a reason to refuse the file", () => {
    const r = parseTicketsCsv("id,created\n1,25/03/2024\n2,31/31/2024\n3,02/03/2024\n");
    expect(r.dateOrder).toBe("dmy");
    expect(r.log.ids).toEqual(["1", "3"]);
    expect(r.issues.map((i) => [i.row, i.field])).toEqual([[3, "created"]]);
  });

  test("resolution and close columns named '… time', 'Date …' or '… Date' are found like creation ones", () => {
    const solved = Date.parse("2024-01-02T10:00:00Z");
    for (const [created, resolved, closed] of [
      ["Created time", "Resolved time", "Closed time"],
      ["Date Created", "Date Resolved", "Date Closed"],
      ["Open Date", "Resolve Date", "Close Date"],
    ]) {
      const text = `Ticket ID,${created},${resolved},${closed}\n1,2024-01-01T10:00:00Z,2024-01-02T10:00:00Z,2024-01-03T10:00:00Z\n2,2024-01-01T10:00:00Z,,2024-01-02T10:00:00Z\n`;
      const r = parseTicketsCsv(text);
      expect(r.columns).toEqual({
        id: "Ticket ID",
        createdAt: created,
        resolvedAt: resolved,
        closedAt: closed,
      });
      expect(Array.from(r.log.finalSolvedAt)).toEqual([solved, solved]);
    }
  });

  test("a column read under a name two columns share is refused, not guessed", () => {
    const twice =
      "id,created_at,resolved_at,resolved_at\n1,2024-01-01T00:00Z,2024-01-02T00:00Z,2024-01-05T00:00Z\n";
    const e = error(() => parseTicketsCsv(twice));
    expect(e.code).toBe("ambiguous-column");
    expect(e.message).toBe(
      'Columns 3 ("resolved_at") and 4 ("resolved_at") could each be the one to read for columns.resolvedAt: rename one of them in the file.',
    );
    // Names alike only once normalized: the exact name picks one.
    const alike =
      "id,created_at,Resolved At,resolved_at\n1,2024-01-01T00:00Z,2024-01-02T00:00Z,2024-01-05T00:00Z\n";
    expect(error(() => parseTicketsCsv(alike)).message).toContain(
      "set columns.resolvedAt to the exact name of the one to read.",
    );
    const picked = parseTicketsCsv(alike, { columns: { resolvedAt: "resolved_at" } });
    expect(picked.log.finalSolvedAt[0]).toBe(Date.parse("2024-01-05T00:00Z"));
    // A repeated name no field reads is no matter.
    const unread = parseTicketsCsv("id,created_at,note,note\n1,2024-01-01T00:00Z,a,b\n");
    expect(unread.log.size).toBe(1);
    // The event log's columns too.
    const events = "ticket_id,at,at,type\n1,2024-01-01T00:00Z,2024-01-01T00:00Z,created\n";
    expect(error(() => parseEventsCsv(events)).code).toBe("ambiguous-column");
  });

  test("a column mapped to null is not read, even when its name would be detected", () => {
    const r = parseTicketsCsv("id,created_at,team\n1,2024-01-01,Ops\n", {
      columns: { team: null },
    });
    expect(r.columns).toEqual({ id: "id", createdAt: "created_at" });
    expect(r.log.attributes.team.codes[0]).toBe(-1);
  });

  test("naiveTimestamps counts the times read in the zone (no offset)", () => {
    expect(
      parseTicketsCsv("id,created,resolved\n1,2024-01-01T10:00Z,2024-01-02 10:00\n")
        .naiveTimestamps,
    ).toBe(1);
    expect(parseTicketsCsv("id,created\n1,2024-01-01T10:00+02:00\n").naiveTimestamps).toBe(0);
  });

  test("progress is reported per chunk", () => {
    const seen: number[] = [];
    const p = createTicketCsvParser({ onProgress: ({ chars }) => seen.push(chars) });
    p.push("id,created\n1,2024-01-01\n");
    p.push("2,2024-01-02\n");
    p.end();
    expect(seen.slice(0, 2)).toEqual([24, 37]);
  });
});

describe("bad input gets a clear error and loses nothing", () => {
  test("an empty file", () => {
    expect(error(() => parseTicketsCsv("")).code).toBe("empty-input");
    expect(error(() => parseTicketsCsv("  \n")).message).toMatch(/empty/);
  });
  test("a header only", () => {
    const e = error(() => parseTicketsCsv("id,created_at,resolved_at\n"));
    expect(e.code).toBe("no-rows");
    expect(e.message).toMatch(/no ticket rows/);
  });
  test("a wrong delimiter names the columns it saw and asks about the delimiter", () => {
    const e = error(() => parseTicketsCsv("id,created_at\n1,2024-01-01\n", { delimiter: ";" }));
    expect(e.code).toBe("missing-column");
    expect(e.message).toContain('"id,created_at"');
    expect(e.message).toContain('is ";" the right delimiter?');
  });
  test("a delimiter that cannot split a CSV is refused, for tickets and for events", () => {
    const text = "id,created_at\n1,2024-01-01\n";
    for (const delimiter of ["", ";;", '"', "\n", "\r", 44]) {
      const e = error(() => parseTicketsCsv(text, { delimiter: delimiter as string }));
      expect(e.code).toBe("invalid-option");
      expect(e.message).toMatch(
        /^Invalid option delimiter: .*expected one character other than a quote or a line break/,
      );
      const events = error(() =>
        parseEventsCsv("ticket_id,at,type\n", { delimiter: delimiter as string }),
      );
      expect(events.code).toBe("invalid-option");
    }
    expect(error(() => parseTicketsCsv(text, { delimiter: ";;" })).message).toContain('";;"');
    expect(
      error(() => parseTicketsCsv(text, { delimiter: 44 as unknown as string })).message,
    ).toContain("a number");
    expect(parseTicketsCsv("id\tcreated_at\n1\t2024-01-01\n", { delimiter: "\t" }).log.size).toBe(
      1,
    );
  });
  test("no creation column", () => {
    expect(error(() => parseTicketsCsv("id,when\n1,2024-01-01\n")).message).toMatch(
      /No creation time column.*"id", "when"/,
    );
  });
  test("an unknown time zone", () => {
    expect(
      error(() => parseTicketsCsv("id,created\n1,2024-01-01\n", { timeZone: "Europe/Atlantis" }))
        .code,
    ).toBe("unknown-time-zone");
  });
  test("unparseable dates, resolved before created, missing ids and short rows are reported by row, field and reason", () => {
    const text = [
      "ticket_id,created_at,resolved_at",
      "1,2024-01-01T10:00:00Z,2024-01-02T10:00:00Z",
      "2,last tuesday,",
      "3,2024-01-05T10:00:00Z,2024-01-04T10:00:00Z",
      ",2024-01-05T10:00:00Z,",
      "5,2024-01-05T10:00:00Z",
      "6,2024-01-06T10:00:00Z,2024-02-30T10:00:00Z",
      "7,2024-01-07T10:00:00Z,",
    ].join("\n");
    const r = parseTicketsCsv(text);
    expect(r.log.ids).toEqual(["1", "7"]);
    expect(r.rowCount).toBe(7);
    expect(r.issues.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual([
      { row: 3, field: "created_at", reason: expect.stringMatching(/^not a date/) },
      {
        row: 4,
        field: "resolved_at",
        reason: "resolved before it was created (2024-01-05T10:00:00Z)",
      },
      { row: 5, field: "ticket_id", reason: "missing ticket id" },
      { row: 6, field: "row", reason: "has 2 fields; the header has 3" },
      { row: 7, field: "resolved_at", reason: "day 30 does not exist in 2024-2" },
    ]);
    expect(r.issues.every((i) => i.severity === "error")).toBe(true);
    expect(r.issues[0]?.value).toBe("last tuesday");
  });
  test("a row too short to reach the id column is reported, also among the first rows", () => {
    const r = parseTicketsCsv("created_at,id\n2024-01-01\n2024-01-02,B\n");
    expect(r.log.ids).toEqual(["B"]);
    expect(r.issues.map((i) => [i.row, i.reason])).toEqual([[2, "has 1 field; the header has 2"]]);
  });
  test("duplicate ids: identical rows merge with a warning; conflicting ones are refused", () => {
    const text = "id,created\nA,2024-01-01\nA,2024-01-01\nA,2024-01-02\nB,2024-01-03\n";
    const r = parseTicketsCsv(text);
    expect(r.log.ids).toEqual(["A", "B"]);
    expect(r.issues).toMatchObject([
      {
        row: 3,
        field: "id",
        severity: "warning",
        reason: "duplicate of row 2, identical: merged into it",
      },
      { row: 4, severity: "error", reason: expect.stringContaining("duplicate id") },
    ]);
  });
  test("a duplicate id is reported also when the other row was left out, on the row used", () => {
    const text =
      "id,created_at,resolved_at\n" +
      "X,yesterday,\n" +
      "X,2024-01-02T00:00Z,\n" +
      "Y,2024-01-03T00:00Z,\n" +
      "Y,2024-01-05T00:00Z,2024-01-04T00:00Z\n";
    const r = parseTicketsCsv(text);
    expect(r.log.ids).toEqual(["X", "Y"]);
    expect(r.issues.map((i) => [i.row, i.field, i.severity, i.reason])).toEqual([
      [2, "created_at", "error", expect.stringContaining("not")],
      [
        3,
        "id",
        "warning",
        `the same id as row 2, which was left out (created_at: ${r.issues[0]?.reason}); this row is used`,
      ],
      [
        4,
        "id",
        "warning",
        `the same id as row 5, which was left out (resolved_at: ${r.issues[3]?.reason}); this row is used`,
      ],
      [5, "resolved_at", "error", expect.stringContaining("resolved before it was created")],
    ]);
  });

  test("a 50-million-character line stops with the row number, and memory stays bounded by the limit", () => {
    const p = createTicketCsvParser();
    p.push("id,created\n1,2024-01-01\n2,");
    const chunk = "x".repeat(65_536);
    const e = error(() => {
      for (let i = 0; i < 800; i++) p.push(chunk);
    });
    expect(e.code).toBe("record-too-long");
    expect(e.message).toMatch(/^Row 3 is longer than 1,048,576 characters/);
  });
  test("a quote that never closes", () => {
    expect(error(() => parseTicketsCsv('id,created\n1,"2024-01-01\n2,2024-01-02\n')).code).toBe(
      "unclosed-quote",
    );
  });
  test("the good rows of a bad file still give correct metrics", () => {
    const r = parseTicketsCsv(
      "id,created,resolved\n1,2024-01-01T10:00Z,2024-01-01T12:00Z\n2,nope,\n3,2024-01-01T11:00Z,\n",
    );
    const [day] = computeMetrics(r.log).buckets;
    expect([day?.created, day?.throughput, day?.backlog]).toEqual([2, 1, 1]);
  });
});

describe("ticketsFromRecords and parseTicketsJson", () => {
  test("objects with camelCase or snake_case keys, Dates and epoch numbers", () => {
    const r = ticketsFromRecords([
      {
        id: 1,
        createdAt: new Date("2024-01-01T00:00:00Z"),
        resolvedAt: Date.parse("2024-01-02T00:00:00Z"),
        inflowKind: "follow-up",
      },
      { id: "2", createdAt: "2024-01-01T06:00:00Z", channel: "Chat", inflowKind: "noise" },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.log.ids).toEqual(["1", "2"]);
    expect(Array.from(r.log.inflowKind)).toEqual([2, 4]);
    expect(computeMetrics(r.log).inflowMix).toEqual({
      byKind: { new: 0, recurring: 0, "follow-up": 1, misrouted: 0, noise: 1, automated: 0 },
      total: 2,
      avoidableShare: 1,
    });
  });
  test("vendor categories map to inflow kinds; unmapped tickets are new", () => {
    const r = ticketsFromRecords(
      [
        { id: 1, created_at: "2024-01-01", category: "Password reset" },
        { id: 2, created_at: "2024-01-01", category: "Billing" },
      ],
      { inflowKinds: { "Password reset": "automated" } },
    );
    expect(Array.from(r.log.inflowKind)).toEqual([5, 0]);
  });
  test("bad records are reported with their index + 1", () => {
    const r = ticketsFromRecords([
      { id: 1, createdAt: "2024-01-01" },
      null,
      { id: 3, createdAt: "soon" },
      { id: 4, createdAt: "2024-01-01", inflowKind: "spam" },
    ]);
    expect(r.issues.map((i) => [i.row, i.field])).toEqual([
      [2, "row"],
      [3, "createdAt"],
      [4, "inflowKind"],
    ]);
  });
  test("JSON: an array or { tickets }, and invalid JSON says why", () => {
    expect(parseTicketsJson('[{"id":"a","created_at":"2024-01-01"}]').log.size).toBe(1);
    expect(parseTicketsJson('{"tickets":[{"id":"a","created_at":"2024-01-01"}]}').log.size).toBe(1);
    expect(error(() => parseTicketsJson("[{")).code).toBe("invalid-json");
    expect(error(() => parseTicketsJson("{}")).message).toMatch(/tickets/);
  });
  test("parseTicketsJson(text) skips a leading byte-order mark, as the CSV reader does", () => {
    const r = parseTicketsJson('\uFEFF[{"id":"a","created_at":"2024-01-01T10:00:00Z"}]');
    expect(r.issues).toEqual([]);
    expect(r.log.ids).toEqual(["a"]);
    expect(r.log.createdAt[0]).toBe(Date.UTC(2024, 0, 1, 10));
  });
});

test("a streaming parser called after end() says so, rather than dropping the text", () => {
  for (const parser of [
    createTicketCsvParser(),
    createEventCsvParser() as unknown as ReturnType<typeof createTicketCsvParser>,
  ]) {
    parser.push("id,at,type,created_at\nA,2024-03-01T10:00:00Z,created,2024-03-01T10:00:00Z\n");
    parser.end();
    for (const call of [
      () => parser.push("B,2024-03-02T10:00:00Z,created,\n"),
      () => parser.end(),
    ]) {
      const e = caughtError(call);
      expect(e.code).toBe("parser-ended");
      expect(e.message).toMatch(
        /^(push|end)\(\) after end\(\): this parser has returned its result already; create a new one to read more\.$/,
      );
    }
  }
});

test("JSON ids too large to be exact numbers are used, with a warning saying to write them as strings", () => {
  const r = parseTicketsJson(
    '[{"id":12345678901234567890,"created_at":"2024-03-01"},{"id":9007199254740991,"created_at":"2024-03-01"}]',
  );
  expect(r.log.size).toBe(2);
  expect(r.issues).toMatchObject([
    { row: 1, field: "id", severity: "warning", value: "12345678901234567000" },
  ]);
  expect(r.issues[0]?.reason).toMatch(/write ids as strings$/);
});

import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { run, tempFiles } from "./helpers.js";

const HEADER = "ticket_id,created_at,resolved_at";
const GOOD = [
  "A1,2024-03-04T09:00:00Z,2024-03-04T15:00:00Z",
  "A2,2024-03-04T10:00:00Z,",
  "A3,2024-03-05T08:00:00Z,2024-03-06T08:00:00Z",
];

const files = tempFiles({
  "empty.csv": "",
  "header-only.csv": `${HEADER}\n`,
  "colon.csv": `ticket_id:created_at:resolved_at\nA1:2024-03-04:2024-03-05\n`,
  "mixed-delimiter.csv": `ticket_id;created_at;resolved_at\n${GOOD.join("\n")}\n`,
  "semicolon.csv": `ticket_id;created_at;resolved_at\n${GOOD.map((l) => l.replaceAll(",", ";")).join("\n")}\n`,
  "bad-dates.csv": `${HEADER}\n${GOOD[0]}\nB1,yesterday,\nB2,2024-13-01T00:00:00Z,\n${GOOD[2]}\n`,
  "resolved-before.csv": `${HEADER}\n${GOOD[0]}\nC1,2024-03-05T10:00:00Z,2024-03-05T09:00:00Z\n${GOOD[2]}\n`,
  "duplicates.csv": `${HEADER}\n${GOOD[0]}\n${GOOD[0]}\nA1,2024-03-04T09:00:00Z,2024-03-04T18:00:00Z\n${GOOD[2]}\n`,
  "all-bad.csv": `${HEADER}\nB1,yesterday,\nB2,tomorrow,\n`,
  "many-bad.csv": `${HEADER}\n${Array.from({ length: 8 }, (_, i) => `X${i},not a date,`).join("\n")}\n${GOOD.join("\n")}\n`,
  "good.csv": `${HEADER}\n${GOOD.join("\n")}\n`,
  "not-json.json": "{ tickets: oops",
  "tickets.json": JSON.stringify({
    tickets: [{ id: "J1", createdAt: "2024-03-04T09:00:00Z", resolvedAt: "2024-03-04T11:00:00Z" }],
  }),
  "empty-events.csv": "",
  "tickets-json.txt": ` \n${JSON.stringify([{ id: "J1", createdAt: "2024-03-04T09:00:00Z" }])}`,
  "brackets.csv": "[Ticket ID],[Created]\nT1,2024-03-04T09:00:00Z\n",
  "all-bad.json": JSON.stringify([
    { id: "J1", createdAt: 1704067200 },
    { id: "J2", createdAt: "soon" },
  ]),
  "events-bad.csv":
    "ticket_id,at,type\nA1,2024-03-04T09:00:00Z,created\nZZ,2024-03-04T12:00:00Z,solved\n",
});
afterAll(() => files.cleanup());

/** Exit code 2 and exactly one line on stderr, with no stack trace. */
function expectOneLineError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^tidemark: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("tidemark metrics on unreadable input: exit 2 with one clear line", () => {
  it.each([
    ["a missing file", ["metrics", "nope.csv"], /No such file: nope\.csv/],
    ["a directory", ["metrics", "."], /is a directory/],
    ["an empty file", ["metrics", "empty.csv"], /empty\.csv is empty: expected a CSV header/],
    [
      "a header without rows",
      ["metrics", "header-only.csv"],
      /header-only\.csv: .*header .* but no ticket rows/,
    ],
    [
      "a delimiter it cannot split on",
      ["metrics", "colon.csv"],
      /colon\.csv: No ticket id column .*one column: is "," the right delimiter/,
    ],
    ["invalid JSON", ["metrics", "not-json.json"], /not-json\.json: The input is not valid JSON/],
    [
      "an unknown time zone",
      ["metrics", "good.csv", "--tz", "Mars/Olympus"],
      /Unknown time zone "Mars\/Olympus"/,
    ],
    [
      "an unknown bucket",
      ["metrics", "good.csv", "--bucket", "year"],
      /--bucket must be one of day, week, month; got "year"/,
    ],
    [
      "an unknown format",
      ["metrics", "good.csv", "--format", "xml"],
      /--format must be one of table, json, csv/,
    ],
    ["a bad band", ["metrics", "good.csv", "--band", "2,1"], /--band must be LOW,HIGH/],
    [
      "a bad date",
      ["metrics", "good.csv", "--from", "2024-02-30"],
      /--from must be a date written YYYY-MM-DD/,
    ],
    [
      "--to before --from",
      ["metrics", "good.csv", "--from", "2024-03-05", "--to", "2024-03-01"],
      /--to 2024-03-01 is before --from 2024-03-05/,
    ],
    [
      "an unknown option",
      ["metrics", "good.csv", "--frobnicate"],
      /^tidemark: Unknown option --frobnicate\. Run "tidemark metrics --help" for the options\.$/,
    ],
    [
      "a misspelt option, with balanced quotes and the option meant",
      ["metrics", "good.csv", "--frmat", "csv"],
      /^tidemark: Unknown option --frmat; did you mean --format\? Run "tidemark metrics --help" for the options\.$/,
    ],
    [
      "a negative band, with the band's own message (not the parser's 'ambiguous')",
      ["metrics", "good.csv", "--band", "-1,2"],
      /^tidemark: --band must be LOW,HIGH in days of capacity with 0 ≤ LOW ≤ HIGH, e\.g\. --band 0\.5,2; got "-1,2"\.$/,
    ],
    [
      "an option whose value is missing",
      ["metrics", "good.csv", "--tz", "--bucket", "week"],
      /^tidemark: --tz needs a value; write --tz=VALUE when the value starts with "-"\. Run "tidemark metrics --help"/,
    ],
    ["no file", ["metrics"], /needs a file/],
    ["an unknown command", ["frobnicate"], /Unknown command "frobnicate"/],
    [
      "a missing event log",
      ["metrics", "good.csv", "--events", "nope.csv"],
      /No such file: nope\.csv/,
    ],
  ])("%s", async (_, argv, pattern) => {
    expectOneLineError(await run(argv as string[], { cwd: files.dir }), pattern as RegExp);
  });

  it("a file where no row can be read: the bad rows, then one closing line", async () => {
    const r = await run(["metrics", "all-bad.csv"], { cwd: files.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/skipped 2 rows of all-bad\.csv/);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toMatch(
      /^tidemark: all-bad\.csv: none of its 2 rows could be read/,
    );
  });
});

describe("a file spanning two centuries", () => {
  it("with no --from/--to, says the file's own range is too long and to narrow it with --from and --to", async () => {
    const two = `${HEADER}\nA,1900-03-04T09:00:00Z,\nB,2024-03-04T09:00:00Z,\n`;
    writeFileSync(files.path("centuries.csv"), two);
    const r = await run(["metrics", "centuries.csv"], { cwd: files.dir });
    expect(r.code).toBe(2);
    // 124 years of 365 days, 31 leap days (1904 … 2024) and the last day: 45,292 days.
    expect(r.stderr).toBe(
      "tidemark: centuries.csv: The tickets' own dates span 1900-03-04 … 2024-03-04, 45,292 days: too long, at most 36,600 (a century) are computed; a date with a wrong year can do this. Narrow it with --from and --to.\n",
    );
    const given = await run(["metrics", "centuries.csv", "--from", "1900-01-01"], {
      cwd: files.dir,
    });
    expect(given.stderr).toMatch(
      /^tidemark: centuries\.csv: Invalid --from\/--to: the range 1900-01-01 … 2024-03-04 holds 45,354 days; .* Narrow it with --from and --to\.\n$/,
    );
  });
});

describe("bad rows: lenient by default, an error with --strict", () => {
  it("skips unparseable dates, says how many on stderr with row, field and reason, and counts only good rows", async () => {
    const r = await run(["metrics", "bad-dates.csv", "--format", "csv"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("skipped 2 rows of bad-dates.csv that could not be read:");
    expect(r.stderr).toMatch(/bad-dates\.csv row 3, created_at: .*\("yesterday"\)/);
    expect(r.stderr).toMatch(/bad-dates\.csv row 4, created_at: month 13 is out of range/);
    // Two good tickets created on 2024-03-04 (one solved that day) and one on 2024-03-05.
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[1]?.split(",").slice(0, 7)).toEqual(["2024-03-04", "1", "0", "1", "1", "0", "0"]);
    expect(lines[2]?.split(",").slice(0, 7)).toEqual(["2024-03-05", "1", "0", "1", "0", "1", "1"]);
  });

  it("--strict turns the same file into exit 1 with the report and no metrics", async () => {
    const r = await run(["metrics", "bad-dates.csv", "--strict"], { cwd: files.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^tidemark: 2 bad rows in bad-dates\.csv \(--strict\):\n {2}bad-dates\.csv row 3, created_at/,
    );
  });

  it("reports a resolution before creation (row, field, reason) and leaves the row out", async () => {
    const r = await run(["metrics", "resolved-before.csv", "--format", "csv"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /resolved-before\.csv row 3, resolved_at: resolved before it was created/,
    );
    expect(
      (await run(["metrics", "resolved-before.csv", "--strict"], { cwd: files.dir })).code,
    ).toBe(1);
  });

  it("merges an identical duplicate id (a remark) and refuses a conflicting one (a bad row)", async () => {
    const r = await run(["metrics", "duplicates.csv", "--format", "json"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /skipped 1 row of duplicates\.csv.*\n {2}duplicates\.csv row 4, (ticket_)?id: duplicate id/,
    );
    expect(r.stderr).toMatch(
      /1 row used with a remark, e\.g\. duplicates\.csv row 3, (ticket_)?id: duplicate of row 2, identical/,
    );
    expect(JSON.parse(r.stdout).totals.created).toBe(2);
    expect((await run(["metrics", "duplicates.csv", "--strict"], { cwd: files.dir })).code).toBe(1);
  });

  it("shows the first 5 bad rows and how many more", async () => {
    const r = await run(["metrics", "many-bad.csv", "--format", "csv"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/^ {2}many-bad\.csv row \d+/gm)).toHaveLength(5);
    expect(r.stderr).toContain("… and 3 more.");
  });

  it("reports event-log rows for unknown tickets under the event log's name", async () => {
    const r = await run(["metrics", "good.csv", "--events", "events-bad.csv", "--format", "csv"], {
      cwd: files.dir,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /events-bad\.csv row 3, (ticketId|ticket_id): event for a ticket that is not in the ticket log/,
    );
    expect(
      (
        await run(["metrics", "good.csv", "--events", "events-bad.csv", "--strict"], {
          cwd: files.dir,
        })
      ).code,
    ).toBe(1);
  });

  it("a header and rows with different delimiters: every row reported, then exit 2 naming the delimiter", async () => {
    const r = await run(["metrics", "mixed-delimiter.csv"], { cwd: files.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /skipped 3 rows.*\n.*mixed-delimiter\.csv row 2: has 1 field; the header has 3/,
    );
    expect(r.stderr.trimEnd().split("\n").at(-1)).toMatch(
      /none of its 3 rows could be read .*fields were split on ";"/,
    );
  });

  it("accepts a semicolon file (the delimiter is detected) and a JSON export", async () => {
    const semi = await run(["metrics", "semicolon.csv", "--format", "csv"], { cwd: files.dir });
    expect(semi.code).toBe(0);
    expect(semi.stderr).toBe("");
    expect(semi.stdout.split("\n")[1]?.split(",").slice(0, 7)).toEqual([
      "2024-03-04",
      "2",
      "0",
      "2",
      "1",
      "1",
      "1",
    ]);
    const json = await run(["metrics", "tickets.json", "--format", "json"], { cwd: files.dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).buckets[0]).toMatchObject({
      start: "2024-03-04",
      created: 1,
      throughput: 1,
      backlog: 0,
    });
  });
});

describe("compressed and binary files", () => {
  it("reads a gzip file as its CSV, and refuses a corrupt one or binary data with one line", async () => {
    writeFileSync(files.path("good.csv.gz"), gzipSync(`${HEADER}\n${GOOD.join("\n")}\n`));
    const r = await run(["metrics", "good.csv.gz", "--format", "csv"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]?.split(",").slice(0, 7)).toEqual([
      "2024-03-04",
      "2",
      "0",
      "2",
      "1",
      "1",
      "1",
    ]);
    const gz = gzipSync("x".repeat(10_000));
    writeFileSync(files.path("corrupt.csv.gz"), gz.subarray(0, 20));
    expectOneLineError(
      await run(["metrics", "corrupt.csv.gz"], { cwd: files.dir }),
      /Cannot read corrupt\.csv\.gz: .*while decompressing gzip/,
    );
    writeFileSync(
      files.path("binary.csv"),
      Buffer.from([0x74, 0x69, 0x00, 0x01, 0x02, 0x0a, 0x00]),
    );
    expectOneLineError(
      await run(["metrics", "binary.csv"], { cwd: files.dir }),
      /binary\.csv is not a text file/,
    );
  });
});

describe("gzip wherever a file can come from", () => {
  const csv = `${HEADER}\n${GOOD.join("\n")}\n`;
  const gz = gzipSync(csv);
  it("standard input: gzip is decompressed, even when its first chunk is one byte", async () => {
    writeFileSync(files.path("plain.csv"), csv);
    const plain = await run(["metrics", "plain.csv", "--format", "csv"], { cwd: files.dir });
    const piped = await run(["metrics", "-", "--format", "csv"], {
      stdin: [gz.subarray(0, 1), gz.subarray(1, 30), gz.subarray(30)],
    });
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toBe(plain.stdout);
    expectOneLineError(
      await run(["metrics", "-"], { stdin: [gz.subarray(0, 20)] }),
      /Cannot read standard input: .*while decompressing gzip/,
    );
  });

  it("a gzip JSON export is read as JSON, by its name or by its first characters", async () => {
    const json = gzipSync(JSON.stringify([{ id: "J1", createdAt: "2024-03-04T09:00:00Z" }]));
    writeFileSync(files.path("tickets.json.gz"), json);
    writeFileSync(files.path("export.gz"), json);
    for (const name of ["tickets.json.gz", "export.gz"]) {
      const r = await run(["metrics", name, "--format", "json"], { cwd: files.dir });
      expect(r.code, name).toBe(0);
      expect(JSON.parse(r.stdout).totals.created).toBe(1);
    }
  });
});

describe("a very long line", () => {
  it("stops with a clear error naming the row, reading only a bounded amount (50 MB line)", async () => {
    const path = files.path("long-line.csv");
    writeFileSync(path, `${HEADER}\n${GOOD[0]}\nL1,${"x".repeat(50 * 1_048_576)},\n${GOOD[2]}\n`);
    const before = process.memoryUsage().rss;
    const r = await run(["metrics", "long-line.csv"], { cwd: files.dir });
    const grown = process.memoryUsage().rss - before;
    expectOneLineError(r, /long-line\.csv: Row 3 is longer than 1,048,576 characters/);
    // Far less than the line itself: the reader gave up after about a megabyte.
    expect(grown).toBeLessThan(40 * 1_048_576);
  });
});

describe("tidemark validate", () => {
  it("lists every bad row on stdout and exits 1", async () => {
    const r = await run(["validate", "many-bad.csv"], { cwd: files.dir });
    expect(r.code).toBe(1);
    const errors = r.stdout.split("\n").filter((l) => l.startsWith("error"));
    expect(errors).toHaveLength(8);
    expect(errors[0]).toMatch(/^error {2}many-bad\.csv row 2, created_at: .*\("not a date"\)$/);
    expect(r.stdout).toContain("many-bad.csv: 11 rows, 3 tickets read");
    expect(r.stdout).toContain("8 bad rows (left out), 0 warnings (used).");
  });

  it("exits 0 on a clean file and 2 on an unreadable one", async () => {
    const clean = await run(["validate", "good.csv"], { cwd: files.dir });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("Every row is readable.");
    expectOneLineError(
      await run(["validate", "empty.csv"], { cwd: files.dir }),
      /empty\.csv is empty/,
    );
  });

  it("with resolution and close columns, says close times next to a resolution time are not checked", async () => {
    // Row 2's closed_at is not a date, but its resolved_at is set: the close time is not read.
    writeFileSync(
      files.path("closed.csv"),
      "ticket_id,created_at,resolved_at,Closed\nA,2024-03-04T09:00:00Z,2024-03-04T10:00:00Z,garbage\n",
    );
    const r = await run(["validate", "closed.csv"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(-3)).toEqual([
      "Every row is readable.",
      "Close times (Closed) are read only where resolved_at is empty; next to a resolution time they are not used, so not checked.",
      "",
    ]);
    const good = await run(["validate", "good.csv"], { cwd: files.dir });
    expect(good.stdout).not.toContain("Close times");
  });
});

describe("help", () => {
  it("prints usage: on stdout with exit 0 when asked, on stderr with exit 2 when no command is given", async () => {
    for (const argv of [
      ["--help"],
      ["metrics", "--help"],
      ["validate", "--help"],
      ["sample", "--help"],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(0);
      expect(r.stdout).toMatch(/^Usage: tidemark/);
    }
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: tidemark <command>/);
  });
});

describe("text that is not UTF-8: exit 2 naming the line, byte and offset, never U+FFFD", () => {
  // Latin-1: "Facturación" has ó as the one byte 0xF3. The header is 30 bytes,
  // row 2 is 32, and row 3 has 33 bytes before the ó: offset 95, line 3.
  const latin1 = Buffer.concat([
    Buffer.from(
      "ticket_id,created_at,category\nA1,2024-03-04T09:00:00Z,Billing\nA2,2024-03-04T10:00:00Z,Facturaci",
    ),
    Buffer.from([0xf3]),
    Buffer.from("n\n"),
  ]);
  const message =
    "tidemark: latin1.csv: line 3 is not UTF-8 text (byte 0xF3 at offset 95); save the file as UTF-8.";

  it("validate and metrics refuse a Latin-1 file with one line", async () => {
    writeFileSync(files.path("latin1.csv"), latin1);
    for (const command of ["validate", "metrics"]) {
      const r = await run([command, "latin1.csv"], { cwd: files.dir });
      expect(r.code, command).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`${message}\n`);
    }
  });

  it("says the same of it gzipped, and of a Latin-1 JSON file", async () => {
    writeFileSync(files.path("latin1.csv.gz"), gzipSync(latin1));
    const gz = await run(["validate", "latin1.csv.gz"], { cwd: files.dir });
    expect(gz.stderr).toBe(`${message.replace("latin1.csv", "latin1.csv.gz")}\n`);
    // [{"id":"A1","createdAt":"2024-03-04","category":"Facturaci  is 45 bytes on line 2.
    const json = Buffer.concat([
      Buffer.from('[\n{"id":"A1","createdAt":"2024-03-04","category":"Facturaci'),
      Buffer.from([0xf3]),
      Buffer.from('n"}\n]\n'),
    ]);
    writeFileSync(files.path("latin1.json"), json);
    const r = await run(["validate", "latin1.json"], { cwd: files.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "tidemark: latin1.json: line 2 is not UTF-8 text (byte 0xF3 at offset 59); save the file as UTF-8.\n",
    );
  });

  it("reads a character split across the 1 MiB read (and 16 KiB gunzip) boundary, and finds a bad byte lines later", async () => {
    const header = "ticket_id,created_at,category\n"; // 30 bytes
    const row = (i: number) => `R${String(i).padStart(6, "0")},2024-03-04T09:00:00Z,Billing\n`; // 37 bytes
    const rows = 28_336; // 30 + 28,336 × 37 = 1,048,462 bytes
    const filler = header + Array.from({ length: rows }, (_, i) => row(i)).join("");
    expect(Buffer.byteLength(filler)).toBe(1_048_462);
    // "X1,2024-03-04T09:00:00Z," is 24 bytes; 89 more "a" put é's first byte at 1,048,575.
    const split = `X1,2024-03-04T09:00:00Z,${"a".repeat(89)}é\n`;
    expect(Buffer.byteLength(filler + split.slice(0, -2))).toBe(1_048_575);
    const good = Buffer.from(`${filler}${split}${row(rows)}`);
    writeFileSync(files.path("split.csv"), good);
    writeFileSync(files.path("split.csv.gz"), gzipSync(good));
    for (const name of ["split.csv", "split.csv.gz"]) {
      const r = await run(["validate", name], { cwd: files.dir });
      // The file has no resolution column, and that is all stderr says.
      expect(r.stderr, name).toBe(noSolveNote(name));
      expect(r.stdout, name).toContain("28,338 rows, 28,338 tickets read");
      expect(r.stdout).toContain("Every row is readable.");
    }
    // Lines: header 1, filler 2 … 28,337, the split row 28,338, row(rows) 28,339, the bad row 28,340.
    const bad = Buffer.concat([
      good,
      Buffer.from("Z9,2024-03-04T09:00:00Z,"),
      Buffer.from([0xe9, 0x0a]),
    ]);
    const offset = good.length + 24; // 1,048,575 + 3 (é and newline) + 37, then 24
    expect(offset).toBe(1_048_639);
    writeFileSync(files.path("split-bad.csv"), bad);
    writeFileSync(files.path("split-bad.csv.gz"), gzipSync(bad));
    for (const name of ["split-bad.csv", "split-bad.csv.gz"]) {
      const r = await run(["validate", name], { cwd: files.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `tidemark: ${name}: line 28,340 is not UTF-8 text (byte 0xE9 at offset 1,048,639); save the file as UTF-8.\n`,
      );
    }
  });

  it("refuses a file that ends inside a character, at the character's first byte", async () => {
    writeFileSync(
      files.path("cut.csv"),
      Buffer.concat([Buffer.from(`${HEADER}\n${GOOD[0]}\n`), Buffer.from([0xe2, 0x82])]),
    );
    const r = await run(["validate", "cut.csv"], { cwd: files.dir });
    expect(r.code).toBe(2);
    // HEADER is 33 bytes with its newline, GOOD[0] 45: the cut € starts line 3 at offset 78.
    expect(r.stderr).toBe(
      "tidemark: cut.csv: line 3 is not UTF-8 text (byte 0xE2 at offset 78); save the file as UTF-8.\n",
    );
  });

  it("reads UTF-8 with and without a byte-order mark, accents intact", async () => {
    const text = `ticket_id,created_at,category\nA1,2024-03-04T09:00:00Z,Facturación\n`;
    writeFileSync(files.path("utf8.csv"), text);
    writeFileSync(files.path("utf8-bom.csv"), `\uFEFF${text}`);
    for (const name of ["utf8.csv", "utf8-bom.csv"]) {
      const r = await run(["validate", name], { cwd: files.dir });
      expect(r.code, name).toBe(0);
      expect(r.stdout).toContain("columns id=ticket_id, createdAt=created_at, category=category");
      expect(r.stdout).toContain("Every row is readable.");
    }
  });
});

describe("UTF-16 text (Excel's Unicode text): exit 2 saying so", () => {
  const text = `${HEADER}\n${GOOD.join("\n")}\n`;
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.from(le).swap16();
  it.each([
    ["with a little-endian mark (FF FE)", Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    ["with a big-endian mark (FE FF)", Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ["without a mark, little-endian", le],
    ["without a mark, big-endian", be],
  ])("%s", async (_, bytes) => {
    writeFileSync(files.path("unicode.txt"), bytes);
    expectOneLineError(
      await run(["metrics", "unicode.txt"], { cwd: files.dir }),
      /^tidemark: unicode\.txt is UTF-16 text; save it as UTF-8 \(CSV UTF-8 in Excel\)\.$/,
    );
  });
});

describe("messages name the right file and can be run as shown", () => {
  it("an empty --events file is described as an event log, not a ticket file", async () => {
    const r = await run(["metrics", "good.csv", "--events", "empty-events.csv"], {
      cwd: files.dir,
    });
    expectOneLineError(
      r,
      /^tidemark: empty-events\.csv is empty: expected an event log header such as "ticket_id,at,type" and one row per event\.$/,
    );
  });

  it("the hint to list every bad row names the event log's path, quoted when it needs to be", async () => {
    writeFileSync(
      `${files.dir}/my events.csv`,
      "ticket_id,at,type\nA1,2024-03-04T09:00:00Z,created\nZZ,2024-03-04T12:00:00Z,solved\n",
    );
    const r = await run(["metrics", "good.csv", "--events", "my events.csv"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `"tidemark validate good.csv --events 'my events.csv'" lists every one.`,
    );
  });

  it("a JSON file none of whose tickets can be read does not speak of a delimiter", async () => {
    const r = await run(["metrics", "all-bad.json"], { cwd: files.dir });
    expect(r.code).toBe(2);
    const last = r.stderr.trimEnd().split("\n").at(-1);
    expect(last).toBe(
      "tidemark: all-bad.json: none of its 2 rows could be read as a ticket (see above).",
    );
  });
});

describe("a JSON export is read as JSON whatever its file name", () => {
  it("a .txt file holding a JSON array of tickets", async () => {
    const r = await run(["metrics", "tickets-json.txt", "--format", "json"], { cwd: files.dir });
    expect(r.stderr).toBe(noSolveNote("tickets-json.txt"));
    expect(JSON.parse(r.stdout).totals.created).toBe(1);
  });
  it("a CSV whose header starts with a bracket stays a CSV", async () => {
    const r = await run(
      ["validate", "brackets.csv", "--column", "id=[Ticket ID]", "--column", "createdAt=[Created]"],
      { cwd: files.dir },
    );
    expect(r.stdout).toContain("brackets.csv: 1 row, 1 ticket read");
  });
});

function noSolveNote(file: string): string {
  return (
    `tidemark: ${file}: no resolution or close column was found, so every ticket counts as open.\n` +
    "  If the file has one, name it: --column resolvedAt=NAME (or closedAt=NAME).\n"
  );
}

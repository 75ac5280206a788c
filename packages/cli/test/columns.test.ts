import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { run, tempFiles } from "./helpers.js";

// A Jira-style export: no column is named ticket_id or id.
const REQUESTS = `Request ID;Created Date;Closed Date;Team
R1;2024-03-04T09:00:00Z;2024-03-04T12:00:00Z;Ops
R2;2024-03-05T10:00:00Z;;Billing
`;
const files = tempFiles({
  "requests.csv": REQUESTS,
  "records.json": JSON.stringify([{ ref: "J1", opened: "2024-03-04T09:00:00Z" }]),
  "unsolved.csv": "id,created_at,Finished\nA,2024-03-04T09:00:00Z,2024-03-04T12:00:00Z\n",
  // R1 is solved at 12:00, reopened at 13:00 and solved again at 15:00.
  "history.csv":
    "Case,When,What\nR1,2024-03-04T12:00:00Z,solved\nR1,2024-03-04T13:00:00Z,reopened\nR1,2024-03-04T15:00:00Z,solved\n",
});
afterAll(() => files.cleanup());

describe("tidemark metrics|validate --column FIELD=NAME", () => {
  it("a file with no resolution or close column found: every ticket is open, and stderr says so", async () => {
    const note =
      "tidemark: unsolved.csv: no resolution or close column was found, so every ticket counts as open.\n" +
      "  If the file has one, name it: --column resolvedAt=NAME (or closedAt=NAME).\n";
    for (const args of [["metrics", "--format", "json"], ["validate"]]) {
      const r = await run([...args, "unsolved.csv"], { cwd: files.dir });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(note);
    }
    const named = await run(
      ["metrics", "unsolved.csv", "--column", "resolvedAt=Finished", "--format", "json"],
      { cwd: files.dir },
    );
    expect(named.stderr).toBe("");
    expect(JSON.parse(named.stdout).totals).toMatchObject({ created: 1, throughput: 1 });
    // Said to have none: no note.
    const none = await run(
      ["metrics", "unsolved.csv", "--column", "resolvedAt=", "--format", "json"],
      {
        cwd: files.dir,
      },
    );
    expect(none.stderr).toBe("");
  });

  it("a file without an id column: exit 2, advising the CLI's --column, not the API's columns.id", async () => {
    const r = await run(["validate", "requests.csv"], { cwd: files.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'tidemark: requests.csv: No ticket id column in the header (columns: "Request ID", "Created Date", "Closed Date", "Team"). Name it ticket_id or id, or map it with --column id="…".\n',
    );
  });

  it('--column id="Request ID" reads it; the other fields are still found by name', async () => {
    const r = await run(["validate", "requests.csv", "--column", "id=Request ID"], {
      cwd: files.dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "requests.csv: 2 rows, 2 tickets read; columns id=Request ID, createdAt=Created Date, closedAt=Closed Date, team=Team\nEvery row is readable.\n",
    );
    const m = await run(["metrics", "requests.csv", "--column=id=Request ID", "--format", "json"], {
      cwd: files.dir,
    });
    expect(m.code).toBe(0);
    // R1 closed after 3 h; R2 still open.
    expect(JSON.parse(m.stdout).totals).toMatchObject({ created: 2, throughput: 1 });
  });

  it("repeats, takes snake_case or quoted names, and an empty NAME means no such column", async () => {
    const r = await run(
      [
        "validate",
        "requests.csv",
        "--column",
        'id="Request ID"',
        "--column",
        "created_at=Created Date",
        "--column",
        "team=",
      ],
      { cwd: files.dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "columns id=Request ID, createdAt=Created Date, closedAt=Closed Date\n",
    );
  });

  it("maps the fields of a JSON file, whose message also advises --column", async () => {
    const bad = await run(["validate", "records.json"], { cwd: files.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /records\.json: .*no field for an id.*map one with --column id="…"\.\n$/,
    );
    const r = await run(["validate", "records.json", "--column", "id=ref"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 row, 1 ticket read; columns id=ref, createdAt=opened");
  });

  it.each([
    [
      ["--column", "identifier=Request ID"],
      /--column takes FIELD=COLUMN, e\.g\. --column id="Request ID", with FIELD one of id, createdAt, .*; got --column identifier=Request ID\./,
    ],
    [["--column", "Request ID"], /--column takes FIELD=COLUMN/],
    [["--column", "id=A", "--column", "id=B"], /--column id is given twice\./],
    [["--column", "id=Ticket"], /requests\.csv: Column "Ticket" is not in the header/],
  ])("refuses %j with one line", async (options, pattern) => {
    const r = await run(["metrics", "requests.csv", ...(options as string[])], { cwd: files.dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(pattern as RegExp);
  });

  it("is in both commands' --help", async () => {
    for (const command of ["metrics", "validate"]) {
      const r = await run([command, "--help"]);
      expect(r.stdout).toContain("--column FIELD=NAME");
      expect(r.stdout).toContain('--column id="Request ID"');
    }
  });
});

describe("two columns a field could be read from", () => {
  const tickets = (header: string) =>
    `ticket_id,${header},resolved_at\nA,2024-03-04T09:00:00Z,2024-03-04T10:00:00Z,\n`;
  it("names the field in words and the --column that picks one, or says to rename one of two same-named columns", async () => {
    writeFileSync(files.path("twins.csv"), tickets("Created At,created_at"));
    const twins = await run(["metrics", "twins.csv"], { cwd: files.dir });
    expect(twins.code).toBe(2);
    expect(twins.stderr).toBe(
      'tidemark: twins.csv: Columns 2 ("Created At") and 3 ("created_at") could each be the one to read for the creation time: pick one with --column createdAt="…", giving its exact name.\n',
    );
    const picked = await run(["metrics", "twins.csv", "--column", "createdAt=Created At"], {
      cwd: files.dir,
    });
    expect(picked.code).toBe(0);
    writeFileSync(files.path("same.csv"), tickets("created_at,created_at"));
    const same = await run(["validate", "same.csv"], { cwd: files.dir });
    expect(same.stderr).toBe(
      'tidemark: same.csv: Columns 2 ("created_at") and 3 ("created_at") could each be the one to read for the creation time: rename one of them in the file (--column cannot tell apart two columns of the same name).\n',
    );
  });

  it("in the event log, with --event-column", async () => {
    writeFileSync(
      files.path("twin-events.csv"),
      "ticket_id,at,At,type\nR1,2024-03-04T12:00:00Z,2024-03-04T12:00:00Z,solved\n",
    );
    const r = await run(
      ["metrics", "requests.csv", "--column", "id=Request ID", "--events", "twin-events.csv"],
      {
        cwd: files.dir,
      },
    );
    expect(r.stderr).toBe(
      'tidemark: twin-events.csv: Columns 2 ("at") and 3 ("At") could each be the one to read for the event time: pick one with --event-column at="…", giving its exact name.\n',
    );
  });
});

describe("tidemark metrics|validate --events FILE --event-column FIELD=NAME", () => {
  const mapped = ["--event-column", "ticketId=Case", "--event-column", "at=When"];

  it("an event log with unusual names: exit 2, naming the --event-column options to give", async () => {
    const r = await run(
      ["metrics", "requests.csv", "--column", "id=Request ID", "--events", "history.csv"],
      {
        cwd: files.dir,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'tidemark: history.csv: The event log needs ticket id, time and type columns (e.g. "ticket_id,at,type"); its header has: "Case", "When", "What". ' +
        'Map the missing ones with --event-column ticketId="…", --event-column at="…", --event-column type="…".\n',
    );
  });

  it("maps them; the reopening enters the metrics", async () => {
    const r = await run(
      [
        "metrics",
        "requests.csv",
        "--column",
        "id=Request ID",
        "--events",
        "history.csv",
        ...mapped,
        "--event-column",
        "type=What",
        "--format",
        "json",
      ],
      { cwd: files.dir },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Created R1, R2; R1 reopened once; solved at 12:00 and at 15:00; R2 still open.
    expect(JSON.parse(r.stdout).totals).toMatchObject({
      created: 2,
      reopened: 1,
      inflow: 3,
      throughput: 2,
    });
    const v = await run(
      [
        "validate",
        "requests.csv",
        "--column",
        "id=Request ID",
        "--events",
        "history.csv",
        ...mapped,
        "--event-column",
        "type=What",
      ],
      { cwd: files.dir },
    );
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("history.csv: 3 rows, 3 events read");
  });

  it.each([
    [
      ["--events", "history.csv", ...mapped, "--event-column", "type=Kind"],
      /history\.csv: Column "Kind" \(--event-column type="…"\) is not in the event log's header \("Case", "When", "What"\)\./,
    ],
    [
      ["--events", "history.csv", "--event-column", "id=Case"],
      /--event-column takes FIELD=COLUMN, e\.g\. --event-column at="Event Time", with FIELD one of ticketId, at, type; got --event-column id=Case\./,
    ],
    [["--events", "history.csv", "--event-column", "at="], /--event-column takes FIELD=COLUMN/],
    [
      ["--event-column", "at=When"],
      /--event-column maps the columns of the event log: give it with --events FILE\./,
    ],
  ])("refuses %j with one line", async (options, pattern) => {
    const r = await run(
      ["metrics", "requests.csv", "--column", "id=Request ID", ...(options as string[])],
      {
        cwd: files.dir,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(pattern as RegExp);
  });

  it("is in both commands' --help", async () => {
    for (const command of ["metrics", "validate"]) {
      expect((await run([command, "--help"])).stdout).toContain('--event-column at="Event Time"');
    }
  });
});

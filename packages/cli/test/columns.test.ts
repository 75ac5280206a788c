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
});
afterAll(() => files.cleanup());

describe("tidemark metrics|validate --column FIELD=NAME", () => {
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

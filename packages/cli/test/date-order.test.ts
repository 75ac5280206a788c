import { afterAll, describe, expect, it } from "vitest";
import { run, tempFiles } from "./helpers.js";

// Slash dates whose parts never exceed 12 cannot tell their order.
const files = tempFiles({
  "undecided.csv":
    "id,created_at,resolved_at\nA,02/03/2024 10:00,04/03/2024 10:00\nB,05/03/2024 10:00,\n",
  "mixed.csv": "id,created_at\nA,25/03/2024\nB,03/25/2024\n",
  "events.csv": "ticket_id,at,type\nA,03/03/2024 10:00,solved\n",
});
afterAll(files.cleanup);

describe("--date-order", () => {
  it("slash dates nothing decides are read month-first, with a note naming --date-order", async () => {
    const r = await run(["metrics", "undecided.csv", "--format", "csv"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "tidemark: undecided.csv: slash dates read month-first (12/31/2024): no part above 12 in the first 1,000 rows told their order.\n" +
        "  If they are day-first (31/12/2024), give --date-order dmy.\n",
    );
    // Month-first: A was created on 3 February and solved on 3 April.
    expect(r.stdout.split("\n")[1]).toMatch(/^2024-02-03,1,/);
  });

  it("--date-order dmy reads them day-first, in the event log too, without the note", async () => {
    const r = await run(
      [
        "metrics",
        "undecided.csv",
        "--events",
        "events.csv",
        "--date-order",
        "dmy",
        "--format",
        "csv",
      ],
      { cwd: files.dir },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    // Day-first: created 2 and 5 March; the event solves A on 3 March.
    const days = r.stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",").slice(0, 5).join(","));
    // bucket_start, created, reopened, inflow, throughput
    expect(days).toEqual([
      "2024-03-02,1,0,1,0",
      "2024-03-03,0,0,0,1",
      "2024-03-04,0,0,0,0",
      "2024-03-05,1,0,1,0",
    ]);
  });

  it("a file with both orders names the option to give, and a wrong value is refused", async () => {
    const mixed = await run(["validate", "mixed.csv"], { cwd: files.dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("give --date-order dmy or mdy");
    const bad = await run(["metrics", "undecided.csv", "--date-order", "ymd"], { cwd: files.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('tidemark: --date-order must be one of dmy, mdy; got "ymd".\n');
  });
});

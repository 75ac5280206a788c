import { afterAll, describe, expect, it } from "vitest";
import { run, tempFiles } from "./helpers.js";

// Core keeps the first 100,000 problems of a file and counts the rest, so a
// file whose every row is bad cannot exhaust memory (10 million took 4 GB).
const BAD = 100_010;
const lines = ["ticket_id,created_at,resolved_at"];
for (let i = 0; i < BAD; i++) lines.push(`T${i},notadate-${i},`);
lines.push("GOOD,2024-03-04T09:00:00Z,2024-03-04T10:00:00Z");
const files = tempFiles({ "many-bad.csv": `${lines.join("\n")}\n` });
afterAll(() => files.cleanup());

describe("a file with more than 100,000 bad rows", () => {
  it("validate lists the first 100,000, says how many more, and counts them all", async () => {
    const r = await run(["validate", files.path("many-bad.csv")]);
    expect(r.code).toBe(1);
    const listed = r.stdout.split("\n").filter((l) => l.startsWith("error  "));
    expect(listed).toHaveLength(100_000);
    expect(listed[0]).toMatch(/^error {2}many-bad\.csv row 2, created_at: /);
    expect(r.stdout).toContain(
      "… and 10 more not listed: only the first 100,000 problems of a file are kept.",
    );
    expect(r.stdout).toContain("100,010 bad rows (left out), 0 warnings (used).");
  });

  it("metrics says all 100,010 were skipped, and --strict fails on them", async () => {
    const r = await run(["metrics", files.path("many-bad.csv"), "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "tidemark: skipped 100,010 rows of many-bad.csv that could not be read:",
    );
    expect(r.stderr).toContain("… and 100,005 more.");
    const strict = await run(["metrics", files.path("many-bad.csv"), "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("tidemark: 100,010 bad rows in many-bad.csv (--strict):");
  });
});

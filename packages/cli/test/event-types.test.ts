import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA, run, tempFiles } from "./helpers.js";

// Each set's events.csv is its raw status history; lifecycle.csv the
// created/solved/reopened events derived from it by SOURCE.md's rules.
const file = (set: string, name: string) => join(DATA, set, name);

describe("event logs whose types Tidemark does not know", () => {
  it("a raw status history that would reopen every resolved ticket is refused, naming its types and --event-type", async () => {
    const r = await run([
      "metrics",
      file("bpi2013-problems", "data.csv"),
      "--events",
      file("bpi2013-problems", "events.csv"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^tidemark: events\.csv: None of the event log's 7,460 events is created, solved, reopened or closed \(its types: "Accepted\/In Progress" ×3,521, /,
    );
    expect(r.stderr).toContain('(--event-type "Done=solved", repeatable)');
  });

  it("types it reads as other are named on stderr; with --event-type the raw history gives the lifecycle's figures", async () => {
    const data = file("helpdesk-italy", "data.csv");
    const raw = await run(["metrics", data, "--events", file("helpdesk-italy", "events.csv")]);
    expect(raw.code).toBe(0);
    // Counted in the file: "Take in charge ticket" is its most frequent activity.
    const activities = readFileSync(file("helpdesk-italy", "events.csv"), "utf8")
      .split("\n")
      .slice(1)
      .filter((l) => l.split(",")[2] === "Take in charge ticket").length;
    expect(raw.stderr).toContain(
      `tidemark: events.csv: event types that do not move the level (kept as other): "Take in charge ticket" ×${activities.toLocaleString("en-US")}, `,
    );
    // SOURCE.md's rules: Resolve ticket solves, other work after a solve reopens.
    const work = [
      "Assign seriousness",
      "Take in charge ticket",
      "Wait",
      "Require upgrade",
      "Insert ticket",
      "Create SW anomaly",
      "Resolve SW anomaly",
      "Schedule intervention",
    ];
    const mapped = await run([
      "metrics",
      data,
      "--events",
      file("helpdesk-italy", "events.csv"),
      "--event-type",
      "Resolve ticket=solved",
      "--event-type",
      "RESOLVED=other",
      ...work.flatMap((w) => ["--event-type", `${w}=reopened`]),
      "--format",
      "csv",
      "--bucket",
      "month",
    ]);
    const lifecycle = await run([
      "metrics",
      data,
      "--events",
      file("helpdesk-italy", "lifecycle.csv"),
      "--format",
      "csv",
      "--bucket",
      "month",
    ]);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout.split("\n").length).toBeGreaterThan(40);
    expect(mapped.stdout).toBe(lifecycle.stdout);
  });

  it("validate counts the event types", async () => {
    const r = await run([
      "validate",
      file("helpdesk-italy", "data.csv"),
      "--events",
      file("helpdesk-italy", "lifecycle.csv"),
    ]);
    const text = readFileSync(file("helpdesk-italy", "lifecycle.csv"), "utf8");
    const n = (type: string) =>
      text
        .split("\n")
        .filter((l) => l.endsWith(`,${type}`))
        .length.toLocaleString("en-US");
    expect(r.stdout).toContain(
      `types ${n("created")} created, ${n("solved")} solved, ${n("reopened")} reopened, 0 closed, 0 other`,
    );
  });

  it("--event-type needs TEXT=TYPE with a known type, and --events", async () => {
    const data = file("helpdesk-italy", "data.csv");
    const events = file("helpdesk-italy", "events.csv");
    const bad = await run(["metrics", data, "--events", events, "--event-type", "Wait=paused"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'tidemark: --event-type takes TEXT=TYPE, e.g. --event-type "Resolve ticket=solved", with TYPE one of created, solved, reopened, closed, other; got --event-type Wait=paused.\n',
    );
    const alone = await run(["metrics", data, "--event-type", "Wait=other"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("give it with --events FILE");
  });
});

describe("an event for a ticket whose row was left out", () => {
  it("names that row and why, rather than saying the ticket file lacks it", async () => {
    const files = tempFiles({
      "t.csv":
        "id,created_at,resolved_at\nA,2024-03-01T10:00:00Z,\nB,2024-03-05T10:00:00Z,2024-03-04T10:00:00Z\n",
      "e.csv": "ticket_id,at,type\nB,2024-03-06T10:00:00Z,solved\nX,2024-03-06T10:00:00Z,solved\n",
    });
    const r = await run(["validate", "t.csv", "--events", "e.csv"], { cwd: files.dir });
    files.cleanup();
    expect(r.stdout.split("\n").filter((l) => l.startsWith("error"))).toEqual([
      'error  t.csv row 3, resolved_at: resolved before it was created (2024-03-05T10:00:00Z) ("2024-03-04T10:00:00Z")',
      'error  e.csv row 2, ticket_id: event for a ticket whose row was left out (t.csv row 3, resolved_at: resolved before it was created (2024-03-05T10:00:00Z)); not counted ("B")',
      'error  e.csv row 3, ticket_id: event for a ticket that is not in the ticket log (no row in the ticket file, or a row left out) and not created in the event log ("X")',
    ]);
  });

  it("its created event does not bring the ticket back: the row said to be left out stays out", async () => {
    const files = tempFiles({
      "t.csv":
        "id,created_at,resolved_at\nA,2024-03-05T00:00:00Z,2024-03-04T00:00:00Z\nB,2024-03-05T00:00:00Z,\n",
      "e.csv":
        "ticket_id,at,type\nA,2024-03-05T00:00:00Z,created\nA,2024-03-06T00:00:00Z,solved\nB,2024-03-06T00:00:00Z,solved\n",
    });
    const r = await run(["metrics", "t.csv", "--events", "e.csv", "--format", "json"], {
      cwd: files.dir,
    });
    const v = await run(["validate", "t.csv", "--events", "e.csv"], { cwd: files.dir });
    files.cleanup();
    // Only B: created 03-05, solved 03-06.
    expect(JSON.parse(r.stdout).totals).toMatchObject({ created: 1, throughput: 1 });
    const why =
      "event for a ticket whose row was left out (t.csv row 2, resolved_at: resolved before it was created (2024-03-05T00:00:00Z)); not counted";
    expect(v.stdout.split("\n").filter((l) => l.startsWith("error"))).toEqual([
      'error  t.csv row 2, resolved_at: resolved before it was created (2024-03-05T00:00:00Z) ("2024-03-04T00:00:00Z")',
      `error  e.csv row 2, ticket_id: ${why} ("A")`,
      `error  e.csv row 3, ticket_id: ${why} ("A")`,
    ]);
  });
});

import { join } from "node:path";
import { computeMetrics, METRICS_CSV_COLUMNS, ticketsFromRecords } from "@tidemark/core";
import { afterAll, describe, expect, it } from "vitest";
import { metricsTable } from "../src/index.js";
import { bandLimits, decimal, duration } from "../src/numbers.js";
import { csvObjects, run, tempFiles } from "./helpers.js";

// Four tickets in UTC, worked by hand:
// T1 2024-03-04 09:00 → 2024-03-04 15:00 (6 h)     T2 2024-03-04 10:00 → 2024-03-05 10:00 (24 h)
// T3 2024-03-05 08:00 → still open                  T4 2024-03-06 12:00 → 2024-03-06 13:30 (1.5 h)
const CSV = `ticket_id,created_at,resolved_at
T1,2024-03-04T09:00:00Z,2024-03-04T15:00:00Z
T2,2024-03-04T10:00:00Z,2024-03-05T10:00:00Z
T3,2024-03-05T08:00:00Z,
T4,2024-03-06T12:00:00Z,2024-03-06T13:30:00Z
`;
// Q1 solved in 2 minutes (0.0333 h), Q2 in 3 minutes (0.05 h), Q3 in 12 minutes (0.2 h).
const QUICK = `ticket_id,created_at,resolved_at
Q1,2024-03-04T09:00:00Z,2024-03-04T09:02:00Z
Q2,2024-03-05T09:00:00Z,2024-03-05T09:03:00Z
Q3,2024-03-06T09:00:00Z,2024-03-06T09:12:00Z
`;
const files = tempFiles({ "four.csv": CSV, "quick.csv": QUICK });
afterAll(() => files.cleanup());

describe("tidemark metrics --format csv", () => {
  it("writes exactly the documented columns, in order", async () => {
    const r = await run(["metrics", "four.csv", "--format", "csv"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "bucket_start,created,reopened,inflow,throughput,net_flow,backlog,peak_backlog,lead_time_count,lead_time_p50_h,lead_time_p85_h,lead_time_p95_h,capacity_per_day,backlog_days,band_low,band_high,status",
    );
    expect(METRICS_CSV_COLUMNS.join(",")).toBe(r.stdout.split("\n")[0]);
  });

  it("gives one row per day with the hand-worked figures, hours as decimals and empty where there is no value", async () => {
    const r = await run(["metrics", "four.csv", "--format", "csv"], { cwd: files.dir });
    const rows = csvObjects(r.stdout);
    expect(rows.map((x) => x.bucket_start)).toEqual(["2024-03-04", "2024-03-05", "2024-03-06"]);
    const pick = (x: Record<string, string>) => [
      x.created,
      x.throughput,
      x.net_flow,
      x.backlog,
      x.peak_backlog,
      x.lead_time_count,
      x.lead_time_p50_h,
    ];
    expect(rows.map(pick)).toEqual([
      ["2", "1", "1", "1", "2", "1", "6"],
      ["1", "1", "0", "1", "2", "1", "24"],
      ["1", "1", "0", "1", "2", "1", "1.5"],
    ]);
    // Capacity: solves per observed day over the trailing window: 1/1, 2/2, 3/3.
    expect(rows.map((x) => x.capacity_per_day)).toEqual(["1", "1", "1"]);
    expect(rows.map((x) => [x.band_low, x.band_high, x.backlog_days, x.status])).toEqual([
      ["0.5", "2", "1", "healthy"],
      ["0.5", "2", "1", "healthy"],
      ["0.5", "2", "1", "healthy"],
    ]);
  });

  it("--band, --from and --to shape the rows; a day without solves has empty lead times", async () => {
    const r = await run(
      [
        "metrics",
        "four.csv",
        "--format",
        "csv",
        "--band",
        "2,3",
        "--from",
        "2024-03-05",
        "--to",
        "2024-03-08",
      ],
      { cwd: files.dir },
    );
    const rows = csvObjects(r.stdout);
    expect(rows.map((x) => x.bucket_start)).toEqual([
      "2024-03-05",
      "2024-03-06",
      "2024-03-07",
      "2024-03-08",
    ]);
    expect(rows[0]?.status).toBe("below"); // backlog 1 < 2 days × 1 per day
    const empty = rows[2] as Record<string, string>;
    expect([
      empty.created,
      empty.throughput,
      empty.lead_time_count,
      empty.lead_time_p50_h,
      empty.lead_time_p95_h,
    ]).toEqual(["0", "0", "0", "", ""]);
  });

  it("--week-start wed starts each week on Wednesday", async () => {
    const r = await run(
      ["metrics", "four.csv", "--format", "csv", "--bucket", "week", "--week-start", "wed"],
      { cwd: files.dir },
    );
    // By hand: T1–T3 come in on Mon 4 and Tue 5 March (the week from Wed 28 Feb), T1 and
    // T2 are solved in it, T3 stays open; T4 comes and goes on Wed 6 March.
    expect(
      csvObjects(r.stdout).map((row) => [
        row.bucket_start,
        row.created,
        row.throughput,
        row.backlog,
      ]),
    ).toEqual([
      ["2024-02-28", "3", "2", "1"],
      ["2024-03-06", "1", "1", "1"],
    ]);
    const table = await run(["metrics", "four.csv", "--bucket", "week", "--week-start", "sun"], {
      cwd: files.dir,
    });
    expect(table.stdout).toContain("by week (weeks start Sunday)");
    const bad = await run(["metrics", "four.csv", "--week-start", "funday"], { cwd: files.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'tidemark: --week-start must be one of mon, tue, wed, thu, fri, sat, sun; got "funday".\n',
    );
  });

  it("writes weeks starting on Monday, in the chosen zone", async () => {
    const r = await run(
      ["metrics", "four.csv", "--format", "csv", "--bucket", "week", "--tz", "Asia/Tokyo"],
      { cwd: files.dir },
    );
    const rows = csvObjects(r.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      bucket_start: "2024-03-04",
      created: "4",
      throughput: "3",
      backlog: "1",
    });
  });
});

describe("tidemark metrics --format json and table", () => {
  it("json is the MetricsResult", async () => {
    const r = await run(["metrics", "four.csv", "--format", "json", "--tz", "Europe/Paris"], {
      cwd: files.dir,
    });
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      schemaVersion: 1,
      timeZone: "Europe/Paris",
      bucket: "day",
      startBacklog: 0,
    });
    expect(result.totals).toMatchObject({ created: 4, throughput: 3 });
    expect(result.buckets[0].startMs).toBe(Date.parse("2024-03-04T00:00:00+01:00"));
  });

  it("table has a header (range, zone, start backlog, aging) and aligned columns", async () => {
    const r = await run(["metrics", "four.csv"], { cwd: files.dir });
    const [head, body] = r.stdout.trimEnd().split("\n\n") as [string, string];
    expect(head).toContain("Range     2024-03-04 … 2024-03-06, UTC, by day");
    expect(head).toContain("open at start 0");
    expect(head).toMatch(/Aging {5}at 2024-03-07 00:00: 1 open; age p50 1\.7 d/); // T3: 40 h = 1.67 d
    const lines = body.split("\n");
    expect(lines[0]).toMatch(/^start\s+created\s+reopened\s+inflow\s+thruput/);
    // Right-aligned numbers: every line's "backlog" column ends at the same place.
    const end = (lines[0] as string).indexOf("backlog") + "backlog".length;
    for (const line of lines.slice(1)) expect(line.slice(end - 1, end)).toMatch(/\d/);
  });
});

describe("decimal(n, digits)", () => {
  it("drops trailing zeros, rounds, and gives '' for null or NaN", () => {
    expect(decimal(1.5)).toBe("1.5");
    expect(decimal(2)).toBe("2");
    expect(decimal(2 / 3, 4)).toBe("0.6667");
    expect(decimal(-0.00001, 3)).toBe("0");
    expect(decimal(null)).toBe("");
    expect(decimal(Number.NaN)).toBe("");
    expect(decimal(1e21 / 1e10, 1)).toBe("100000000000");
  });
});

describe("duration(n, digits)", () => {
  it("shows a positive duration that rounds to 0 as <0.1, and 0 and null as decimal does", () => {
    expect(duration(0.0333)).toBe("<0.1");
    expect(duration(0.0333, 2)).toBe("0.03");
    expect(duration(0.001, 2)).toBe("<0.01");
    expect(duration(0.05)).toBe("0.1");
    expect(duration(0)).toBe("0");
    expect(duration(null)).toBe("");
    expect(duration(1.25)).toBe("1.3");
  });
});

describe("tidemark metrics: small values, zones and empty results in the table", () => {
  it("the band's shown limits give each row's status, on a real log (github-hf-datasets, daily)", async () => {
    // Rounded to the nearest, 2020-05-08 and -09 both read "backlog 5, band 1–5",
    // one healthy and one above (limits 1.26–5.04 and 1.21–4.85).
    const data = join(import.meta.dirname, "..", "..", "..", "..", "shared", "data");
    const table = await run([
      "metrics",
      join(data, "github-hf-datasets", "data.csv"),
      "--from",
      "2020-05-01",
      "--to",
      "2020-07-31",
    ]);
    const lines = table.stdout.trimEnd().split("\n\n")[1]?.split("\n").slice(1) as string[];
    expect(lines.length).toBe(92);
    let checked = 0;
    for (const line of lines) {
      const cells = line.trim().split(/\s+/);
      const status = cells.at(-1);
      const band = cells.at(-2) as string;
      if (!band.includes("–")) continue;
      const [low, high] = band.split("–").map(Number) as [number, number];
      const backlog = Number(cells[6]);
      const shown = backlog < low ? "below" : backlog > high ? "above" : "healthy";
      expect(shown, line).toBe(status);
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
    expect(lines.find((l) => l.startsWith("2020-05-09"))).toMatch(/\s5\s.*1\.3–4\.8\s+above$/);
  });

  it("bandLimits rounds the low edge up and the high edge down, one decimal under 10", () => {
    expect([bandLimits(1.26, 4.8462), bandLimits(1.26, 5.04), bandLimits(10.4, 20.6)]).toEqual([
      "1.3–4.8",
      "1.3–5",
      "11–20",
    ]);
    // A band under a tenth of a ticket (la311 by week) gets the digits it needs.
    expect(bandLimits(0.0227, 0.0909)).toBe("0.03–0.09");
    expect(bandLimits(null, null)).toBe("");
  });

  it("a capacity under 0.05 a day is <0.1 in the table (not 0 beside 27 days of backlog)", async () => {
    // One solve on 1 January, then nothing solved: by the week of 22 January the
    // mean over the 27 days seen is 1/27 a day, and the one open ticket 27 days of it.
    const quiet = tempFiles({
      "quiet.csv":
        "id,created_at,resolved_at\nA,2024-01-01T10:00:00Z,2024-01-01T11:00:00Z\nB,2024-01-27T10:00:00Z,\n",
    });
    const table = await run(["metrics", "quiet.csv", "--bucket", "week"], { cwd: quiet.dir });
    const lines = table.stdout.trimEnd().split("\n");
    const header = lines.find((l) => l.startsWith("start")) as string;
    const last = lines.at(-1) as string;
    // Columns are right-aligned under their titles; empty cells are blank.
    const cell = (title: string) =>
      last
        .slice(0, header.indexOf(title) + title.length)
        .trim()
        .split(/\s+/)
        .at(-1);
    expect(last.startsWith("2024-01-22")).toBe(true);
    expect([cell("cap/day"), cell("days")]).toEqual(["<0.1", "27"]);
    const csv = await run(["metrics", "quiet.csv", "--bucket", "week", "--format", "csv"], {
      cwd: quiet.dir,
    });
    expect(csvObjects(csv.stdout).at(-1)?.capacity_per_day).toBe(
      String(Math.round(10_000 / 27) / 10_000),
    );
    quiet.cleanup();
  });

  it("a lead time under 0.05 h is <0.1 in the table, and exact in the CSV", async () => {
    const table = await run(["metrics", "quick.csv"], { cwd: files.dir });
    const rows = table.stdout.trimEnd().split("\n\n")[1]?.split("\n") as string[];
    const p50 = (line: string) => line.trim().split(/\s+/)[8];
    expect(rows.slice(1).map(p50)).toEqual(["<0.1", "0.1", "0.2"]);
    // Totals: p50 of 2, 3 and 12 minutes is 3 minutes.
    expect(table.stdout).toContain("lead time p50 0.1 h");
    const csv = await run(["metrics", "quick.csv", "--format", "csv"], { cwd: files.dir });
    expect(csvObjects(csv.stdout).map((x) => x.lead_time_p50_h)).toEqual(["0.0333", "0.05", "0.2"]);
  });

  it("- reads standard input: CSV in chunks split anywhere, or JSON; issues name 'stdin'", async () => {
    const fromFile = await run(["metrics", "four.csv", "--format", "csv"], { cwd: files.dir });
    // The CSV in three chunks, cut mid-row and mid-character-free.
    const chunks = [CSV.slice(0, 10), CSV.slice(10, 70), CSV.slice(70)];
    const piped = await run(["metrics", "-", "--format", "csv"], { stdin: chunks });
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toBe(fromFile.stdout);
    const json = JSON.stringify([{ id: "J1", createdAt: "2024-03-04T09:00:00Z" }]);
    const fromJson = await run(["metrics", "-", "--format", "json"], { stdin: ["\n", json] });
    expect(JSON.parse(fromJson.stdout).totals.created).toBe(1);
    const bad = await run(["validate", "-"], { stdin: [`${CSV}T9,yesterday,\n`] });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("stdin row 6, created_at: not a date");
    // A producer that writes `[` first: JSON, and a CSV header in brackets stays CSV.
    const split = await run(["metrics", "-", "--format", "json"], {
      stdin: ["[", "\n", json.slice(1)],
    });
    expect(JSON.parse(split.stdout).totals.created).toBe(1);
    const bracketed = await run(["validate", "-"], {
      stdin: ["[", "id],[created_at]\nB1,2024-03-04T09:00:00Z\n"],
    });
    expect(bracketed.stdout).toContain(
      "stdin: 1 row, 1 ticket read; columns id=[id], createdAt=[created_at]",
    );
    const lone = await run(["metrics", "-"], { stdin: ["  ["] });
    expect(lone.code).toBe(2);
    expect(lone.stderr).toMatch(/^tidemark: stdin: .*JSON/);
    const empty = await run(["metrics", "-"], { stdin: [] });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(
      'tidemark: standard input is empty: expected a CSV header such as "ticket_id,created_at,resolved_at" and one row per ticket.\n',
    );
  });

  it("--tz EST and MST get a note: fixed offsets all year, unlike the US zones people mean by them", async () => {
    const est = await run(["metrics", "four.csv", "--tz", "EST"], { cwd: files.dir });
    expect(est.code).toBe(0);
    expect(est.stderr).toBe(
      "tidemark: note: --tz EST is UTC−5 all year, without daylight saving; for US Eastern time use --tz America/New_York.\n",
    );
    const mst = await run(["validate", "four.csv", "--tz", "mst"], { cwd: files.dir });
    expect(mst.stderr).toContain(
      "--tz mst is UTC−7 all year, without daylight saving; for US Mountain time use --tz America/Denver.",
    );
    const ny = await run(["metrics", "four.csv", "--tz", "America/New_York"], { cwd: files.dir });
    expect(ny.stderr).toBe("");
  });

  it("--tz utc and --tz europe/paris are printed as the zones' names, UTC and Europe/Paris", async () => {
    const utc = await run(["metrics", "four.csv", "--tz", "utc"], { cwd: files.dir });
    expect(utc.stdout).toContain("Range     2024-03-04 … 2024-03-06, UTC, by day");
    const paris = await run(["metrics", "four.csv", "--tz", "europe/paris", "--format", "json"], {
      cwd: files.dir,
    });
    expect(JSON.parse(paris.stdout).timeZone).toBe("Europe/Paris");
  });

  it("--tz EST and --tz US/Eastern keep the name given (not America/Panama, America/New_York)", async () => {
    const est = await run(["metrics", "four.csv", "--tz", "EST"], { cwd: files.dir });
    expect(est.stdout).toContain("Range     2024-03-04 … 2024-03-06, EST, by day");
    const json = await run(["metrics", "four.csv", "--tz", "EST", "--format", "json"], {
      cwd: files.dir,
    });
    expect(JSON.parse(json.stdout).timeZone).toBe("EST");
    const eastern = await run(["metrics", "four.csv", "--tz", "US/Eastern", "--format", "json"], {
      cwd: files.dir,
    });
    expect(JSON.parse(eastern.stdout).timeZone).toBe("US/Eastern");
  });

  it("a table of 250,000 buckets is written (the widths once came from a spread that overflowed the stack)", () => {
    const result = computeMetrics(
      ticketsFromRecords([{ id: "A", createdAt: "2024-03-04T09:00:00Z" }]).log,
      { timeZone: "UTC" },
    );
    const many = { ...result, buckets: new Array(250_000).fill(result.buckets[0]) };
    const table = metricsTable(many, { file: "many.csv", rows: 1, tickets: 1, skipped: 0 });
    const lines = table.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("2024-03-04 "))).toHaveLength(250_000);
  });

  it("a result without buckets says there are no tickets, with no 1970 aging line", () => {
    const result = computeMetrics(ticketsFromRecords([]).log, { timeZone: "UTC" });
    expect(result.buckets).toHaveLength(0);
    expect(metricsTable(result, { file: "none.csv", rows: 3, tickets: 0, skipped: 3 })).toBe(
      "Tidemark metrics: none.csv\nTickets   0 from 3 rows (3 skipped)\n\nNo tickets in this range: nothing to show.\n",
    );
    const ranged = {
      ...result,
      range: { ...result.range, firstDate: "2030-01-01", lastDate: "2030-01-31" },
    };
    expect(metricsTable(ranged, { file: "none.csv", rows: 0, tickets: 0, skipped: 0 })).toContain(
      "No tickets in this range (2030-01-01 … 2030-01-31, UTC): nothing to show.",
    );
  });
});

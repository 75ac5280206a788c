import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvObjects, DATA, run } from "./helpers.js";
import { bucketFigures, buildReference, instant } from "./reference.js";

const DAY = 86_400_000;
const SETS = [
  "bpi2013-incidents",
  "bpi2013-problems",
  "github-hf-datasets",
  "helpdesk-italy",
  "la311-2017-12",
  "servicenow-incidents",
];

function paths(set: string) {
  const data = join(DATA, set, "data.csv");
  const lifecycle = join(DATA, set, "lifecycle.csv");
  return { data, lifecycle: existsSync(lifecycle) ? lifecycle : null };
}

/** Each bucket's backlog is the previous one plus inflow minus throughput (0 before the first: nothing is open before the first ticket). */
function expectBathtub(rows: Record<string, string>[]) {
  let level = 0;
  for (const r of rows) {
    level += Number(r.inflow) - Number(r.throughput);
    expect(Number(r.backlog), `backlog of ${r.bucket_start}`).toBe(level);
    expect(Number(r.net_flow)).toBe(Number(r.inflow) - Number(r.throughput));
  }
}

describe.each(SETS)("tidemark metrics on %s", (set) => {
  const { data, lifecycle } = paths(set);
  const events = lifecycle ? ["--events", lifecycle] : [];
  const ref = buildReference(
    readFileSync(data, "utf8"),
    lifecycle ? readFileSync(lifecycle, "utf8") : undefined,
  );

  it("prints daily metrics (UTC) that match a separate reference on its busiest days and its last day", async () => {
    const { code, stdout } = await run(["metrics", data, ...events, "--format", "csv"]);
    expect(code).toBe(0);
    const rows = csvObjects(stdout);
    expectBathtub(rows);
    // Busiest days by the reference's own count of created tickets, and the last day.
    const byDay = new Map<number, number>();
    for (const c of ref.created)
      byDay.set(Math.floor(c / DAY), (byDay.get(Math.floor(c / DAY)) ?? 0) + 1);
    const busiest = [...byDay.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 3)
      .map(([d]) => d);
    const last = Math.floor(
      instant(`${(rows.at(-1) as Record<string, string>).bucket_start}T00:00:00Z`) / DAY,
    );
    for (const day of [...busiest, last]) {
      const date = new Date(day * DAY).toISOString().slice(0, 10);
      const row = rows.find((r) => r.bucket_start === date) as Record<string, string>;
      const want = bucketFigures(ref, day * DAY, (day + 1) * DAY);
      expect(
        {
          created: Number(row.created),
          reopened: Number(row.reopened),
          throughput: Number(row.throughput),
          backlog: Number(row.backlog),
          leadCount: Number(row.lead_time_count),
        },
        date,
      ).toEqual({
        created: want.created,
        reopened: want.reopened,
        throughput: want.throughput,
        backlog: want.backlog,
        leadCount: want.leadCount,
      });
      if (want.leadP50 === null) expect(row.lead_time_p50_h).toBe("");
      else expect(Number(row.lead_time_p50_h)).toBeCloseTo(want.leadP50, 3);
    }
  });

  it("prints weekly metrics whose weeks add up the days, and a readable table", async () => {
    const [weekly, daily, table] = await Promise.all([
      run(["metrics", data, ...events, "--format", "csv", "--bucket", "week"]),
      run(["metrics", data, ...events, "--format", "csv"]),
      run(["metrics", data, ...events, "--bucket", "week"]),
    ]);
    expect(weekly.code).toBe(0);
    const weeks = csvObjects(weekly.stdout);
    const days = csvObjects(daily.stdout);
    expectBathtub(weeks);
    for (const w of weeks) {
      const start = instant(`${w.bucket_start}T00:00:00Z`);
      const inWeek = days.filter((d) => {
        const t = instant(`${d.bucket_start}T00:00:00Z`);
        return t >= start && t < start + 7 * DAY;
      });
      expect(Number(w.inflow)).toBe(inWeek.reduce((n, d) => n + Number(d.inflow), 0));
      expect(Number(w.throughput)).toBe(inWeek.reduce((n, d) => n + Number(d.throughput), 0));
      expect(Number(w.backlog)).toBe(Number((inWeek.at(-1) as Record<string, string>).backlog));
      expect(new Date(start).getUTCDay()).toBe(1); // weeks start on Monday
    }
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /^Tidemark metrics: data\.csv\nRange {5}\d{4}-\d\d-\d\d … \d{4}-\d\d-\d\d, UTC, by week/,
    );
    // The header block, a blank line, the column titles, one line per week.
    const [head, body] = table.stdout.trimEnd().split("\n\n") as [string, string];
    expect(head.split("\n").length).toBeGreaterThanOrEqual(6);
    expect(body.split("\n")).toHaveLength(weeks.length + 1);
  });
});

describe("tidemark metrics with a time zone", () => {
  it("cuts bpi2013-incidents into Brussels weeks (CEST, +02:00) that match the reference", async () => {
    const { data, lifecycle } = paths("bpi2013-incidents");
    const ref = buildReference(
      readFileSync(data, "utf8"),
      readFileSync(lifecycle as string, "utf8"),
    );
    const { code, stdout } = await run([
      "metrics",
      data,
      "--events",
      lifecycle as string,
      "--tz",
      "Europe/Brussels",
      "--bucket",
      "week",
      "--format",
      "csv",
    ]);
    expect(code).toBe(0);
    const row = csvObjects(stdout).find((r) => r.bucket_start === "2012-04-30") as Record<
      string,
      string
    >;
    const want = bucketFigures(
      ref,
      Date.parse("2012-04-30T00:00:00+02:00"),
      Date.parse("2012-05-07T00:00:00+02:00"),
    );
    expect(
      [row.created, row.reopened, row.throughput, row.backlog, row.lead_time_count].map(Number),
    ).toEqual([want.created, want.reopened, want.throughput, want.backlog, want.leadCount]);
  });

  it("cuts la311 into Los Angeles days (PST, -08:00) that match the reference, skipping its 25 bad rows", async () => {
    const { data } = paths("la311-2017-12");
    const ref = buildReference(readFileSync(data, "utf8"));
    const { code, stdout, stderr } = await run([
      "metrics",
      data,
      "--tz",
      "America/Los_Angeles",
      "--from",
      "2017-12-18",
      "--to",
      "2017-12-24",
      "--format",
      "csv",
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped 25 rows of data\.csv/);
    const rows = csvObjects(stdout);
    expect(rows.map((r) => r.bucket_start)).toEqual([
      "2017-12-18",
      "2017-12-19",
      "2017-12-20",
      "2017-12-21",
      "2017-12-22",
      "2017-12-23",
      "2017-12-24",
    ]);
    for (const r of rows) {
      const from = Date.parse(`${r.bucket_start}T00:00:00-08:00`);
      const want = bucketFigures(ref, from, from + DAY);
      expect([r.created, r.throughput, r.backlog].map(Number), r.bucket_start).toEqual([
        want.created,
        want.throughput,
        want.backlog,
      ]);
    }
  });
});

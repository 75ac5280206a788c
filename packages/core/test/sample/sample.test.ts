import { describe, expect, it } from "vitest";
import { computeMetrics, parseTicketsCsv } from "../../src/index.js";
import {
  createRandom,
  generateSampleColumns,
  generateSampleTickets,
  SAMPLE_CSV_HEADER,
  sampleColumnsCsv,
  sampleCsvChunks,
  sampleTicketLog,
  sampleTicketsCsv,
} from "../../src/sample/index.js";
import { pick, weightedTable } from "../../src/sample/random.js";

const HOUR = 3_600_000;

/** ISO weekday (1 = Monday) of a `YYYY-MM-DD…` string, from the date alone. */
function weekdayOf(iso: string): number {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

describe("createRandom(seed)", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it("normal() has mean ≈ 0 and standard deviation ≈ 1", () => {
    const r = createRandom(3);
    let sum = 0;
    let sq = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      sq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.05);
    expect(Math.abs(Math.sqrt(sq / n) - 1)).toBeLessThan(0.05);
  });
});

describe("generateSampleTickets(options)", () => {
  it("gives the same tickets for the same seed and different ones for another", () => {
    const a = generateSampleTickets({ seed: 9, tickets: 500, days: 30 });
    expect(generateSampleTickets({ seed: 9, tickets: 500, days: 30 })).toEqual(a);
    expect(generateSampleTickets({ seed: 10, tickets: 500, days: 30 })).not.toEqual(a);
  });

  it("makes exactly `tickets` tickets with unique ids, in creation order, inside the range", () => {
    const t = generateSampleTickets({ seed: 1, tickets: 2000, days: 28, start: "2024-03-04" });
    expect(t).toHaveLength(2000);
    expect(new Set(t.map((x) => x.id)).size).toBe(2000);
    const created = t.map((x) => Date.parse(x.createdAt));
    for (let i = 1; i < created.length; i++)
      expect(created[i]).toBeGreaterThanOrEqual(created[i - 1] as number);
    expect(created[0]).toBeGreaterThanOrEqual(Date.parse("2024-03-04T00:00:00Z"));
    expect(created.at(-1)).toBeLessThan(Date.parse("2024-04-01T00:00:00Z"));
  });

  it("resolves every closed ticket after its creation and before the end", () => {
    const t = generateSampleTickets({ seed: 2, tickets: 3000, days: 60 });
    const end = Date.parse("2024-03-01T00:00:00Z"); // 2024-01-01 + 60 days
    for (const x of t) {
      if (x.resolvedAt === "") continue;
      const lead = Date.parse(x.resolvedAt) - Date.parse(x.createdAt);
      expect(lead).toBeGreaterThanOrEqual(60_000);
      expect(Date.parse(x.resolvedAt)).toBeLessThan(end);
    }
  });

  it("leaves about `openShare` of tickets open when given (0.03, 0.1)", () => {
    const share = (openShare: number) => {
      const t = generateSampleTickets({ seed: 5, tickets: 20_000, days: 180, openShare });
      return t.filter((x) => x.resolvedAt === "").length / t.length;
    };
    expect(Math.abs(share(0.03) - 0.03)).toBeLessThan(0.005);
    expect(Math.abs(share(0.1) - 0.1)).toBeLessThan(0.01);
  });

  it("by default leaves open only the tickets whose resolution falls after the end", () => {
    const options = { seed: 5, tickets: 20_000, days: 180 };
    const c = generateSampleColumns(options);
    const open = c.resolvedAt.filter(Number.isNaN).length;
    // Under 1%: a day or so of arrivals (about 110 a day here), not 3%.
    expect(open / c.size).toBeGreaterThan(0.002);
    expect(open / c.size).toBeLessThan(0.01);
    // openShare: 0 adds none, so it is the same log.
    expect(generateSampleColumns({ ...options, openShare: 0 }).resolvedAt).toEqual(c.resolvedAt);
  });

  it("has weekday-heavy arrivals: a mean weekday gets over twice a mean weekend day", () => {
    const t = generateSampleTickets({ seed: 4, tickets: 14_000, days: 70, start: "2024-01-01" });
    const byWeekday = new Array<number>(8).fill(0);
    for (const x of t) byWeekday[weekdayOf(x.createdAt)]++;
    const weekday = (byWeekday.slice(1, 6).reduce((a, b) => a + b, 0) / 5) as number;
    const weekend = ((byWeekday[6] as number) + (byWeekday[7] as number)) / 2;
    expect(weekday / weekend).toBeGreaterThan(2);
  });

  it("puts most arrivals in working hours (08:00–18:00 local)", () => {
    const t = generateSampleTickets({
      seed: 6,
      tickets: 5000,
      days: 30,
      timeZone: "America/New_York",
    });
    const hours = t.map((x) => Number(x.createdAt.slice(11, 13)));
    const working = hours.filter((h) => h >= 8 && h < 18).length / hours.length;
    expect(working).toBeGreaterThan(0.7);
    expect(t[0]?.createdAt).toMatch(/^2024-01-0\dT\d\d:\d\d:\d\d-05:00$/);
  });

  it("writes local offsets that follow DST, each naming the same instant as UTC would", () => {
    const paris = generateSampleTickets({
      seed: 8,
      tickets: 400,
      days: 10,
      start: "2024-03-26",
      timeZone: "Europe/Paris",
    });
    const offsets = new Set(paris.map((x) => x.createdAt.slice(19)));
    expect(offsets).toEqual(new Set(["+01:00", "+02:00"]));
    const utc = generateSampleTickets({
      seed: 8,
      tickets: 400,
      days: 10,
      start: "2024-03-26",
      timeZone: "UTC",
    });
    expect(utc[0]?.createdAt.endsWith("Z")).toBe(true);
    // Local working hours: the first Paris ticket's local hour matches its UTC instant + offset.
    const first = paris[0] as { createdAt: string };
    const instant = Date.parse(first.createdAt);
    const offsetHours = first.createdAt.endsWith("+02:00") ? 2 : 1;
    expect(new Date(instant + offsetHours * HOUR).toISOString().slice(11, 19)).toBe(
      first.createdAt.slice(11, 19),
    );
  });

  it("uses the documented categories, channels, priorities and inflow kinds (mostly new)", () => {
    const t = generateSampleTickets({ seed: 3, tickets: 5000, days: 60 });
    const kinds = new Map<string, number>();
    for (const x of t) kinds.set(x.inflowKind, (kinds.get(x.inflowKind) ?? 0) + 1);
    expect((kinds.get("new") as number) / t.length).toBeGreaterThan(0.7);
    expect([...kinds.keys()].sort()).toEqual([
      "automated",
      "follow-up",
      "misrouted",
      "new",
      "noise",
      "recurring",
    ]);
    expect(new Set(t.map((x) => x.channel))).toEqual(
      new Set(["Email", "Chat", "Phone", "Web form"]),
    );
    expect(new Set(t.map((x) => x.category)).has("Login & access")).toBe(true);
    for (const x of t) expect(x.assignee === "").toBe(x.inflowKind === "automated");
  });

  it("shapes the backlog by scenario over the last six weeks: healthy flat, rising up, draining down", () => {
    // Backlog at an instant, counted from the columns: created before it and not yet resolved.
    const backlogRatio = (scenario: "healthy" | "rising" | "draining") => {
      const c = generateSampleColumns({
        seed: 11,
        tickets: 30_000,
        days: 126,
        scenario,
        openShare: 0,
      });
      const at = (t: number) => {
        let open = 0;
        for (let i = 0; i < c.size; i++) {
          const r = c.resolvedAt[i] as number;
          if ((c.createdAt[i] as number) < t && (Number.isNaN(r) || r > t)) open++;
        }
        return open;
      };
      const end = c.endMs - 1;
      return at(end) / at(end - 42 * 24 * HOUR);
    };
    expect(backlogRatio("healthy")).toBeGreaterThan(0.7);
    expect(backlogRatio("healthy")).toBeLessThan(1.4);
    expect(backlogRatio("rising")).toBeGreaterThan(1.5);
    expect(backlogRatio("draining")).toBeLessThan(0.6);
  });

  it("throws a clear error for a bad option", () => {
    expect(() => generateSampleTickets({ tickets: -1 })).toThrow(/tickets/);
    expect(() => generateSampleTickets({ start: "2024-02-30" })).toThrow(/not a date/);
    expect(() => generateSampleTickets({ timeZone: "Mars/Base" })).toThrow(/Unknown time zone/);
    expect(() => generateSampleTickets({ scenario: "wild" as "healthy" })).toThrow(/scenario/);
  });
});

describe("sampleTicketsCsv(options)", () => {
  it("writes the header and one line per ticket, matching generateSampleTickets", () => {
    const options = { seed: 12, tickets: 300, days: 14, timeZone: "Europe/Paris" };
    const csv = sampleTicketsCsv(options);
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe(SAMPLE_CSV_HEADER);
    expect(lines).toHaveLength(301);
    const tickets = generateSampleTickets(options);
    tickets.forEach((t, i) => {
      expect(lines[i + 1]).toBe(
        [
          t.id,
          t.createdAt,
          t.resolvedAt,
          t.category,
          t.channel,
          t.priority,
          t.team,
          t.assignee,
          t.inflowKind,
        ].join(","),
      );
    });
  });

  it("chunks concatenate to the whole text; zero tickets give the header alone", () => {
    const c = generateSampleColumns({ seed: 1, tickets: 2500, days: 20 });
    expect([...sampleCsvChunks(c, 1000)].join("")).toBe(sampleColumnsCsv(c));
    expect([...sampleCsvChunks(c, 1000)]).toHaveLength(3);
    expect(sampleTicketsCsv({ tickets: 0 })).toBe(`${SAMPLE_CSV_HEADER}\n`);
  });
});

describe("sampleTicketLog(columns)", () => {
  it("is the log that parsing the sample's CSV gives, so metrics agree", () => {
    for (const timeZone of ["UTC", "Europe/Paris", "America/New_York"]) {
      const columns = generateSampleColumns({
        seed: 21,
        tickets: 3000,
        days: 120,
        start: "2024-02-01",
        timeZone,
      });
      const direct = sampleTicketLog(columns);
      const parsed = parseTicketsCsv(sampleColumnsCsv(columns), { timeZone }).log;
      expect(parsed.ids).toEqual(direct.ids);
      expect(Array.from(parsed.createdAt)).toEqual(Array.from(direct.createdAt));
      expect(Array.from(parsed.finalSolvedAt)).toEqual(Array.from(direct.finalSolvedAt));
      expect(Array.from(parsed.inflowKind)).toEqual(Array.from(direct.inflowKind));
      for (const name of ["category", "team", "assignee"] as const) {
        const text = (log: typeof direct, i: number) =>
          log.attributes[name].values[log.attributes[name].codes[i] as number] ?? "";
        for (let i = 0; i < direct.size; i += 97) expect(text(direct, i)).toBe(text(parsed, i));
      }
      const options = { timeZone, bucket: "week" as const };
      expect(computeMetrics(direct, options)).toEqual(computeMetrics(parsed, options));
    }
  });
});

describe("weightedTable(weights) and pick(table, u)", () => {
  it("picks each index with its share of [0, 1)", () => {
    const table = weightedTable([1, 0, 3]);
    expect(pick(table, 0)).toBe(0);
    expect(pick(table, 0.2499)).toBe(0);
    expect(pick(table, 0.25)).toBe(2);
    expect(pick(table, 0.9999999)).toBe(2);
    const counts = [0, 0, 0];
    for (let k = 0; k < 1000; k++) counts[pick(table, k / 1000)]++;
    expect(counts).toEqual([250, 0, 750]);
  });
});

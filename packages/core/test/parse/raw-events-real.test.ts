import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { applyEvents, parseEventsCsv, parseTicketsCsv, type TicketLog } from "../../src/index.js";
import { caughtError } from "../caught-error.js";
import { readSimpleCsv } from "../reference.js";

// Raw status histories (each set's events.csv), as opposed to the derived
// lifecycle.csv of created/solved/reopened events.
const DATA = join(import.meta.dirname, "..", "..", "..", "..", "..", "shared", "data");
const read = (set: string, file: string) => readFileSync(join(DATA, set, file), "utf8");

const spellsOf = (log: TicketLog) =>
  Array.from({ length: log.spells.size }, (_, k) => [
    log.spells.ticket[k],
    log.spells.start[k],
    log.spells.end[k],
    log.spells.reopened[k],
  ]);

test("bpi2013-problems: its raw status history is refused, naming its most frequent types", () => {
  const { log } = parseTicketsCsv(read("bpi2013-problems", "data.csv"));
  const raw = read("bpi2013-problems", "events.csv");
  const { events } = parseEventsCsv(raw);
  // The type counts, by a plain split of the file (no field holds a comma).
  const counts = new Map<string, number>();
  for (const row of readSimpleCsv(raw))
    counts.set(row.event as string, (counts.get(row.event as string) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5);
  expect(events.otherTypes?.slice(0, 5)).toEqual(top.map(([text, count]) => ({ text, count })));
  const e = caughtError(() => applyEvents(log, events));
  expect(e.code).toBe("no-lifecycle-events");
  const [first, count] = top[0] as [string, number];
  expect(e.message).toContain(`(its types: "${first}" ×${count.toLocaleString("en-US")}`);
  expect(e.message).toContain(
    `None of the event log's ${counts.size > 0 ? [...counts.values()].reduce((a, b) => a + b, 0).toLocaleString("en-US") : 0} events`,
  );
});

test("helpdesk-italy: the raw history with its types mapped (SOURCE.md's rules) gives the lifecycle log's spells", () => {
  const { log } = parseTicketsCsv(read("helpdesk-italy", "data.csv"));
  const lifecycle = applyEvents(
    log,
    parseEventsCsv(read("helpdesk-italy", "lifecycle.csv")).events,
  );
  // SOURCE.md: Resolve ticket solves, Closed closes (a solve while open), any other
  // work activity after a solve reopens; the linked anomaly's states change nothing.
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
  const { events } = parseEventsCsv(read("helpdesk-italy", "events.csv"), {
    types: {
      "Resolve ticket": "solved",
      RESOLVED: "other",
      ...Object.fromEntries(work.map((w) => [w, "reopened" as const])),
    },
  });
  expect(events.otherTypes?.map((t) => t.text).sort()).toEqual([
    "DUPLICATE",
    "INVALID",
    "RESOLVED",
    "VERIFIED",
  ]);
  const raw = applyEvents(log, events);
  expect(raw.log.spells.size).toBe(lifecycle.log.spells.size);
  expect(spellsOf(raw.log)).toEqual(spellsOf(lifecycle.log));
  expect(Array.from(raw.log.finalSolvedAt)).toEqual(Array.from(lifecycle.log.finalSolvedAt));
});

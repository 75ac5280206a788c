import fc from "fast-check";
import { expect, test } from "vitest";
import { agingPoints, computeMetrics, filterLog, parseTicketsCsv } from "../../src/index.js";
import { ticketIdReader } from "../../src/log/packed-ids.js";
import { IdColumn } from "../../src/parse/id-column.js";
import { hashText } from "../../src/parse/text-index.js";

// Ids of any UTF-16 text, lone surrogates and empty ones included, some
// longer than a string-building piece (8,192 chars).
const anyId = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("a", "\ud800", "é"), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 8000, max: 9000 }).map((n) => "x".repeat(n)) },
);

test("an id column gives back each id, its hash, and whether they were strictly ascending", () => {
  fc.assert(
    fc.property(fc.array(anyId, { maxLength: 40 }), fc.boolean(), (ids, reserve) => {
      const column = new IdColumn();
      if (reserve) column.reserve(ids.length, 3);
      // Each id is pushed from the middle of a longer text, as a parser does.
      for (const id of ids) column.push(`<${id}>`, 1, id.length + 1);
      expect(column.size).toBe(ids.length);
      expect(column.toArray()).toEqual(ids);
      ids.forEach((id, i) => {
        expect(column.text(i)).toBe(id);
        expect(column.hash(i)).toBe(hashText(id, 0, id.length));
      });
      expect(column.ascending).toBe(ids.every((id, i) => i === 0 || (ids[i - 1] as string) < id));
    }),
  );
});

test("removing ids keeps the others in order", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(anyId, fc.boolean()), { maxLength: 40 }), (entries) => {
      const column = new IdColumn();
      for (const [id] of entries) column.push(id, 0, id.length);
      column.remove(Uint8Array.from(entries, ([, drop]) => (drop ? 1 : 0)));
      const kept = entries.filter(([, drop]) => !drop).map(([id]) => id);
      expect(column.toArray()).toEqual(kept);
      // Ids pushed after a removal follow the kept ones.
      column.push("z", 0, 1);
      expect(column.text(kept.length)).toBe("z");
    }),
  );
});

test("a subset of an id column holds the kept ids in order, and stays ascending only if it was", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(anyId, fc.boolean()), { maxLength: 40 }), (entries) => {
      const column = new IdColumn();
      for (const [id] of entries) column.push(id, 0, id.length);
      let kept = 0;
      const keep = Int32Array.from(entries, ([, k]) => (k ? kept++ : -1));
      const subset = column.subset(keep);
      const expected = entries.filter(([, k]) => k).map(([id]) => id);
      expect(subset.toArray()).toEqual(expected);
      expect(subset.size).toBe(expected.length);
      if (column.ascending) expect(subset.ascending).toBe(true);
      // The original is untouched.
      expect(column.toArray()).toEqual(entries.map(([id]) => id));
    }),
  );
});

test("filtering a parsed log keeps its ids packed, and they read as the kept tickets' ids", () => {
  const csv =
    "id,created_at,category\nT-1,2024-01-01T00:00Z,Billing\nT-2,2024-01-01T01:00Z,Bug\nT-3,2024-01-01T02:00Z,Billing\n";
  const { log } = parseTicketsCsv(csv);
  const billing = filterLog(log, { category: ["Billing"] });
  expect(Object.getOwnPropertyDescriptor(billing, "ids")?.get).toBeTypeOf("function");
  expect(ticketIdReader(billing)(1)).toBe("T-3");
  expect(billing.ids).toEqual(["T-1", "T-3"]);
  // The source log's ids were never made by it, and read the same.
  expect(Object.getOwnPropertyDescriptor(log, "ids")?.get).toBeTypeOf("function");
  expect(log.ids).toEqual(["T-1", "T-2", "T-3"]);
  // Once the source's ids are strings (and changed), a filter reads those.
  log.ids[2] = "changed";
  expect(filterLog(log, { category: ["Billing"] }).ids).toEqual(["T-1", "changed"]);
});

test("a parsed log's ids read like a plain array: made once, copied, serialized, replaced", () => {
  const { log } = parseTicketsCsv(
    "id,created_at,resolved_at\nB-2,2024-01-02T00:00Z,\nA-1,2024-01-01T00:00Z,2024-01-03T00:00Z\n",
  );
  // One id read without making the rest.
  expect(ticketIdReader(log)(1)).toBe("A-1");
  expect(agingPoints(log, { asOf: Date.parse("2024-01-02T12:00Z") }).ids).toEqual(["A-1", "B-2"]);
  expect(Object.keys(log)[1]).toBe("ids");
  expect(JSON.parse(JSON.stringify(log)).ids).toEqual(["B-2", "A-1"]);
  expect(structuredClone(log).ids).toEqual(["B-2", "A-1"]);
  expect({ ...log }.ids).toEqual(["B-2", "A-1"]);
  // The same array on every read, and a plain, writable property once read.
  const ids = log.ids;
  expect(log.ids).toBe(ids);
  expect(Object.getOwnPropertyDescriptor(log, "ids")).toMatchObject({ value: ids, writable: true });
  ids[0] = "changed";
  expect(ticketIdReader(log)(0)).toBe("changed");
  log.ids = ["x", "y"];
  expect(ticketIdReader(log)(1)).toBe("y");
});

test("ids replaced before they were ever read are the ones read after", () => {
  const { log } = parseTicketsCsv("id,created_at\nA,2024-01-01T00:00Z\n");
  log.ids = ["replaced"];
  expect(log.ids).toEqual(["replaced"]);
  expect(ticketIdReader(log)(0)).toBe("replaced");
});

test("ids of a frozen or sealed log read the same, before and after their first read", () => {
  const csv = "id,created_at\nA,2024-01-01T00:00Z\nB,2024-01-02T00:00Z\n";
  for (const lock of [Object.freeze, Object.seal]) {
    const early = parseTicketsCsv(csv).log;
    lock(early);
    expect(ticketIdReader(early)(1)).toBe("B");
    expect(early.ids).toEqual(["A", "B"]);
    expect(early.ids).toBe(early.ids);
    expect(computeMetrics(early).aging.oldestId).toBe("A");
    const late = parseTicketsCsv(csv).log;
    late.ids;
    lock(late);
    expect(late.ids).toEqual(["A", "B"]);
  }
  // A deep freeze reads each property after freezing the object holding it.
  const deep = parseTicketsCsv(csv).log;
  const deepFreeze = (o: object) => {
    Object.freeze(o);
    for (const v of Object.values(o))
      if (typeof v === "object" && !ArrayBuffer.isView(v)) deepFreeze(v);
  };
  deepFreeze(deep);
  expect(Object.isFrozen(deep.ids)).toBe(true);
  expect(computeMetrics(deep).aging.oldestId).toBe("A");
});

test("ids redefined behind the accessor's back are the ones read", () => {
  const csv = "id,created_at\nA,2024-01-01T00:00Z\n";
  const redefined = parseTicketsCsv(csv).log;
  Object.defineProperty(redefined, "ids", { value: ["R"] });
  expect(ticketIdReader(redefined)(0)).toBe("R");
  expect(computeMetrics(redefined).aging.oldestId).toBe("R");
});

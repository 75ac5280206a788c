import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseTicketsCsv } from "../../src/index.js";
import { findRepeatedIds } from "../../src/parse/duplicates.js";
import { hashText } from "../../src/parse/text-index.js";

/** The plain way: a Map from id to its first index. */
function repeatsByMap(ids: string[]): { later: number; first: number }[] {
  const first = new Map<string, number>();
  const out: { later: number; first: number }[] = [];
  ids.forEach((id, i) => {
    const f = first.get(id);
    if (f === undefined) first.set(id, i);
    else out.push({ later: i, first: f });
  });
  return out;
}

const hashesOf = (ids: string[]) => Uint32Array.from(ids, (id) => hashText(id, 0, id.length));

describe("findRepeatedIds", () => {
  test("agrees with a Map on random ids, with real hashes and with every hash colliding", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("A", "B", "C", "AB", "T-1", "T-2", "ü"), { maxLength: 60 }),
        (ids) => {
          const idOf = (i: number) => ids[i] as string;
          expect(findRepeatedIds(ids.length, hashesOf(ids), idOf)).toEqual(repeatsByMap(ids));
          expect(findRepeatedIds(ids.length, new Uint32Array(ids.length), idOf)).toEqual(
            repeatsByMap(ids),
          );
          // Hashes differing only in their low bits share a slot.
          const low = Uint32Array.from(ids, (id) => id.length);
          expect(findRepeatedIds(ids.length, low, idOf)).toEqual(repeatsByMap(ids));
        },
      ),
    );
  });
  test("a hash buffer longer than the ids (a builder's spare capacity) is ignored past the ids", () => {
    const ids = ["x", "y", "x"];
    const hashes = new Uint32Array(8);
    hashes.set(hashesOf(ids));
    expect(findRepeatedIds(ids.length, hashes, (i) => ids[i] as string)).toEqual([
      { later: 2, first: 0 },
    ]);
  });
});

test("a repeated id far apart in a big file is found, and the rows in between keep their order", () => {
  const lines = ["id,created"];
  for (let i = 0; i < 5000; i++) lines.push(`T-${i},2024-01-01T00:00Z`);
  lines.push("T-17,2024-01-02T00:00Z", "T-4999,2024-01-01T00:00Z");
  const r = parseTicketsCsv(lines.join("\n"));
  expect(r.log.size).toBe(5000);
  expect(r.log.ids[17]).toBe("T-17");
  expect(r.log.ids[4999]).toBe("T-4999");
  expect(r.issues.map((i) => [i.row, i.severity, i.ticketId])).toEqual([
    [5002, "error", "T-17"],
    [5003, "warning", "T-4999"],
  ]);
});

test("ids in ascending order, then a repeat of an earlier or of the last one, are still found", () => {
  const ids = Array.from({ length: 300 }, (_, i) => `T-${String(i).padStart(5, "0")}`);
  for (const repeat of ["T-00017", "T-00299"]) {
    const text = ["id,created", ...ids.map((id) => `${id},2024-01-01`), `${repeat},2024-01-01`];
    const r = parseTicketsCsv(text.join("\n"));
    expect(r.log.ids).toEqual(ids);
    expect(r.issues.map((i) => [i.row, i.severity, i.ticketId])).toEqual([
      [302, "warning", repeat],
    ]);
  }
});

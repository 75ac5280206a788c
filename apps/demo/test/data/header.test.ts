import { describe, expect, test } from "vitest";
import { csvHead, rowsAsRecords } from "../../src/data/header";

describe("csvHead(text, maxRows)", () => {
  test("picks the delimiter from the header and reads quoted fields", () => {
    const text =
      '\uFEFFVorgang;"Erstellt am";Titel\nX1;2024-05-01;"Drucker; kaputt"\nX2;2024-05-02;"sagt ""nein"""\n';
    const { header, rows } = csvHead(text, 10);
    expect(header).toEqual(["Vorgang", "Erstellt am", "Titel"]);
    expect(rows).toEqual([
      ["X1", "2024-05-01", "Drucker; kaputt"],
      ["X2", "2024-05-02", 'sagt "nein"'],
    ]);
    expect(rowsAsRecords(header, rows)[0]).toEqual({
      Vorgang: "X1",
      "Erstellt am": "2024-05-01",
      Titel: "Drucker; kaputt",
    });
  });

  test("leaves out the last line of a chunk (it may be cut) and stops at a field spanning lines", () => {
    expect(csvHead("a,b\n1,2\n3,4", 10).rows).toEqual([["1", "2"]]);
    expect(csvHead('a,b\n1,"two\nlines"\n5,6\n', 10).rows).toEqual([]);
    expect(csvHead("a,b\n1,2\n3,4\n5,6\n", 2).rows).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { countOf, fileCounts, formatDecimal, rangeWords } from "../src/format";

describe("demo format", () => {
  it("formatDecimal: one decimal, and a small positive value as <0.1 (LA311's capacity of 0.036 a day)", () => {
    expect([0, 0.036, 0.05, 1.25, 72.2, null].map(formatDecimal)).toEqual([
      "0.0",
      "<0.1",
      "0.1",
      "1.3",
      "72.2",
      "–",
    ]);
  });

  it("countOf(n, one, other): 1 ticket, 0 and 1,200 tickets", () => {
    expect([
      countOf(1, "ticket", "tickets"),
      countOf(0, "ticket", "tickets"),
      countOf(1200, "ticket", "tickets"),
    ]).toEqual(["1 ticket", "0 tickets", "1,200 tickets"]);
  });

  it("rangeWords shows the date inputs' days, and the whole weeks charted when those reach further", () => {
    const result = { bucket: "week", range: { firstDate: "2010-01-11", lastDate: "2013-12-29" } };
    expect(rangeWords(result, "2010-01-13", "2013-12-23")).toBe(
      "Jan 13, 2010 – Dec 23, 2013 (charted in whole weeks: Jan 11, 2010 – Dec 29, 2013)",
    );
    expect(rangeWords(result, "2010-01-11", "2013-12-29")).toBe("Jan 11, 2010 – Dec 29, 2013");
    expect(rangeWords(result, undefined, undefined)).toBe("Jan 11, 2010 – Dec 29, 2013");
  });

  it("rangeWords gives a one-day range as that day alone", () => {
    // 2030-01-01 is a Tuesday: its week runs Monday Dec 31, 2029 – Sunday Jan 6, 2030.
    const result = { bucket: "week", range: { firstDate: "2029-12-31", lastDate: "2030-01-06" } };
    expect(rangeWords(result, "2030-01-01", "2030-01-01")).toBe(
      "Jan 1, 2030 (charted in whole weeks: Dec 31, 2029 – Jan 6, 2030)",
    );
  });

  it("fileCounts(rows, tickets, filtered) says each figure once: rows only when they differ, filtered only when fewer", () => {
    expect(fileCounts(12_000, 12_000, null)).toBe("12,000 tickets");
    expect(fileCounts(12_000, 12_000, 12_000)).toBe("12,000 tickets");
    expect(fileCounts(1, 1, null)).toBe("1 ticket");
    expect(fileCounts(12_010, 12_000, null)).toBe("12,010 rows · 12,000 tickets");
    expect(fileCounts(12_000, 12_000, 3_500)).toBe("12,000 tickets (3,500 after filters)");
    expect(fileCounts(12_010, 12_000, 0)).toBe("12,010 rows · 12,000 tickets (0 after filters)");
  });
});

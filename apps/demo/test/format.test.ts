import { describe, expect, it } from "vitest";
import { countOf, rangeWords } from "../src/format";

describe("demo format", () => {
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
});

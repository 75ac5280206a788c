import { dailySeries, ticketsFromRecords } from "@tidemark/core";
import { describe, expect, it } from "vitest";
import { asOfAfter } from "../../src/levers/useLevers";

describe("asOfAfter(to, zone): the levers' future starts the local day after To, in every zone", () => {
  // One ticket a day, 28 April … 3 June 2024.
  const records = Array.from({ length: 37 }, (_, i) => ({
    id: `T${i}`,
    createdAt: new Date(Date.UTC(2024, 3, 28 + i, 12)).toISOString(),
  }));
  const { log } = ticketsFromRecords(records);
  it.each([
    "UTC",
    "America/Los_Angeles",
    "Europe/Paris",
    "Pacific/Auckland",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
  ])("%s: the history ends on To (May 31)", (timeZone) => {
    const asOf = asOfAfter("2024-05-31", timeZone) as number;
    const series = dailySeries(log, { timeZone, asOf });
    const lastDay = new Date(
      Date.parse(`${series.firstDate}T00:00:00Z`) + (series.inflow.length - 1) * 86_400_000,
    );
    expect(lastDay.toISOString().slice(0, 10)).toBe("2024-05-31");
  });
  it("no To, a date that is no date, or a zone the core refuses give null", () => {
    expect(asOfAfter(null, "UTC")).toBeNull();
    expect(asOfAfter("2024-02-30x", "UTC")).toBeNull();
    expect(asOfAfter("2024-05-31", "Mars/Olympus")).toBeNull();
  });
});

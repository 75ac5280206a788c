import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { detectDateOrder, TimestampReader } from "../../src/time/timestamp.js";
import { WallClock } from "../../src/time/zone.js";

const NOT_A_DATE =
  "not a date (expected ISO 8601 such as 2024-03-31T14:05:00Z, or a slash date such as 03/31/2024)";
const utc = new TimestampReader(new WallClock("UTC"), "mdy");
const paris = new TimestampReader(new WallClock("Europe/Paris"), "dmy");

describe("TimestampReader.read(text)", () => {
  test.each([
    ["2024-03-31T14:05:09Z", "2024-03-31T14:05:09.000Z"],
    ["2024-03-31T14:05:09.123Z", "2024-03-31T14:05:09.123Z"],
    ["2024-03-31 14:05", "2024-03-31T14:05:00.000Z"],
    ["2024-03-31T14:05:09+02:00", "2024-03-31T12:05:09.000Z"],
    ["2024-03-31T14:05:09-0330", "2024-03-31T17:35:09.000Z"],
    ["2024-03-31T14:05:09+05", "2024-03-31T09:05:09.000Z"],
    ["2012-10-09T14:50:17.000+03:00", "2012-10-09T11:50:17.000Z"],
    ["2024-03-31", "2024-03-31T00:00:00.000Z"],
    ["12/31/2017 11:59:58 PM", "2017-12-31T23:59:58.000Z"],
    ["12/31/2017 12:00:00 AM", "2017-12-31T00:00:00.000Z"],
    ["1/2/2018 9:05", "2018-01-02T09:05:00.000Z"],
  ])("reads %s in UTC", (text, iso) => {
    expect(new Date(utc.read(text)).toISOString()).toBe(iso);
  });

  test("a time without an offset is local time in the zone; a date alone is local midnight", () => {
    expect(new Date(paris.read("2024-07-01T10:00")).toISOString()).toBe("2024-07-01T08:00:00.000Z");
    expect(new Date(paris.read("2024-03-31")).toISOString()).toBe("2024-03-30T23:00:00.000Z");
    expect(new Date(paris.read("31/03/2024 02:30")).toISOString()).toBe("2024-03-31T01:30:00.000Z");
  });

  test.each([
    ["", NOT_A_DATE],
    ["yesterday", NOT_A_DATE],
    ["2024/03/31", NOT_A_DATE],
    ["2024-02-30T10:00:00Z", "day 30 does not exist in 2024-2"],
    ["2024-13-01", "month 13 is out of range"],
    ["2024-03-31T25:00:00Z", "time of day out of range"],
    ["2024-03-31T10:00:00 tomorrow", "unexpected text after the time"],
    ["13/31/2017", "month 13 is out of range (dates in this file are read as month/day/year)"],
  ])("refuses %j: %s", (text, reason) => {
    expect(utc.read(text)).toBeNaN();
    expect(utc.reason).toBe(reason);
  });
});

describe("the common layout YYYY-MM-DD[T ]HH:MM:SS[Z|±HH:MM]", () => {
  // From Jan 2, 1900: a wall time shifted by its offset stays in the years read (1900–2199).
  const instant = fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2100, 0, 1) });
  const offsetMinutes = fc.integer({ min: -18 * 60, max: 18 * 60 });
  const two = (n: number) => String(n).padStart(2, "0");

  test("agrees with Date.parse, whatever the date, separator and offset", () => {
    const reader = new TimestampReader(new WallClock("UTC"), "mdy");
    fc.assert(
      fc.property(instant, offsetMinutes, fc.constantFrom("T", " "), (ms, offset, sep) => {
        const wall = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000).toISOString();
        const sign = offset < 0 ? "-" : "+";
        const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
        const text = `${wall.slice(0, 10)}${sep}${wall.slice(11, 19)}${zone}`;
        expect(reader.read(text)).toBe(Date.parse(`${wall.slice(0, 19)}${zone}`));
        expect(reader.read(`${wall.slice(0, 10)}${sep}${wall.slice(11, 19)}Z`)).toBe(
          Date.parse(`${wall.slice(0, 19)}Z`),
        );
      }),
    );
  });

  test("a date remembered from the row before does not leak into an invalid one", () => {
    const reader = new TimestampReader(new WallClock("UTC"), "mdy");
    expect(reader.read("2024-02-28T10:00:00Z")).toBe(Date.UTC(2024, 1, 28, 10));
    expect(reader.read("2023-02-29T10:00:00Z")).toBeNaN();
    expect(reader.reason).toBe("day 29 does not exist in 2023-2");
    expect(reader.read("2024-02-28T24:00:00Z")).toBeNaN();
    expect(reader.read("2024-02-28T10:00:00+19:00")).toBeNaN();
    expect(reader.read("2024-02-28T1a:00:00Z")).toBeNaN();
    expect(reader.read("2024-02-28T10:00:00Z")).toBe(Date.UTC(2024, 1, 28, 10));
  });

  test("without an offset it is wall time in the zone, and counted as naive", () => {
    const reader = new TimestampReader(new WallClock("Europe/Paris"), "dmy");
    expect(reader.read("2024-07-01 10:00:00")).toBe(Date.UTC(2024, 6, 1, 8));
    expect(reader.read("2024-12-01T10:00:00")).toBe(Date.UTC(2024, 11, 1, 9));
    expect(reader.read("2024-12-01T10:00:00Z")).toBe(Date.UTC(2024, 11, 1, 10));
    expect(reader.naiveCount).toBe(2);
  });
});

describe("detectDateOrder(samples) decides once per file", () => {
  test("a first part above 12 means day first; a second part above 12 means month first", () => {
    expect(detectDateOrder(["01/02/2024", "31/01/2024"])).toBe("dmy");
    expect(detectDateOrder(["01/02/2024", "01/31/2024"])).toBe("mdy");
  });
  test("undecidable and contradictory samples", () => {
    expect(detectDateOrder(["01/02/2024", "2024-01-31"])).toBeNull();
    expect(detectDateOrder(["31/01/2024", "01/31/2024"])).toBe("conflict");
  });
  test("a value both of whose parts exceed 12 is no vote (it is no date in either order)", () => {
    expect(detectDateOrder(["31/31/2024", "25/01/2024"])).toBe("dmy");
    expect(detectDateOrder(["13/13/2024", "01/02/2024"])).toBeNull();
  });
});

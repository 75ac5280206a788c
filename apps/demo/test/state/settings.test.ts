import { describe, expect, test } from "vitest";
import {
  defaultSettings,
  isCalendarDay,
  settingsFromSearch,
  settingsToSearch,
} from "../../src/state/settings";

const base = defaultSettings("Europe/Paris");

describe("settingsToSearch(settings) / settingsFromSearch(search, fallback)", () => {
  test("write every setting and read it back", () => {
    const settings = {
      ...base,
      timeZone: "Asia/Tokyo",
      bucket: "day" as const,
      bandLow: 1,
      bandHigh: 3.5,
      from: "2024-01-01",
      to: "2024-03-31",
      filters: { category: ["Billing", "A, B & C"], channel: [], team: ["Tier 2"] },
    };
    const search = settingsToSearch(settings);
    expect(search).toBe(
      "?tz=Asia%2FTokyo&bucket=day&low=1&high=3.5&from=2024-01-01&to=2024-03-31&category=Billing&category=A%2C+B+%26+C&team=Tier+2",
    );
    expect(settingsFromSearch(search, base)).toEqual(settings);
  });

  test("keep the parameters they do not own, such as src", () => {
    expect(settingsToSearch(base, "?src=local-file%2Fdata.csv&tz=UTC")).toBe(
      "?src=local-file%2Fdata.csv&tz=Europe%2FParis&bucket=week&low=0.5&high=2",
    );
  });

  test("an unreadable value falls back to its default, so an edited link still opens", () => {
    const read = settingsFromSearch(
      "?tz=Mars%2FOlympus&bucket=year&low=-1&high=abc&from=31.03.2024",
      base,
    );
    expect(read).toEqual(base);
  });

  test("a band written high-first is read low-first", () => {
    const read = settingsFromSearch("?low=4&high=1", base);
    expect([read.bandLow, read.bandHigh]).toEqual([1, 4]);
  });

  test("a date that is not on the calendar is unreadable: Feb 30, month 13, day 00, Feb 29 of 2023", () => {
    for (const search of [
      "?from=2024-02-30",
      "?from=2024-13-01",
      "?to=2024-04-00",
      "?to=2024-04-31",
      "?from=2023-02-29&to=2024-02-30",
    ]) {
      expect([search, settingsFromSearch(search, base)]).toEqual([search, base]);
    }
    const leap = settingsFromSearch("?from=2024-02-29&to=2024-12-31", base);
    expect([leap.from, leap.to]).toEqual(["2024-02-29", "2024-12-31"]);
  });

  test("a range written to-first is read from-first", () => {
    const read = settingsFromSearch("?from=2024-06-01&to=2024-01-01", base);
    expect([read.from, read.to]).toEqual(["2024-01-01", "2024-06-01"]);
  });

  test("an unreadable end leaves the readable one alone", () => {
    const read = settingsFromSearch("?from=2024-06-01&to=2024-02-30", base);
    expect([read.from, read.to]).toEqual(["2024-06-01", null]);
  });
});

describe("isCalendarDay(text)", () => {
  test("is true for real days, leap days included, and false for days off the calendar", () => {
    expect(["2024-02-29", "2000-02-29", "2024-12-31", "0099-01-01"].map(isCalendarDay)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      [
        "2023-02-29",
        "1900-02-29",
        "2024-02-30",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "2024-4-1",
        "2024-04-01T00:00",
      ].map(isCalendarDay),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });
});

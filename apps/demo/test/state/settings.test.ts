import { describe, expect, test } from "vitest";
import { defaultSettings, settingsFromSearch, settingsToSearch } from "../../src/state/settings";

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
});

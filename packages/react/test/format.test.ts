import { shownBandLimits as coreBandLimits } from "@tidemark/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bucketHeading, inBucket } from "../src/charts/common.js";
import { shownBandLimits as copiedBandLimits } from "../src/format/band-limits.js";
import { createFormatter } from "../src/format/format.js";
import { plural } from "../src/format/plural.js";
import { slotScale } from "../src/scale/band.js";
import { linearScale, niceMax } from "../src/scale/linear.js";
import { themeStyle, themeVar } from "../src/theme/tokens.js";

describe("createFormatter({ locale, timeZone })", () => {
  it("formats counts, durations and dates through Intl in the given locale", () => {
    const de = createFormatter({ locale: "de-DE" });
    expect(de.count(1234567)).toBe("1.234.567");
    expect(createFormatter().hours(36)).toBe("36 hours");
    expect(createFormatter().hours(72)).toBe("3 days");
    expect(createFormatter().day("2024-03-31")).toBe("Mar 31, 2024");
    expect(createFormatter().count(null)).toBe("–");
  });

  it("formats instants in the time zone, not the machine's", () => {
    const t = Date.UTC(2024, 2, 31, 3, 0);
    expect(createFormatter({ timeZone: "America/Los_Angeles" }).instant(t)).toBe("Mar 30, 2024");
    expect(createFormatter({ timeZone: "Europe/Paris" }).instant(t)).toBe("Mar 31, 2024");
  });

  it("bandLimit(v) keeps one decimal under 10 and counts from 10 up", () => {
    const f = createFormatter();
    expect([f.bandLimit(1.25), f.bandLimit(5), f.bandLimit(0.5), f.bandLimit(12.6)]).toEqual([
      "1.3",
      "5",
      "0.5",
      "13",
    ]);
    expect(createFormatter({ locale: "de-DE" }).bandLimit(1.25)).toBe("1,3");
    expect(f.bandLimit(null)).toBe("–");
  });

  it("its copy of core's shownBandLimits (kept out of the charts' bundles) gives the same limits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(copiedBandLimits(low, high)).toEqual(coreBandLimits(low, high));
        },
      ),
    );
  });

  it("bandLimits(low, high) writes core's shownBandLimits in the locale", () => {
    const f = createFormatter();
    expect(f.bandLimits(1.26, 4.96)).toEqual(["1.3", "4.9"]);
    expect(f.bandLimits(1234.4, 5678.9)).toEqual(["1,235", "5,678"]);
    // Under a tenth of a ticket: the digits it needs, low never above high.
    expect(f.bandLimits(0.0227, 0.0909)).toEqual(["0.03", "0.09"]);
    expect(createFormatter({ locale: "de-DE" }).bandLimits(1.26, 4.96)).toEqual(["1,3", "4,9"]);
    expect(f.bandLimits(null, 5)).toEqual(["–", "5"]);
  });

  it("signed(v) writes a minus sign, not a hyphen, and a plus for gains", () => {
    const f = createFormatter();
    expect([f.signed(-7), f.signed(12), f.signed(0)]).toEqual(["\u22127", "+12", "0"]);
    expect(createFormatter({ locale: "de-DE" }).signed(-1234)).toBe("\u22121.234");
  });

  it("falls back on an unknown locale or zone instead of throwing", () => {
    expect(createFormatter({ locale: "xx-!!", timeZone: "Mars/Olympus" }).count(5)).toBe("5");
  });
});

describe("scales", () => {
  it("linearScale maps a zero-width domain and NaN to the baseline", () => {
    expect(linearScale([0, 10], [100, 0])(5)).toBe(50);
    expect(linearScale([3, 3], [100, 0])(3)).toBe(100);
    expect(linearScale([0, 10], [100, 0])(Number.NaN)).toBe(100);
  });

  it("niceMax(93) is 100; nothing gives 1", () => {
    expect(niceMax(93)).toBe(100);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
  });

  it("slotScale(4, 0, 100) centres slots and finds the one under a pixel", () => {
    const s = slotScale(4, 0, 100);
    expect(s.center(0)).toBe(12.5);
    expect(s.indexAt(99)).toBe(3);
    expect(s.indexAt(-5)).toBe(0);
    expect(slotScale(0, 0, 100).indexAt(5)).toBe(-1);
  });
});

describe("theme", () => {
  it("themeVar gives the custom property with the light value as fallback", () => {
    expect(themeVar("inflow")).toBe("var(--tidemark-inflow, #1f6fb2)");
    expect(themeVar("tooltipBackground")).toBe("var(--tidemark-tooltip-background, #1f2933)");
  });

  it("themeStyle sets nothing without a theme, a preset, or a preset with overrides", () => {
    expect(themeStyle(undefined)).toEqual({});
    expect(themeStyle("dark")["--tidemark-background"]).toBe("#131a22");
    const s = themeStyle({ base: "dark", tokens: { inflow: "hotpink" } });
    expect(s["--tidemark-inflow"]).toBe("hotpink");
    expect(s["--tidemark-text"]).toBe("#e6eaee");
    expect(themeStyle({ inflow: "teal" })).toEqual({ "--tidemark-inflow": "teal" });
  });
});

describe("words", () => {
  it("plural(n, one, other) picks the English form: 1 ticket, 0 and 2 tickets", () => {
    expect([0, 1, 2].map((n) => `${n} ${plural(n, "ticket", "tickets")}`)).toEqual([
      "0 tickets",
      "1 ticket",
      "2 tickets",
    ]);
    expect(plural(null, "ticket", "tickets")).toBe("tickets");
  });

  it("inBucket(unit) and bucketHeading(unit, date) read naturally for day, week and month", () => {
    expect(["day", "week", "month"].map((u) => inBucket(u as "day"))).toEqual([
      "on the day",
      "in the week",
      "in the month",
    ]);
    expect(bucketHeading("day", "30 juin 2024")).toBe("Day: 30 juin 2024");
    expect(bucketHeading("week", "Jun 24, 2024")).toBe("Week of Jun 24, 2024");
    expect(bucketHeading("month", "Jun 1, 2024")).toBe("Month of Jun 1, 2024");
  });
});

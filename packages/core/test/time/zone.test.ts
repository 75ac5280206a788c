import { describe, expect, test } from "vitest";
import { instantOfWall, offsetAt, TidemarkError } from "../../src/index.js";
import { WallClock } from "../../src/time/zone.js";

const wall = (iso: string) => Date.parse(`${iso}Z`);
const H = 3_600_000;

describe("offsetAt(zone, instant)", () => {
  test("Paris is +1 h in winter and +2 h in summer", () => {
    expect(offsetAt("Europe/Paris", Date.parse("2024-01-15T12:00:00Z"))).toBe(1 * H);
    expect(offsetAt("Europe/Paris", Date.parse("2024-07-15T12:00:00Z"))).toBe(2 * H);
  });
  test("Los Angeles is -8 h in winter, -7 h in summer; Kolkata +5:30 all year", () => {
    expect(offsetAt("America/Los_Angeles", Date.parse("2024-01-15T12:00:00Z"))).toBe(-8 * H);
    expect(offsetAt("America/Los_Angeles", Date.parse("2024-07-15T12:00:00Z"))).toBe(-7 * H);
    expect(offsetAt("Asia/Kolkata", Date.parse("2024-07-15T12:00:00Z"))).toBe(5.5 * H);
  });
  test("an unknown zone throws a TidemarkError naming it", () => {
    expect(() => offsetAt("Mars/Olympus", 0)).toThrow(TidemarkError);
    expect(() => offsetAt("Mars/Olympus", 0)).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });
});

describe("instantOfWall(zone, wall) follows Temporal's compatible rule", () => {
  test("an ordinary wall time", () => {
    expect(instantOfWall("Europe/Paris", wall("2024-03-30T12:00:00"))).toBe(
      Date.parse("2024-03-30T11:00:00Z"),
    );
  });
  test("a time in the spring-forward gap moves forward by the gap", () => {
    // Paris, 2024-03-31: 02:00 local jumps to 03:00. 02:30 does not exist → 03:30 CEST = 01:30Z.
    expect(instantOfWall("Europe/Paris", wall("2024-03-31T02:30:00"))).toBe(
      Date.parse("2024-03-31T01:30:00Z"),
    );
  });
  test("a time in the fall-back overlap takes the earlier instant", () => {
    // Paris, 2024-10-27: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice → the first, 00:30Z.
    expect(instantOfWall("Europe/Paris", wall("2024-10-27T02:30:00"))).toBe(
      Date.parse("2024-10-27T00:30:00Z"),
    );
  });
  test("Los Angeles midnight on both DST days", () => {
    expect(instantOfWall("America/Los_Angeles", wall("2024-03-10T00:00:00"))).toBe(
      Date.parse("2024-03-10T08:00:00Z"),
    );
    expect(instantOfWall("America/Los_Angeles", wall("2024-03-11T00:00:00"))).toBe(
      Date.parse("2024-03-11T07:00:00Z"),
    );
    expect(instantOfWall("America/Los_Angeles", wall("2024-11-04T00:00:00"))).toBe(
      Date.parse("2024-11-04T08:00:00Z"),
    );
  });
  test("a midnight that falls in a gap (Santiago, 2024-09-08) moves to 01:00", () => {
    // Chile springs forward at 00:00 → 01:00 (-04 → -03): local midnight is 04:00Z.
    expect(instantOfWall("America/Santiago", wall("2024-09-08T00:00:00"))).toBe(
      Date.parse("2024-09-08T04:00:00Z"),
    );
  });
});

describe("WallClock caches per day and agrees with instantOfWall", () => {
  test("on every hour around both Paris transitions", () => {
    const clock = new WallClock("Europe/Paris");
    for (const day of [
      "2024-03-30",
      "2024-03-31",
      "2024-04-01",
      "2024-10-26",
      "2024-10-27",
      "2024-10-28",
    ]) {
      for (let h = 0; h < 24; h++) {
        const w = wall(`${day}T${String(h).padStart(2, "0")}:15:00`);
        expect(clock.instant(w)).toBe(instantOfWall("Europe/Paris", w));
      }
    }
  });
  test("localDay(instant) is the local calendar day", () => {
    const clock = new WallClock("America/Los_Angeles");
    // 2024-03-10T07:59Z is 23:59 on the 9th in LA.
    expect(clock.localDay(Date.parse("2024-03-10T07:59:00Z"))).toBe(
      Date.UTC(2024, 2, 9) / 86_400_000,
    );
    expect(clock.localDay(Date.parse("2024-03-10T08:00:00Z"))).toBe(
      Date.UTC(2024, 2, 10) / 86_400_000,
    );
  });
});

describe("offsetAt caches per day and still agrees with Intl at every instant", () => {
  // An independent offset: the wall time Intl prints, read back as UTC.
  const formats = new Map<string, Intl.DateTimeFormat>();
  const reference = (timeZone: string, t: number) => {
    const f =
      formats.get(timeZone) ??
      new Intl.DateTimeFormat("en-CA", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    formats.set(timeZone, f);
    const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    return Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`) - t;
  };
  test.each([
    "Europe/Paris",
    "America/Los_Angeles",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Asia/Kolkata",
  ])("%s, every 37 minutes over 2024 and either side of each change", (zone) => {
    const start = Date.parse("2024-01-01T00:00:00Z");
    for (let t = start; t < start + 366 * 86_400_000; t += 37 * 60_000) {
      const o = offsetAt(zone, t);
      if (o !== offsetAt(zone, t + 37 * 60_000)) {
        // A change in between: check each second around it.
        for (let u = t; u <= t + 37 * 60_000; u += 1000)
          expect(offsetAt(zone, u)).toBe(reference(zone, u));
      } else {
        expect(o).toBe(reference(zone, t));
      }
    }
  });
});

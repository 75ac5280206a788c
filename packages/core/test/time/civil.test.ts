import { expect, test } from "vitest";
import {
  civilFromDays,
  daysFromCivil,
  formatDay,
  isoWeekday,
  parseDay,
} from "../../src/time/civil.js";

test("daysFromCivil and civilFromDays agree with Date.UTC over 1900–2100", () => {
  for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2100, 0, 1); t += 86_400_000 * 13) {
    const d = new Date(t);
    const days = t / 86_400_000;
    expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(days);
    expect(civilFromDays(days)).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
    expect(isoWeekday(days)).toBe(((d.getUTCDay() + 6) % 7) + 1);
  }
});

test("formatDay / parseDay round-trip and refuse impossible dates", () => {
  expect(formatDay(parseDay("2024-02-29"))).toBe("2024-02-29");
  expect(parseDay("2023-02-29")).toBeNaN();
  expect(parseDay("2024-13-01")).toBeNaN();
  expect(parseDay("31/03/2024")).toBeNaN();
});

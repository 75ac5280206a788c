import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, openTail } from "../src/utf8.js";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("firstInvalidUtf8(bytes, final)", () => {
  it("is -1 for ASCII and well-formed 2-, 3- and 4-byte characters", () => {
    // "aé€😀": 61 | C3 A9 | E2 82 AC | F0 9F 98 80
    const text = bytes(0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80);
    expect(firstInvalidUtf8(text, true)).toBe(-1);
  });

  it.each([
    ["Latin-1 ó before a letter", [0x61, 0xf3, 0x6e], 1],
    ["a lone continuation byte", [0x61, 0x62, 0x80], 2],
    ["an overlong 2-byte form (C0 AF)", [0xc0, 0xaf], 0],
    ["an overlong 3-byte form (E0 80 80)", [0x61, 0xe0, 0x80, 0x80], 1],
    ["a surrogate (ED A0 80)", [0xed, 0xa0, 0x80], 0],
    ["above U+10FFFF (F4 90 80 80)", [0x61, 0xf4, 0x90, 0x80, 0x80], 1],
    ["F5, never a lead byte", [0xf5, 0x80, 0x80, 0x80], 0],
  ])("points at the first byte of %s", (_, b, at) => {
    expect(firstInvalidUtf8(bytes(...(b as number[])), true)).toBe(at);
  });

  it("a character cut off at the end is bad only when final", () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82), false)).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82), true)).toBe(1);
  });
});

describe("openTail(bytes)", () => {
  it("counts the bytes of a character begun at the end and not finished", () => {
    expect(openTail(bytes(0x61, 0x62))).toBe(0);
    expect(openTail(bytes(0x61, 0xc3))).toBe(1);
    expect(openTail(bytes(0x61, 0xc3, 0xa9))).toBe(0);
    expect(openTail(bytes(0x61, 0xe2, 0x82))).toBe(2);
    expect(openTail(bytes(0xf0, 0x9f, 0x98))).toBe(3);
    expect(openTail(bytes(0xf0, 0x9f, 0x98, 0x80))).toBe(0);
  });
});

import { describe, expect, test } from "vitest";
import { sniffTextKind } from "../../src/index.js";

const csv = "ticket_id,created_at\nT-1,2024-01-01\n";
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[2 * i + (bigEndian ? 1 : 0)] = text.charCodeAt(i);
  return out;
};

describe("sniffTextKind(firstBytes)", () => {
  test("UTF-8 text, with or without a byte-order mark, and an empty file are text", () => {
    expect(sniffTextKind(new TextEncoder().encode(csv))).toBe("text");
    expect(sniffTextKind(new TextEncoder().encode(`\uFEFFFacturación,${csv}`))).toBe("text");
    expect(sniffTextKind(new Uint8Array(0))).toBe("text");
  });
  test("UTF-16 by its byte-order mark, or by a zero in every other byte", () => {
    expect(sniffTextKind(Uint8Array.of(0xff, 0xfe, 0x41, 0))).toBe("utf16");
    expect(sniffTextKind(Uint8Array.of(0xfe, 0xff, 0, 0x41))).toBe("utf16");
    expect(sniffTextKind(utf16(csv, false))).toBe("utf16");
    expect(sniffTextKind(utf16(csv, true))).toBe("utf16");
  });
  test("zero bytes without that pattern are binary (a zip, an image)", () => {
    expect(sniffTextKind(Uint8Array.of(0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0))).toBe("binary");
    expect(sniffTextKind(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13))).toBe(
      "binary",
    );
  });
});

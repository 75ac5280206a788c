import { describe, expect, it } from "vitest";
import { NotUtf8Error, utf8DecoderStream } from "../../src/data/decode";

/** Streams `chunks` through the decoder: the text, or the error it fails with. */
async function decode(...chunks: Uint8Array[]): Promise<string | NotUtf8Error> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  try {
    let text = "";
    const reader = input.pipeThrough(utf8DecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return text;
      text += value;
    }
  } catch (error) {
    return error as NotUtf8Error;
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);
/** ISO-8859-1: one byte per character (all here are under U+0100). */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** UTF-16LE with its byte-order mark FF FE. */
const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out[2 + 2 * i] = s.charCodeAt(i);
  return out;
};

const CSV = "id,created,category\n1,2024-03-01,Billing\n2,2024-03-02,Facturación\n";

describe("utf8DecoderStream()", () => {
  it("passes UTF-8 through, drops a byte-order mark, and joins a character split across chunks", async () => {
    const bytes = utf8(`\uFEFF${CSV}`);
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of "ó"
    expect(await decode(bytes.slice(0, cut), bytes.slice(cut))).toBe(CSV);
  });

  it("refuses Latin-1 and names the line of the first bad byte (line 3: Facturación)", async () => {
    const error = await decode(latin1(CSV));
    expect(error).toBeInstanceOf(NotUtf8Error);
    expect((error as NotUtf8Error).code).toBe("not-utf8");
    expect((error as Error).message).toMatch(
      /^This file is not UTF-8 text \(line 3\): save it as UTF-8/,
    );
  });

  it("counts the lines of earlier chunks: the bad byte in the second chunk is still on line 3", async () => {
    const bytes = latin1(CSV);
    const cut = CSV.indexOf("2,2024");
    expect(((await decode(bytes.slice(0, cut), bytes.slice(cut))) as Error).message).toContain(
      "(line 3)",
    );
  });

  it("refuses UTF-16 (byte-order mark FF FE) as UTF-16, not as NUL-filled columns", async () => {
    const error = await decode(utf16le(CSV));
    expect((error as NotUtf8Error).code).toBe("utf16");
    expect((error as Error).message).toMatch(/^This file is UTF-16 text: save it as UTF-8/);
  });

  it("refuses UTF-16 without a byte-order mark too", async () => {
    const error = await decode(utf16le(CSV).slice(2));
    expect((error as NotUtf8Error).code).toBe("utf16");
  });

  it("refuses a binary file (a PNG's first bytes, a zip's) as not a text file", async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const png_ = (await decode(png)) as NotUtf8Error;
    expect(png_.code).toBe("not-text");
    expect(png_.message).toMatch(/^This file is not a text file/);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]);
    expect(((await decode(zip)) as Error).message).toContain("Excel workbook");
  });
});

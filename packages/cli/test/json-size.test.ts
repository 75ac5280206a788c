import { afterAll, describe, expect, it, vi } from "vitest";
import { isTooLargeForJson, jsonTooLarge } from "../src/json-size.js";
import { run, tempFiles } from "./helpers.js";

/** What Node throws for text longer than its longest string (about 512 MB). */
const stringTooLong = () =>
  Object.assign(new Error("Cannot create a string longer than 0x1fffffe8 characters"), {
    code: "ERR_STRING_TOO_LONG",
  });

// Reading a real 512 MB file takes too long for a test: this file's JSON is
// "read" as Node reads one over the string limit.
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  return {
    ...fs,
    readFile: (async (path: string, ...rest: unknown[]) => {
      if (String(path).endsWith("huge.json")) throw stringTooLong();
      return (fs.readFile as (...a: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readFile,
  };
});

const files = tempFiles({ "huge.json": '[{"id":"a","created_at":"2024-01-01"}]' });
afterAll(() => files.cleanup());

describe("a JSON file over the runtime's string limit", () => {
  it("tidemark metrics huge.json says JSON is read whole and to export CSV, exit 2", async () => {
    const r = await run(["metrics", "huge.json"], { cwd: files.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "tidemark: huge.json is too large to read as JSON: JSON is read whole, so a file over about 512 MB cannot be read as JSON; export it as CSV, which is streamed.\n",
    );
  });

  it("isTooLargeForJson(e) knows Node's string-length and file-size errors, and nothing else", () => {
    expect(isTooLargeForJson(stringTooLong())).toBe(true);
    expect(isTooLargeForJson(new RangeError("Invalid string length"))).toBe(true);
    expect(
      isTooLargeForJson(
        Object.assign(new RangeError("File size …"), { code: "ERR_FS_FILE_TOO_LARGE" }),
      ),
    ).toBe(true);
    expect(isTooLargeForJson(Object.assign(new Error("EACCES"), { code: "EACCES" }))).toBe(false);
    expect(isTooLargeForJson(null)).toBe(false);
  });

  it("jsonTooLarge(name) names the input", () => {
    expect(jsonTooLarge("standard input")).toMatch(
      /^standard input is too large to read as JSON: /,
    );
  });
});

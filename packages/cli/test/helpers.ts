import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../src/index.js";

/** The shared real data sets, read in place (never copied into the repo). */
export const DATA = resolve(import.meta.dirname, "../../../../shared/data");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tidemark …` in-process with captured output. */
export async function run(
  argv: string[],
  options: {
    cwd?: string;
    isTTY?: boolean;
    progressThreshold?: number;
    stdin?: (string | Buffer)[];
  } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.isTTY ?? false },
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.stdin
      ? { stdin: options.stdin.map((s) => (typeof s === "string" ? Buffer.from(s) : s)) }
      : {}),
    ...(options.progressThreshold !== undefined
      ? { progressThreshold: options.progressThreshold }
      : {}),
  });
  return { code, stdout, stderr };
}

/** A temporary folder with the given files; call `cleanup` when done. */
export function tempFiles(files: Record<string, string>): {
  dir: string;
  path: (name: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), "tidemark-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return {
    dir,
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A small RFC 4180 reader for checking outputs and building references (separate from core's). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV text as objects keyed by the header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  return rows.map((r) => Object.fromEntries((header as string[]).map((h, k) => [h, r[k] ?? ""])));
}

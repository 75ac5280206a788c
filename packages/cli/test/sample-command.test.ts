import { execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { run, tempFiles } from "./helpers.js";

const files = tempFiles({});
afterAll(() => files.cleanup());

describe("tidemark sample", () => {
  it("writes the seeded sample CSV, creating the folder, and the same seed gives the same file", async () => {
    const a = await run(
      ["sample", "--out", ".sample/a.csv", "--seed", "5", "--tickets", "2000", "--days", "28"],
      { cwd: files.dir },
    );
    expect(a.code).toBe(0);
    expect(a.stderr).toBe("Wrote 2,000 sample tickets to .sample/a.csv.\n");
    const text = readFileSync(join(files.dir, ".sample/a.csv"), "utf8");
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "ticket_id,created_at,resolved_at,category,channel,priority,team,assignee,inflow_kind",
    );
    expect(lines).toHaveLength(2001);
    await run(
      ["sample", "--out", ".sample/b.csv", "--seed", "5", "--tickets", "2000", "--days", "28"],
      { cwd: files.dir },
    );
    expect(readFileSync(join(files.dir, ".sample/b.csv"), "utf8")).toBe(text);
    const stdout = await run(["sample", "--seed", "5", "--tickets", "2000", "--days", "28"]);
    expect(stdout.stdout).toBe(text);
  });

  it("--out naming a folder (a trailing slash, or one that exists) writes tickets.csv in it", async () => {
    const slash = await run(["sample", "--out", "into/", "--tickets", "10"], { cwd: files.dir });
    expect(slash.stderr).toBe("Wrote 10 sample tickets to into/tickets.csv.\n");
    expect(readFileSync(join(files.dir, "into", "tickets.csv"), "utf8").split("\n")).toHaveLength(
      12,
    );
    const existing = await run(["sample", "--out", "into", "--tickets", "20"], { cwd: files.dir });
    expect(existing.stderr).toBe("Wrote 20 sample tickets to into/tickets.csv.\n");
    expect(readFileSync(join(files.dir, "into", "tickets.csv"), "utf8").split("\n")).toHaveLength(
      22,
    );
  });

  it("rejects bad numbers and unknown scenarios with exit 2", async () => {
    for (const argv of [
      ["--tickets", "-3"],
      ["--days", "0"],
      ["--seed", "x"],
      ["--scenario", "wild"],
      ["--start", "2024-13-01"],
      ["--tz", "Nowhere"],
    ]) {
      const r = await run(["sample", ...argv]);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("feeds tidemark metrics: the README's two steps", async () => {
    await run(["sample", "--out", ".sample/tickets.csv"], { cwd: files.dir });
    const r = await run(["metrics", ".sample/tickets.csv", "--bucket", "week"], { cwd: files.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Tickets   10,000 from 10,000 rows");
  });
});

describe("progress on stderr for big files", () => {
  it("rewrites one line on a terminal, and prints nothing when stderr is a file or a pipe", async () => {
    await run(["sample", "--out", "big.csv", "--tickets", "30000", "--days", "60"], {
      cwd: files.dir,
    });
    const piped = await run(["metrics", "big.csv", "--format", "csv"], {
      cwd: files.dir,
      progressThreshold: 1000,
    });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe("");
    const tty = await run(["metrics", "big.csv", "--format", "csv"], {
      cwd: files.dir,
      progressThreshold: 1000,
      isTTY: true,
    });
    expect(tty.stderr).toMatch(/^\rReading big\.csv: +\d+%/);
    expect(tty.stderr).toContain("\u001b[K"); // clears the rest of the line
    expect(tty.stderr.endsWith("\n")).toBe(true);
    const small = await run(["metrics", "big.csv", "--format", "csv"], { cwd: files.dir });
    expect(small.stderr).toBe("");
  });
});

describe("the built command, as a real process", () => {
  const bin = resolve(import.meta.dirname, "../dist/bin.js");
  it("exits 2 with one line and no stack trace on an empty file, and 0 on a good one", async () => {
    // turbo builds the CLI before its tests (packages/cli/turbo.json); alone, run `pnpm build` first.
    expect(existsSync(bin), `${bin} is missing: build the CLI first`).toBe(true);
    const exec = promisify(execFile);
    writeFileSync(join(files.dir, "empty.csv"), "");
    const failed = await exec(process.execPath, [bin, "metrics", "empty.csv"], {
      cwd: files.dir,
    }).catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe(
      'tidemark: empty.csv is empty: expected a CSV header such as "ticket_id,created_at,resolved_at" and one row per ticket.\n',
    );
    await exec(
      process.execPath,
      [bin, "sample", "--out", "p.csv", "--tickets", "500", "--days", "14"],
      { cwd: files.dir },
    );
    const ok = await exec(process.execPath, [bin, "metrics", "p.csv", "--format", "csv"], {
      cwd: files.dir,
    });
    expect(ok.stdout.split("\n")[0]).toMatch(/^bucket_start,created,/);
    expect(ok.stdout.trimEnd().split("\n").length).toBeGreaterThanOrEqual(15);
  });

  it("output it cannot write: one line and exit 2 for a full disk, a quiet exit 0 for a closed pipe", async () => {
    writeFileSync(
      join(files.dir, "p2.csv"),
      "ticket_id,created_at,resolved_at\nA,2024-03-04T09:00:00Z,\n",
    );
    const full = spawnSync(process.execPath, [bin, "metrics", "p2.csv"], {
      cwd: files.dir,
      stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
      encoding: "utf8",
    });
    expect(full.status).toBe(2);
    expect(full.stderr).toMatch(/^tidemark: cannot write the output: .*ENOSPC.*\n$/);
    // `tidemark sample | head -c 1`: the reader goes away after one byte.
    const piped = spawnSync(
      "bash",
      ["-c", `set -o pipefail; "${process.execPath}" "${bin}" sample --tickets 50000 | head -c 1`],
      {
        cwd: files.dir,
        encoding: "utf8",
      },
    );
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe("");
  });

  it("validate with bad rows into a reader that has gone away still exits 1, quietly", async () => {
    // 2,000 rows whose created_at cannot be read: far more report than a pipe holds.
    const rows = Array.from({ length: 2000 }, (_, i) => `T${i},not a date,`);
    writeFileSync(
      join(files.dir, "bad.csv"),
      `ticket_id,created_at,resolved_at\n${rows.join("\n")}\n`,
    );
    const child = spawn(process.execPath, [bin, "validate", "bad.csv"], {
      cwd: files.dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The reader closes its end before a byte is written (`| head -0`).
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((r) => child.on("close", (c) => r(c)));
    expect(code).toBe(1);
    expect(stderr).toBe("");
  });

  it("sample --out under /proc fails at once (Node's recursive mkdir never returned there)", async () => {
    const r = spawnSync(
      process.execPath,
      [bin, "sample", "--tickets", "10", "--out", "/proc/nope/x.csv"],
      {
        encoding: "utf8",
        timeout: 20_000,
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tidemark: Cannot write \/proc\/nope\/x\.csv: ENOENT.*\n$/);
  });
});

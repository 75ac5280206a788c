import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { createTicketCsvParser } from "../../src/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

test("a streamed file is not kept alive through its long ids: memory holds the log, not the text", () => {
  const subject = "a long subject line that the log does not keep ".repeat(10);
  const before = heapMiB();
  const parser = createTicketCsvParser();
  parser.push("ticket_id,created_at,subject\n");
  let rows = 0;
  let chars = 0;
  for (let chunk = 0; chunk < 40; chunk++) {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++, rows++) {
      // 36-char ids, as UUIDs are: long enough for a slice to share its source.
      lines.push(
        `${String(rows).padStart(8, "0")}-0000-4000-8000-000000000000,2024-01-01T00:00:00Z,${subject}`,
      );
    }
    const text = `${lines.join("\n")}\n`;
    chars += text.length;
    parser.push(text);
  }
  const { log } = parser.end();
  const grown = heapMiB() - before;
  expect(log.size).toBe(rows);
  expect(log.ids[rows - 1]).toBe(
    `${String(rows - 1).padStart(8, "0")}-0000-4000-8000-000000000000`,
  );
  const textMiB = chars / 2 ** 20;
  expect(textMiB).toBeGreaterThan(35);
  // 80,000 tickets take ~10 MiB (ids and columns); the text read was ~38 MiB.
  expect(grown).toBeLessThan(20);
});

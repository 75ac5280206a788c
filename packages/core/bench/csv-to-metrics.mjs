// One whole run as the CLI does it: stream a CSV file through the parser, compute
// daily metrics, print the process's peak resident memory (MiB) as JSON.
import { createReadStream } from "node:fs";
import { computeMetrics, createTicketCsvParser } from "../dist/index.js";

const [file, timeZone] = process.argv.slice(2);
const parser = createTicketCsvParser({ timeZone });
for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }))
  parser.push(chunk);
const { log } = parser.end();
const m = computeMetrics(log, { timeZone });
if (m.buckets.length === 0) throw new Error("no buckets");
console.log(JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024 }));

// Server-rendering a 3,650-point trend (ten years of days). Run after `pnpm build`:
//   node bench/ssr.bench.mjs
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { BacklogTrend, Bathtub, CumulativeFlow, FlowTrend, HealthTile } from "../dist/index.js";

const DAY = 86_400_000;
const from = Date.UTC(2015, 0, 1);
let level = 60;
const buckets = Array.from({ length: 3650 }, (_, i) => {
  const inflow = 40 + Math.round(20 * Math.sin(i / 9));
  const throughput = 40 + Math.round(18 * Math.cos(i / 11));
  level += inflow - throughput;
  const capacity = 40;
  const status = level < 20 ? "below" : level > 80 ? "above" : "healthy";
  return {
    start: new Date(from + i * DAY).toISOString().slice(0, 10),
    startMs: from + i * DAY,
    endMs: from + (i + 1) * DAY,
    created: inflow,
    reopened: 0,
    inflow,
    throughput,
    netFlow: inflow - throughput,
    backlog: level,
    peakBacklog: level,
    leadTime: null,
    firstResolution: null,
    capacity,
    backlogDays: level / capacity,
    bandLow: 20,
    bandHigh: 80,
    status,
  };
});
const result = {
  schemaVersion: 1,
  timeZone: "UTC",
  bucket: "day",
  weekStartsOn: 1,
  range: {
    from,
    to: from + 3650 * DAY,
    firstDate: buckets[0].start,
    lastDate: buckets.at(-1).start,
  },
  band: { lowDays: 0.5, highDays: 2 },
  capacityWindowDays: 28,
  startBacklog: 60,
  buckets,
  totals: {
    created: 0,
    reopened: 0,
    inflow: 0,
    throughput: 0,
    leadTime: null,
    firstResolution: null,
  },
  inflowMix: { byKind: {}, total: 0, avoidableShare: null },
  aging: {
    asOf: from,
    count: 0,
    p50: null,
    p85: null,
    p95: null,
    oldest: null,
    oldestId: null,
    olderThan: [],
  },
};

// Wall time and this process's CPU time: on a shared machine the CPU time is the
// steadier figure (wall time includes waiting for a core).
function bench(name, element, runs = 60) {
  for (let i = 0; i < 10; i++) renderToString(element);
  const wall = [];
  const cpu = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    bytes = renderToString(element).length;
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)].toFixed(2);
  console.log(
    `${name.padEnd(30)} wall median ${median(wall)} ms, CPU median ${median(cpu)} ms (${(bytes / 1024).toFixed(0)} kB HTML)`,
  );
}

bench("BacklogTrend, 3,650 days", createElement(BacklogTrend, { result, width: 800 }));
bench("FlowTrend, 3,650 days", createElement(FlowTrend, { result, width: 800 }));
bench("CumulativeFlow, 3,650 days", createElement(CumulativeFlow, { result, width: 800 }));
bench("Bathtub (last of 3,650 days)", createElement(Bathtub, { result }));
bench("HealthTile", createElement(HealthTile, { result }));

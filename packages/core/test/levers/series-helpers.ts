import type { DailySeries } from "../../src/index.js";

/**
 * A hand-made daily series from `firstDate`: `day(i)` gives the inflow and
 * throughput of day i; the level follows the bathtub equation from `start` (throughput capped at what is open).
 */
export function makeSeries(
  firstDate: string,
  days: number,
  start: number,
  day: (i: number) => { inflow: number; throughput: number },
  timeZone = "UTC",
): DailySeries {
  const inflow: number[] = [];
  const throughput: number[] = [];
  const backlog: number[] = [];
  let level = start;
  for (let i = 0; i < days; i++) {
    const d = day(i);
    // Nothing can be solved that is not open: the drain stops at an empty tub.
    const out = Math.min(d.throughput, level + d.inflow);
    level = level + d.inflow - out;
    inflow.push(d.inflow);
    throughput.push(out);
    backlog.push(level);
  }
  return { timeZone, firstDate, startBacklog: start, inflow, throughput, backlog };
}

/** A tiny seeded generator for test data (not the one under test). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

/** A Poisson draw by inversion (small means only). */
export function poisson(mean: number, u: () => number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  const x = u();
  while (x > cdf && k < 1000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

import { percent } from "./words.js";

/**
 * Little's law on the history used: L = λW, so the expected time a ticket
 * spends open is W = L / λ, with L the mean backlog over the window (a time
 * average: a weekend's dip in the level does not halve it) and λ the throughput
 * rate (per day). It holds for a roughly stable system; the checks say when it
 * does not.
 */
export interface LittlesLaw {
  /** Mean backlog / mean daily throughput over the window: expected days open; null without throughput. */
  leadTimeDays: number | null;
  /** Mean lead time (days) of the tickets finally solved in the history window, to compare; null for none. */
  observedLeadTimeDays: number | null;
  /** (mean inflow − mean throughput) / mean throughput over the window; null without throughput. */
  imbalance: number | null;
  /** Backlog change over the window by a least-squares line, as a share of the mean backlog; null without backlog. */
  trend: number | null;
  /** Whether both assumptions hold, on at least 14 days: |imbalance| ≤ 10% and |trend| ≤ 25%. */
  holds: boolean;
  /** The checks in words: one line per assumption that fails, or one saying both hold. */
  notes: string[];
}

/** Fewer days than this say nothing about steadiness: each weekday twice. */
const MIN_STEADY_DAYS = 14;

export function littlesLaw(
  backlog: readonly number[],
  inflow: readonly number[],
  throughput: readonly number[],
  observedLeadTimeDays: number | null,
): LittlesLaw {
  const n = backlog.length;
  const mean = (a: readonly number[]) => (n > 0 ? a.reduce((s, v) => s + v, 0) / n : 0);
  const lambda = mean(throughput);
  const arrivals = mean(inflow);
  const level = mean(backlog);
  const imbalance = lambda > 0 ? (arrivals - lambda) / lambda : null;
  let trend: number | null = null;
  if (n >= 2 && level > 0) {
    const tMean = (n - 1) / 2;
    let sxy = 0;
    let sxx = 0;
    backlog.forEach((v, t) => {
      sxy += (t - tMean) * (v - level);
      sxx += (t - tMean) ** 2;
    });
    trend = ((sxy / sxx) * (n - 1)) / level;
  }
  const notes: string[] = [];
  if (n < MIN_STEADY_DAYS)
    notes.push(
      `Only ${n} day${n === 1 ? "" : "s"} of history: too few to tell whether the system is steady (${MIN_STEADY_DAYS} or more, each weekday twice).`,
    );
  if (imbalance === null)
    notes.push("Nothing was solved in the window: there is no drain to divide by.");
  else if (Math.abs(imbalance) > 0.1) {
    notes.push(
      `Arrivals and departures are out of balance: ${percent(Math.abs(imbalance))} ${imbalance > 0 ? "more" : "fewer"} came in than was solved, so the estimate ${imbalance > 0 ? "understates" : "overstates"} the wait.`,
    );
  }
  if (trend !== null && Math.abs(trend) > 0.25) {
    notes.push(
      `The backlog is ${trend > 0 ? "growing" : "shrinking"} (${percent(Math.abs(trend))} of its average over the window): the system is not steady, so treat the lead time as a rough guide.`,
    );
  }
  const holds = notes.length === 0;
  if (holds)
    notes.push("Arrivals match departures and the backlog is level: Little's law applies.");
  return {
    leadTimeDays: lambda > 0 ? level / lambda : null,
    observedLeadTimeDays,
    imbalance,
    trend,
    holds,
    notes,
  };
}

import { TidemarkError } from "../errors.js";
import { checkOptions, describeValue } from "../input-checks.js";
import { isoWeekday, MS_PER_DAY } from "../time/civil.js";
import { INFLOW_KINDS } from "../types.js";
import {
  type ResolvedSampleOptions,
  resolveSampleOptions,
  SAMPLE_OPTIONS,
  type SampleOptions,
  scenarioShape,
} from "./options.js";
import {
  AUTOMATED_KIND,
  CATEGORIES,
  CATEGORY_TEAM,
  CATEGORY_WEIGHTS,
  CHANNEL_WEIGHTS,
  CHANNELS,
  HOUR_WEIGHTS,
  INFLOW_KIND_LEAD_FACTOR,
  INFLOW_KIND_WEIGHTS,
  LEAD_SIGMA,
  OPEN_AGE_DAYS,
  PRIORITIES,
  PRIORITY_MEDIAN_HOURS,
  PRIORITY_WEIGHTS,
  TEAM_AGENTS,
  TEAMS,
  WEEKDAY_WEIGHTS,
} from "./profile.js";
import { createRandom, pick, type Random, weightedTable } from "./random.js";

/**
 * A generated ticket log by column: times in epoch ms, text as codes into
 * `values`. A million tickets take about 30 MB.
 */
export interface SampleColumns {
  size: number;
  timeZone: string;
  /** Creation instants, ascending. */
  createdAt: Float64Array;
  /** Resolution instants; NaN where the ticket is still open. */
  resolvedAt: Float64Array;
  category: Uint8Array;
  channel: Uint8Array;
  priority: Uint8Array;
  team: Uint8Array;
  /** Code into `values.assignee`; 255 where no agent touched it (automated answers). */
  assignee: Uint8Array;
  /** Index into the core's `INFLOW_KINDS`. */
  inflowKind: Uint8Array;
  values: {
    category: readonly string[];
    channel: readonly string[];
    priority: readonly string[];
    team: readonly string[];
    assignee: readonly string[];
    inflowKind: readonly string[];
  };
  /** The end of the sample (local midnight after its last day): later resolutions are open. */
  endMs: number;
}

/** No assignee (an automated answer). */
export const NO_ASSIGNEE = 255;

const AGENTS = TEAM_AGENTS.flat();
const AGENT_OFFSET = TEAM_AGENTS.map((_, t) =>
  TEAM_AGENTS.slice(0, t).reduce((n, a) => n + a.length, 0),
);

/**
 * Generates a seeded, realistic helpdesk ticket log by column: weekday-heavy
 * arrivals in working hours, log-normal lead times by priority, the backlog
 * moving as `scenario` says; tickets whose resolution falls after the end are
 * open, and about `openShare` when it is given. Fast enough for a million tickets.
 *
 * @example
 * const sample = generateSampleColumns({ seed: 7, tickets: 1_000_000, days: 730 });
 * sample.createdAt.length; // 1000000
 */
export function generateSampleColumns(options: SampleOptions = {}): SampleColumns {
  options = checkOptions(options, "generateSampleColumns", SAMPLE_OPTIONS);
  const opts = resolveSampleOptions(options);
  const random = createRandom(opts.seed);
  const n = opts.tickets;
  const counts = dailyCounts(opts, random);
  const columns = emptyColumns(n, opts);
  const hours = weightedTable(HOUR_WEIGHTS);
  const tables = {
    category: weightedTable(CATEGORY_WEIGHTS),
    channel: weightedTable(CHANNEL_WEIGHTS),
    priority: weightedTable(PRIORITY_WEIGHTS),
    kind: weightedTable(INFLOW_KIND_WEIGHTS),
  };
  const times = new Float64Array(Math.max(1, ...counts));
  let i = 0;
  let naturalOpen = 0;
  for (let d = 0; d < opts.days; d++) {
    const count = counts[d] as number;
    const day = opts.startDay + d;
    for (let k = 0; k < count; k++) {
      const hour = pick(hours, random.next());
      const seconds = hour * 3600 + Math.floor(random.next() * 3600);
      times[k] = opts.clock.instant(day * MS_PER_DAY + seconds * 1000);
    }
    const sorted = times.subarray(0, count).sort();
    const leadScale = scenarioShape(opts.scenario, d, opts.days).lead;
    for (let k = 0; k < count; k++, i++) {
      const created = sorted[k] as number;
      const category = pick(tables.category, random.next());
      const priority = pick(tables.priority, random.next());
      const kind = pick(tables.kind, random.next());
      const team = CATEGORY_TEAM[category] as number;
      const agents = (TEAM_AGENTS[team] as readonly string[]).length;
      const median =
        (PRIORITY_MEDIAN_HOURS[priority] as number) *
        (INFLOW_KIND_LEAD_FACTOR[kind] as number) *
        leadScale;
      const leadHours = median * Math.exp(LEAD_SIGMA * random.normal());
      // Whole seconds, at least one minute after creation.
      const resolved = created + Math.max(60_000, Math.round(leadHours * 3600) * 1000);
      columns.createdAt[i] = created;
      columns.resolvedAt[i] = resolved < columns.endMs ? resolved : Number.NaN;
      if (resolved >= columns.endMs) naturalOpen++;
      columns.category[i] = category;
      columns.channel[i] = pick(tables.channel, random.next());
      columns.priority[i] = priority;
      columns.team[i] = team;
      columns.assignee[i] =
        kind === AUTOMATED_KIND ? NO_ASSIGNEE : (AGENT_OFFSET[team] as number) + random.int(agents);
      columns.inflowKind[i] = kind;
    }
  }
  if (opts.openShare !== null) leaveOpen(columns, opts.openShare, naturalOpen, random);
  return columns;
}

/** Tickets per day: weekday and yearly seasonality, the scenario, some noise; summing to the total. */
function dailyCounts(opts: ResolvedSampleOptions, random: Random): Int32Array {
  const weights = new Float64Array(opts.days);
  let total = 0;
  for (let d = 0; d < opts.days; d++) {
    const day = opts.startDay + d;
    const weekday = WEEKDAY_WEIGHTS[isoWeekday(day) - 1] as number;
    const season = 1 + 0.08 * Math.cos((2 * Math.PI * (day - 15)) / 365.25);
    const noise = Math.max(0.2, 1 + 0.1 * random.normal());
    const w = weekday * season * noise * scenarioShape(opts.scenario, d, opts.days).inflow;
    weights[d] = w;
    total += w;
  }
  const counts = new Int32Array(opts.days);
  let running = 0;
  let assigned = 0;
  for (let d = 0; d < opts.days; d++) {
    running += weights[d] as number;
    const upTo = d === opts.days - 1 ? opts.tickets : Math.round((running / total) * opts.tickets);
    counts[d] = upTo - assigned;
    assigned = upTo;
  }
  return counts;
}

/**
 * Leaves resolved tickets open at random until about `share` are open: mostly
 * recent ones (waiting on a customer), a few old ones (forgotten).
 */
function leaveOpen(
  columns: SampleColumns,
  share: number,
  naturalOpen: number,
  random: Random,
): void {
  const n = columns.size;
  const wanted = share * n - naturalOpen;
  if (wanted <= 0 || n === naturalOpen) return;
  const decay = OPEN_AGE_DAYS * MS_PER_DAY;
  const weight = (i: number) =>
    Math.exp(-(columns.endMs - (columns.createdAt[i] as number)) / decay);
  let total = 0;
  for (let i = 0; i < n; i++)
    if (!Number.isNaN(columns.resolvedAt[i] as number)) total += weight(i);
  for (let i = 0; i < n; i++) {
    if (
      !Number.isNaN(columns.resolvedAt[i] as number) &&
      random.next() < (wanted * weight(i)) / total
    ) {
      columns.resolvedAt[i] = Number.NaN;
    }
  }
}

function emptyColumns(n: number, opts: ResolvedSampleOptions): SampleColumns {
  return {
    size: n,
    timeZone: opts.clock.timeZone,
    createdAt: new Float64Array(n),
    resolvedAt: new Float64Array(n),
    category: new Uint8Array(n),
    channel: new Uint8Array(n),
    priority: new Uint8Array(n),
    team: new Uint8Array(n),
    assignee: new Uint8Array(n),
    inflowKind: new Uint8Array(n),
    values: {
      category: CATEGORIES,
      channel: CHANNELS,
      priority: PRIORITIES,
      team: TEAMS,
      assignee: AGENTS,
      inflowKind: INFLOW_KINDS,
    },
    endMs: opts.clock.instant((opts.startDay + opts.days) * MS_PER_DAY),
  };
}

/** Throws `invalid-input` unless `columns` came from {@link generateSampleColumns}. */
export function checkSampleColumns(columns: unknown, fn: string): asserts columns is SampleColumns {
  const c = columns as Partial<SampleColumns> | null;
  if (
    c !== null &&
    typeof c === "object" &&
    c.createdAt instanceof Float64Array &&
    typeof c.values === "object"
  )
    return;
  throw new TidemarkError(
    "invalid-input",
    `${fn} expects the result of generateSampleColumns; it was given ${describeValue(columns)}.`,
  );
}

/**
 * A deliberately naive reference for the metric definitions, written apart from
 * the core: local dates come from Intl's own formatting, buckets are compared
 * as date strings, backlog is counted ticket by ticket, and percentiles sort.
 * Slow (fine for tests), and sharing no code with src/.
 */

export interface RefSpell {
  ticket: string;
  start: number;
  end: number | null;
  reopened: boolean;
}

export interface RefTicket {
  id: string;
  createdAt: number;
  /** Solve instants in order: the first and the final solve are read from here. */
  spells: RefSpell[];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of an instant in a zone, by Intl. */
export function localDate(instant: number, timeZone: string): string {
  let f = dateFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dateFormats.set(timeZone, f);
  }
  return f.format(new Date(instant));
}

/** The bucket key (its first local date) of a local date. */
export function bucketKey(date: string, unit: "day" | "week" | "month", weekStartsOn = 1): string {
  if (unit === "day") return date;
  if (unit === "month") return `${date.slice(0, 8)}01`;
  const d = new Date(`${date}T00:00:00Z`);
  const iso = ((d.getUTCDay() + 6) % 7) + 1;
  const back = (iso - weekStartsOn + 7) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** Spells of one ticket from an event history, by the rules in METRICS.md. */
export function spellsFromEvents(
  id: string,
  createdAt: number,
  events: { at: number; type: string }[],
): RefSpell[] {
  const sorted = events
    .map((e, i) => ({ ...e, i }))
    .filter((e) => e.at >= createdAt)
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const spells: RefSpell[] = [{ ticket: id, start: createdAt, end: null, reopened: false }];
  for (const e of sorted) {
    const last = spells[spells.length - 1] as RefSpell;
    const open = last.end === null;
    if ((e.type === "solved" || e.type === "closed") && open) last.end = e.at;
    else if (e.type === "reopened" && !open)
      spells.push({ ticket: id, start: e.at, end: null, reopened: true });
  }
  return spells;
}

/** R-7 quantile by sorting. */
export function refQuantile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return (s[lo] as number) + (h - lo) * ((s[hi] as number) - (s[lo] as number));
}

export interface RefBucket {
  key: string;
  created: number;
  reopened: number;
  throughput: number;
  backlog: number;
  leadTimes: number[];
}

/**
 * Per-bucket counts for the buckets whose keys are given, by the definitions:
 * created/reopened/throughput by the bucket of their instant; backlog = spells
 * opened in this bucket or earlier and not solved in this bucket or earlier;
 * lead times (hours) of tickets whose final solve is in the bucket.
 */
export function referenceBuckets(
  tickets: RefTicket[],
  keys: string[],
  timeZone: string,
  unit: "day" | "week" | "month",
  weekStartsOn = 1,
): Map<string, RefBucket> {
  const keyOf = (t: number) => bucketKey(localDate(t, timeZone), unit, weekStartsOn);
  const out = new Map<string, RefBucket>();
  for (const key of keys)
    out.set(key, { key, created: 0, reopened: 0, throughput: 0, backlog: 0, leadTimes: [] });
  for (const ticket of tickets) {
    for (const s of ticket.spells) {
      const startKey = keyOf(s.start);
      const endKey = s.end === null ? null : keyOf(s.end);
      const b = out.get(startKey);
      if (b) {
        if (s.reopened) b.reopened++;
        else b.created++;
      }
      if (endKey !== null) {
        const e = out.get(endKey);
        if (e) e.throughput++;
      }
      for (const key of keys) {
        if (startKey <= key && (endKey === null || endKey > key))
          (out.get(key) as RefBucket).backlog++;
      }
    }
    const last = ticket.spells[ticket.spells.length - 1] as RefSpell;
    if (last.end !== null) {
      const b = out.get(keyOf(last.end));
      if (b) b.leadTimes.push((last.end - ticket.createdAt) / 3_600_000);
    }
  }
  return out;
}

/** Reads a simple CSV (no quotes) into objects. */
export function readSimpleCsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  const header = (lines[0] as string).split(",");
  return lines.slice(1).map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}

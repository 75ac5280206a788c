/**
 * A deliberately plain reference model for checking the command's figures: it
 * shares no code with the core. Tickets are open from creation to their solve;
 * with an event log, each ticket's events are replayed in time order.
 */
import { csvObjects } from "./helpers.js";

const HOUR = 3_600_000;

/** Epoch ms of an ISO timestamp; one without an offset is read as UTC. */
export function instant(text: string): number {
  const t = text.trim();
  if (t === "") return Number.NaN;
  return Date.parse(/(Z|[+-]\d\d:?\d\d)$/.test(t) ? t : `${t}Z`);
}

interface Spell {
  start: number;
  end: number;
  reopened: boolean;
}

export interface Reference {
  created: number[];
  spells: Spell[];
  /** Per ticket: [createdAt, final solve or NaN]. */
  finals: [number, number][];
}

/** Reads data.csv (and lifecycle.csv) the way METRICS.md defines, skipping unreadable rows. */
export function buildReference(dataCsv: string, lifecycleCsv?: string): Reference {
  const tickets = new Map<string, { created: number; solved: number }>();
  for (const r of csvObjects(dataCsv)) {
    const created = instant(r.created_at ?? "");
    const solvedText =
      (r.resolved_at ?? "") !== "" ? (r.resolved_at as string) : (r.closed_at ?? "");
    const solved = instant(solvedText);
    if (!r.ticket_id || Number.isNaN(created) || solved < created || tickets.has(r.ticket_id))
      continue;
    tickets.set(r.ticket_id, { created, solved });
  }
  const events = new Map<string, { at: number; type: string; order: number }[]>();
  if (lifecycleCsv) {
    csvObjects(lifecycleCsv).forEach((e, order) => {
      const id = e.ticket_id as string;
      const list = events.get(id) ?? [];
      list.push({
        at: instant(e.at as string),
        type: (e.type as string).trim().toLowerCase(),
        order,
      });
      events.set(id, list);
    });
    // Tickets known only from the log, created by their first `created` event.
    for (const [id, list] of events) {
      if (tickets.has(id)) continue;
      const created = list.filter((e) => e.type === "created").map((e) => e.at);
      if (created.length > 0)
        tickets.set(id, { created: Math.min(...created), solved: Number.NaN });
    }
  }
  const ref: Reference = { created: [], spells: [], finals: [] };
  for (const [id, t] of tickets) {
    ref.created.push(t.created);
    const list = events.get(id);
    if (!list) {
      ref.spells.push({ start: t.created, end: t.solved, reopened: false });
      ref.finals.push([t.created, t.solved]);
      continue;
    }
    list.sort((a, b) => a.at - b.at || a.order - b.order);
    let open: Spell | null = { start: t.created, end: Number.NaN, reopened: false };
    const spells: Spell[] = [open];
    for (const e of list) {
      if (e.at < t.created) continue;
      if ((e.type === "solved" || e.type === "closed") && open) {
        open.end = e.at;
        open = null;
      } else if (e.type === "reopened" && !open) {
        open = { start: e.at, end: Number.NaN, reopened: true };
        spells.push(open);
      }
    }
    ref.spells.push(...spells);
    const last = spells[spells.length - 1] as Spell;
    ref.finals.push([t.created, last.end]);
  }
  return ref;
}

/** R-7 quantile (linear between closest ranks) of unsorted values. */
function quantile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return (
    (s[lo] as number) +
    (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] as number) - (s[lo] as number))
  );
}

/** The figures of one bucket [from, to). */
export function bucketFigures(ref: Reference, from: number, to: number) {
  const inside = (t: number) => t >= from && t < to;
  const created = ref.created.filter(inside).length;
  const reopened = ref.spells.filter((s) => s.reopened && inside(s.start)).length;
  const throughput = ref.spells.filter((s) => inside(s.end)).length;
  const backlog = ref.spells.filter((s) => s.start < to && !(s.end < to)).length;
  const leads = ref.finals.filter(([, f]) => inside(f)).map(([c, f]) => (f - c) / HOUR);
  return {
    created,
    reopened,
    inflow: created + reopened,
    throughput,
    netFlow: created + reopened - throughput,
    backlog,
    leadCount: leads.length,
    leadP50: quantile(leads, 0.5),
  };
}

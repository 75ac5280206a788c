/**
 * Stories only: a seeded helpdesk simulation. Tickets arrive, wait a handling
 * time, and are solved first-ready-first-served by a team with a daily capacity;
 * some are reopened and solved again. Inflow above capacity makes the backlog
 * rise, inflow below it makes it drain, as in a real queue. The result is a
 * `TicketLog` built by @tidemark/core itself (records plus a lifecycle event log).
 */
import { applyEvents, parseEventsCsv, type TicketLog, ticketsFromRecords } from "@tidemark/core";
import { type StoryRandom, storyRandom } from "./random.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Values of one ticket attribute and how often each occurs. */
export interface Weighted {
  values: readonly string[];
  weights?: readonly number[];
}

/** What the simulated desk looks like. */
export interface DeskProfile {
  seed: number;
  /** First day, `YYYY-MM-DD` (UTC). */
  start: string;
  days: number;
  idPrefix: string;
  /** Mean arrivals on day `d` (0-based) before the weekday factor. */
  arrivals(d: number): number;
  /** Solves the team can make on day `d` before the weekday factor. */
  capacity(d: number): number;
  /** Arrival factor by weekday, Monday first. */
  arrivalWeekday: readonly number[];
  /** Capacity factor by weekday, Monday first. */
  workWeekday: readonly number[];
  /** Median and spread (σ of the log) of the handling time, hours. */
  handling: { medianHours: number; sigma: number };
  /** Share of solved tickets that come back. */
  reopenShare: number;
  /** Share of tickets nobody will ever solve (a tracker's long open tail). */
  neverSolvedShare?: number;
  attributes: Record<"category" | "channel" | "priority" | "team" | "inflowKind", Weighted>;
  agents: number;
}

interface Work {
  ticket: number;
  readyAt: number;
}

interface TicketDraft {
  id: string;
  createdAt: number;
  resolvedAt: number | null;
  category: string;
  channel: string;
  priority: string;
  team: string;
  assignee: string;
  inflowKind: string;
}

const daytime = (r: StoryRandom): number => {
  // Most arrivals in office hours, some at night.
  const h = r.next() < 0.85 ? 7 + r.next() * 11 : r.next() * 24;
  return h * HOUR;
};

/** Runs the simulation and parses its output with @tidemark/core. */
export function simulateDesk(p: DeskProfile): TicketLog {
  const r = storyRandom(p.seed);
  const t0 = Date.parse(`${p.start}T00:00:00Z`);
  const tickets: TicketDraft[] = [];
  const events: string[] = ["ticket_id,at,type"];
  const reopenedIds = new Set<number>();
  const reopenAt = new Map<number, Work[]>(); // day → reopened work
  let pending: Work[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const handling = () => r.logNormal(p.handling.medianHours, p.handling.sigma) * HOUR;
  for (let d = 0; d < p.days; d++) {
    const dayStart = t0 + d * DAY;
    const dow = (new Date(dayStart).getUTCDay() + 6) % 7;
    const n = r.count(p.arrivals(d) * (p.arrivalWeekday[dow] ?? 1));
    for (let k = 0; k < n; k++) {
      const createdAt = dayStart + daytime(r);
      const t = tickets.length;
      const a = p.attributes;
      tickets.push({
        id: `${p.idPrefix}${String(t + 1).padStart(6, "0")}`,
        createdAt,
        resolvedAt: null,
        category: r.pick(a.category.values, a.category.weights),
        channel: r.pick(a.channel.values, a.channel.weights),
        priority: r.pick(a.priority.values, a.priority.weights),
        team: r.pick(a.team.values, a.team.weights),
        assignee: `agent-${1 + r.int(p.agents)}`,
        inflowKind: r.pick(a.inflowKind.values, a.inflowKind.weights),
      });
      const never = r.next() < (p.neverSolvedShare ?? 0);
      pending.push({
        ticket: t,
        readyAt: never ? Number.POSITIVE_INFINITY : createdAt + handling(),
      });
    }
    for (const w of reopenAt.get(d) ?? []) pending.push(w);
    reopenAt.delete(d);
    pending.sort((x, y) => x.readyAt - y.readyAt);
    let capacity = r.count(p.capacity(d) * (p.workWeekday[dow] ?? 1));
    const dayEnd = dayStart + DAY;
    const left: Work[] = [];
    for (const w of pending) {
      if (capacity <= 0 || w.readyAt >= dayEnd) {
        left.push(w);
        continue;
      }
      capacity--;
      const shift = dayStart + (8 + r.next() * 10) * HOUR;
      const solvedAt = Math.max(w.readyAt, Math.min(shift, dayEnd - 1));
      const ticket = tickets[w.ticket] as TicketDraft;
      ticket.resolvedAt = solvedAt;
      events.push(`${ticket.id},${iso(solvedAt)},solved`);
      if (r.next() < p.reopenShare) {
        const at = solvedAt + (0.3 + r.next() * 5) * DAY;
        // Queued for the day it happens, or tomorrow if that is today (already dealt).
        const day = Math.max(d + 1, Math.floor((at - t0) / DAY));
        if (day < p.days) {
          reopenedIds.add(w.ticket);
          ticket.resolvedAt = null;
          events.push(`${ticket.id},${iso(at)},reopened`);
          const list = reopenAt.get(day) ?? [];
          list.push({ ticket: w.ticket, readyAt: at + handling() });
          reopenAt.set(day, list);
        }
      }
    }
    pending = left;
  }
  const records = tickets.map((t) => ({
    ...t,
    createdAt: t.createdAt,
    resolvedAt: t.resolvedAt ?? "",
  }));
  const { log } = ticketsFromRecords(records);
  // Only reopened tickets need their event history; the others have one spell.
  const history = events.filter((line, i) => {
    if (i === 0) return true;
    const id = line.slice(0, line.indexOf(","));
    return reopenedIds.has(Number(id.slice(p.idPrefix.length)) - 1);
  });
  for (const t of reopenedIds) {
    const ticket = tickets[t] as TicketDraft;
    history.push(`${ticket.id},${iso(ticket.createdAt)},created`);
  }
  if (history.length === 1) return log;
  return applyEvents(log, parseEventsCsv(history.join("\n")).events).log;
}

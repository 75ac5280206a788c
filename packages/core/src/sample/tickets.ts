import type { InflowKind } from "../types.js";
import { generateSampleColumns, NO_ASSIGNEE } from "./columns.js";
import { sampleColumnsCsv, sampleTicketId, TimestampWriter } from "./csv.js";
import type { SampleOptions } from "./options.js";

/** One generated ticket, as a helpdesk export would list it. */
export interface SampleTicket {
  id: string;
  /** ISO 8601 with the zone's offset, or `Z` in UTC. */
  createdAt: string;
  /** ISO 8601, or `""` while the ticket is open. */
  resolvedAt: string;
  category: string;
  channel: string;
  priority: string;
  team: string;
  /** The agent, or `""` for an automated answer. */
  assignee: string;
  inflowKind: InflowKind;
}

/**
 * A seeded, realistic helpdesk ticket log as plain objects, in creation order.
 * For a million tickets use {@link generateSampleColumns}.
 *
 * @example
 * generateSampleTickets({ seed: 1, tickets: 3 })[0].id; // "T-0000001"
 */
export function generateSampleTickets(options: SampleOptions = {}): SampleTicket[] {
  const c = generateSampleColumns(options);
  const first = c.size > 0 ? (c.createdAt[0] as number) : c.endMs;
  const writer = new TimestampWriter(c.timeZone, first, c.endMs);
  const tickets: SampleTicket[] = [];
  for (let i = 0; i < c.size; i++) {
    const a = c.assignee[i] as number;
    tickets.push({
      id: sampleTicketId(i),
      createdAt: writer.format(c.createdAt[i] as number),
      resolvedAt: writer.format(c.resolvedAt[i] as number),
      category: c.values.category[c.category[i] as number] as string,
      channel: c.values.channel[c.channel[i] as number] as string,
      priority: c.values.priority[c.priority[i] as number] as string,
      team: c.values.team[c.team[i] as number] as string,
      assignee: a === NO_ASSIGNEE ? "" : (c.values.assignee[a] as string),
      inflowKind: c.values.inflowKind[c.inflowKind[i] as number] as InflowKind,
    });
  }
  return tickets;
}

/**
 * A seeded sample ticket log as CSV text, header
 * `ticket_id,created_at,resolved_at,category,channel,priority,team,assignee,inflow_kind`.
 */
export function sampleTicketsCsv(options: SampleOptions = {}): string {
  return sampleColumnsCsv(generateSampleColumns(options));
}

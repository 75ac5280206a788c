import { z } from "zod";
import type { ColumnMapping, TicketField } from "../parse/columns.js";
import { inflowKindOfText } from "../parse/inflow-kind.js";
import { recordValueProblem, recordValueText } from "../parse/record-value.js";
import { isBlankText, trimSpaces } from "../parse/spaces.js";
import { type DateOrder, TimestampReader } from "../time/timestamp.js";
import { WallClock } from "../time/zone.js";
import { ATTRIBUTE_NAMES, INFLOW_KINDS, type InflowKind } from "../types.js";

export type { ColumnMapping };

/** How timestamp strings without an offset are read. */
export interface TimestampSchemaOptions {
  /** IANA zone of times without an offset. Default `"UTC"`. */
  timeZone?: string;
  /** Order of slash dates. Default `"mdy"` (in {@link validateTicketRecords}: as the records show). */
  dateOrder?: DateOrder;
}

const readerOf = (options: TimestampSchemaOptions) =>
  new TimestampReader(new WallClock(options.timeZone ?? "UTC"), options.dateOrder ?? "mdy");

/**
 * A record value as the text {@link ticketsFromRecords} reads the field from
 * (epoch ms and Dates as ISO strings, null as ""), or an issue when it cannot
 * be one: an object, or a time that looks like epoch seconds.
 */
function fieldText(isTime: boolean) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      const problem = recordValueProblem(value, isTime);
      if (problem === null) return recordValueText(value, isTime);
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    });
}

/** A ticket record after parsing: times in epoch ms. */
export interface TicketRecord {
  id: string;
  createdAt: number;
  /** When the ticket was solved: its resolution time, or else its close time; undefined while open. */
  resolvedAt?: number;
  /** The close time, when there is one that reads. */
  closedAt?: number;
  category?: string;
  channel?: string;
  priority?: string;
  team?: string;
  assignee?: string;
  /** The kind, spelt the core's way (`"Follow up"` comes out `"follow-up"`); undefined when blank (`new`). */
  inflowKind?: InflowKind;
}

/**
 * A ticket record: `{ id, createdAt, resolvedAt?, closedAt?, category?, channel?,
 * priority?, team?, assignee?, inflowKind? }`, times as ISO strings, epoch ms or
 * Dates; parsed times come out as epoch ms. It accepts exactly the records
 * {@link ticketsFromRecords} accepts, by the same rules and with the same
 * reasons: a number under 10^11 is refused as epoch seconds; blank means
 * spaces and tabs only; an inflow kind may be in any case and without its
 * hyphen. An empty resolution falls back to the close time, so `resolvedAt`
 * comes out as the close time; beside a resolution the close time is not used,
 * so one that does not read is no issue (and comes out undefined). A
 * resolution before creation is an issue on that field.
 *
 * @example ticketRecordSchema({ timeZone: "Europe/Paris" }).safeParse(row)
 */
export function ticketRecordSchema(options: TimestampSchemaOptions = {}) {
  const reader = readerOf(options);
  const text = fieldText(false);
  const time = fieldText(true);
  return z
    .object({
      id: text,
      createdAt: time,
      resolvedAt: time,
      closedAt: time,
      category: text,
      channel: text,
      priority: text,
      team: text,
      assignee: text,
      inflowKind: text,
    })
    .transform((r, ctx): TicketRecord => {
      let ok = true;
      const issue = (field: TicketField, message: string) => {
        ctx.addIssue({ code: "custom", path: [field], message });
        ok = false;
      };
      const read = (field: TicketField, value: string): number => {
        const t = reader.read(value);
        if (Number.isNaN(t)) issue(field, reader.reason);
        return t;
      };
      const id = trimSpaces(r.id);
      if (id === "") issue("id", "missing ticket id");
      let createdAt = Number.NaN;
      if (isBlankText(r.createdAt)) issue("createdAt", "missing creation time");
      else createdAt = read("createdAt", r.createdAt);
      const solvedBy =
        isBlankText(r.resolvedAt) && !isBlankText(r.closedAt) ? "closedAt" : "resolvedAt";
      const solved = isBlankText(r[solvedBy]) ? Number.NaN : read(solvedBy, r[solvedBy]);
      if (solved < createdAt)
        issue(solvedBy, `${solvedBy === "closedAt" ? "closed" : "resolved"} before it was created`);
      const kind = isBlankText(r.inflowKind) ? 0 : inflowKindOfText(r.inflowKind);
      if (kind < 0)
        issue("inflowKind", `not an inflow kind (use one of ${INFLOW_KINDS.join(", ")})`);
      if (!ok) return z.NEVER;

      const ticket: TicketRecord = { id, createdAt };
      if (!Number.isNaN(solved)) ticket.resolvedAt = solved;
      const closedAt = isBlankText(r.closedAt) ? Number.NaN : reader.read(r.closedAt);
      if (!Number.isNaN(closedAt)) ticket.closedAt = closedAt;
      for (const a of ATTRIBUTE_NAMES) {
        const value = trimSpaces(r[a]);
        if (value !== "") ticket[a] = value;
      }
      if (!isBlankText(r.inflowKind)) ticket.inflowKind = INFLOW_KINDS[kind];
      return ticket;
    });
}

/** An event log row `{ ticketId, at, type }`; `at` comes out as epoch ms. */
export function eventRecordSchema(options: TimestampSchemaOptions = {}) {
  const reader = readerOf(options);
  return z.object({
    ticketId: z.union([
      z.string().trim().min(1, "missing ticket id"),
      z.number().transform(String),
    ]),
    at: fieldText(true).transform((value, ctx) => {
      const t = reader.read(value);
      if (!Number.isNaN(t)) return t;
      ctx.addIssue({ code: "custom", message: reader.reason });
      return z.NEVER;
    }),
    type: z.string().trim().min(1, "missing event type"),
  });
}

export type EventRecord = z.output<ReturnType<typeof eventRecordSchema>>;

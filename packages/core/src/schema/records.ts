import { z } from "zod";
import type { ColumnMapping } from "../parse/columns.js";
import { type DateOrder, TimestampReader } from "../time/timestamp.js";
import { WallClock } from "../time/zone.js";
import { INFLOW_KINDS, type RowIssue } from "../types.js";

export type { ColumnMapping };

/** How timestamp strings without an offset are read. */
export interface TimestampSchemaOptions {
  /** IANA zone of times without an offset. Default `"UTC"`. */
  timeZone?: string;
  /** Order of slash dates. Default `"mdy"`. */
  dateOrder?: DateOrder;
}

function timestamp(reader: TimestampReader) {
  return z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
    const t =
      value instanceof Date
        ? value.getTime()
        : typeof value === "number"
          ? Math.floor(value)
          : reader.read(value);
    if (Number.isNaN(t) || !Number.isFinite(t)) {
      ctx.addIssue({
        code: "custom",
        message: typeof value === "string" ? reader.reason : "not a valid time",
      });
      return z.NEVER;
    }
    return t;
  });
}

const blankToUndefined = (v: unknown) =>
  v === null || (typeof v === "string" && v.trim() === "") ? undefined : v;

/**
 * A ticket record: `{ id, createdAt, resolvedAt?, closedAt?, category?, channel?,
 * priority?, team?, assignee?, inflowKind? }`, times as ISO strings, epoch ms or
 * Dates; parsed times come out as epoch ms. An empty resolution falls back to
 * the close time; a resolution before creation is an issue on that field.
 *
 * @example ticketRecordSchema({ timeZone: "Europe/Paris" }).safeParse(row)
 */
export function ticketRecordSchema(options: TimestampSchemaOptions = {}) {
  const reader = new TimestampReader(
    new WallClock(options.timeZone ?? "UTC"),
    options.dateOrder ?? "mdy",
  );
  const time = timestamp(reader);
  const text = z.preprocess(
    blankToUndefined,
    z.union([z.string(), z.number()]).transform(String).optional(),
  );
  return z
    .object({
      id: z.union([z.string().trim().min(1, "missing ticket id"), z.number().transform(String)]),
      createdAt: z
        .preprocess(blankToUndefined, time.optional())
        .refine((v) => v !== undefined, "missing creation time"),
      resolvedAt: z.preprocess(blankToUndefined, time.optional()),
      closedAt: z.preprocess(blankToUndefined, time.optional()),
      category: text,
      channel: text,
      priority: text,
      team: text,
      assignee: text,
      inflowKind: z.preprocess(
        blankToUndefined,
        z.enum(INFLOW_KINDS as [string, ...string[]]).optional(),
      ),
    })
    .superRefine((t, ctx) => {
      const done = t.resolvedAt ?? t.closedAt;
      if (done !== undefined && t.createdAt !== undefined && done < t.createdAt) {
        ctx.addIssue({
          code: "custom",
          path: [t.resolvedAt !== undefined ? "resolvedAt" : "closedAt"],
          message: "resolved before it was created",
        });
      }
    });
}

/** A ticket record after parsing: times in epoch ms. */
export type TicketRecord = z.output<ReturnType<typeof ticketRecordSchema>>;

/** An event log row `{ ticketId, at, type }`; `at` comes out as epoch ms. */
export function eventRecordSchema(options: TimestampSchemaOptions = {}) {
  const reader = new TimestampReader(
    new WallClock(options.timeZone ?? "UTC"),
    options.dateOrder ?? "mdy",
  );
  return z.object({
    ticketId: z.union([
      z.string().trim().min(1, "missing ticket id"),
      z.number().transform(String),
    ]),
    at: timestamp(reader),
    type: z.string().trim().min(1, "missing event type"),
  });
}

export type EventRecord = z.output<ReturnType<typeof eventRecordSchema>>;

/**
 * Validates records after a column mapping (the record's keys are renamed to
 * Tidemark's fields by `columns`; unmapped fields keep their names). Returns the
 * valid tickets and one issue per problem: row (index + `firstRow`), field (the record's
 * own key) and reason.
 *
 * @example validateTicketRecords(rows, { id: "Case", createdAt: "Opened" }, { timeZone: "UTC" })
 */
export function validateTicketRecords(
  records: readonly Record<string, unknown>[],
  columns: ColumnMapping = {},
  options: TimestampSchemaOptions & {
    /** The row number of `records[0]` in reports. Default 1; 2 for rows under a CSV header. */
    firstRow?: number;
  } = {},
): { tickets: TicketRecord[]; issues: RowIssue[] } {
  const firstRow = options.firstRow ?? 1;
  const schema = ticketRecordSchema(options);
  const tickets: TicketRecord[] = [];
  const issues: RowIssue[] = [];
  const fields = Object.keys(schema.shape) as (keyof typeof columns)[];
  records.forEach((record, i) => {
    const input: Record<string, unknown> = {};
    for (const f of fields) {
      const column = columns[f];
      // A field mapped to null has no column.
      input[f] = column === null ? undefined : record?.[column ?? f];
    }
    const result = schema.safeParse(input);
    if (result.success) {
      tickets.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "row");
      const raw = input[field];
      const entry: RowIssue = {
        row: i + firstRow,
        field: columns[field as keyof ColumnMapping] ?? field,
        severity: "error",
        reason: issue.message,
      };
      if (raw !== undefined && raw !== null) entry.value = String(raw).slice(0, 80);
      issues.push(entry);
    }
  });
  return { tickets, issues };
}

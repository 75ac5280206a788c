import { TidemarkError } from "../errors.js";
import type { TimestampReader } from "../time/timestamp.js";
import { ATTRIBUTE_NAMES, INFLOW_KINDS, type InflowKind, type RowIssue } from "../types.js";
import { clip, type TicketLogBuilder } from "./builder.js";
import type { TicketField } from "./columns.js";

/** Raw values of one ticket, by field (undefined = no such column). */
export type RawTicket = Partial<Record<TicketField, string | number | Date | null | undefined>>;

const KIND_BY_NAME = new Map<string, number>(
  INFLOW_KINDS.flatMap((k, i) => [
    [k, i],
    [k.replace("-", ""), i],
    [k.replace("-", " "), i],
  ]),
);

/** Maps a vendor's category values to inflow kinds; unmapped tickets are `new`. */
export type InflowKindMap = Readonly<Record<string, InflowKind>>;

/**
 * Validates one ticket's raw values and adds it to a builder, or reports why
 * not. The rules are the same for every input format: an id, a creation time,
 * a resolution no earlier than creation (an empty resolution falls back to the
 * close time), and a known inflow kind.
 */
export class TicketRowReader {
  private readonly builder: TicketLogBuilder;
  private readonly timestamps: TimestampReader;
  private readonly kindOfCategory: Map<string, number>;
  private readonly names: Record<TicketField, string>;
  private readonly codes = new Int32Array(ATTRIBUTE_NAMES.length);

  constructor(
    builder: TicketLogBuilder,
    timestamps: TimestampReader,
    names: Partial<Record<TicketField, string>>,
    inflowKinds: InflowKindMap = {},
  ) {
    this.builder = builder;
    this.timestamps = timestamps;
    this.names = { ...defaultNames, ...names };
    this.kindOfCategory = new Map();
    for (const [category, kind] of Object.entries(inflowKinds)) {
      const code = KIND_BY_NAME.get(kind);
      if (code === undefined) {
        throw new TidemarkError(
          "invalid-option",
          `Invalid option inflowKinds: "${kind}" (for "${category}") is not one of ${INFLOW_KINDS.join(", ")}.`,
        );
      }
      this.kindOfCategory.set(category, code);
    }
  }

  private issue(row: number, field: TicketField | "row", reason: string, value?: unknown, ticketId?: string): void {
    const issue: RowIssue = { row, field: field === "row" ? "row" : this.names[field], severity: "error", reason };
    if (value !== undefined && value !== null) issue.value = clip(String(value));
    if (ticketId !== undefined) issue.ticketId = ticketId;
    this.builder.issues.push(issue);
  }

  private time(value: RawTicket[TicketField]): number {
    if (value instanceof Date) {
      const t = value.getTime();
      if (Number.isNaN(t)) this.timestamps.reason = "an invalid Date";
      return t;
    }
    if (typeof value === "number") {
      if (!Number.isFinite(value)) {
        this.timestamps.reason = "not a finite number of epoch milliseconds";
        return Number.NaN;
      }
      return Math.floor(value);
    }
    return this.timestamps.read(String(value));
  }

  /** Adds the ticket of record `row`, or records why it cannot be read. */
  add(row: number, raw: RawTicket): void {
    const idValue = raw.id;
    const id = idValue === undefined || idValue === null ? "" : String(idValue).trim();
    if (id === "") return this.issue(row, "id", "missing ticket id");

    const created = raw.createdAt;
    if (isEmpty(created)) return this.issue(row, "createdAt", "missing creation time", undefined, id);
    const createdAt = this.time(created);
    if (Number.isNaN(createdAt)) return this.issue(row, "createdAt", this.timestamps.reason, created, id);

    let field: TicketField = "resolvedAt";
    let done = raw.resolvedAt;
    if (isEmpty(done) && !isEmpty(raw.closedAt)) {
      field = "closedAt";
      done = raw.closedAt;
    }
    let resolvedAt = Number.NaN;
    if (!isEmpty(done)) {
      resolvedAt = this.time(done);
      if (Number.isNaN(resolvedAt)) return this.issue(row, field, this.timestamps.reason, done, id);
      if (resolvedAt < createdAt) {
        return this.issue(row, field, `${field === "closedAt" ? "closed" : "resolved"} before it was created (${String(created)})`, done, id);
      }
    }

    for (let a = 0; a < ATTRIBUTE_NAMES.length; a++) {
      const v = raw[ATTRIBUTE_NAMES[a] as TicketField];
      this.codes[a] = this.builder.code(a, isEmpty(v) ? undefined : String(v).trim());
    }

    let kind = 0;
    const kindValue = raw.inflowKind;
    if (!isEmpty(kindValue)) {
      const k = KIND_BY_NAME.get(String(kindValue).trim().toLowerCase());
      if (k === undefined) {
        return this.issue(row, "inflowKind", `not an inflow kind (use one of ${INFLOW_KINDS.join(", ")})`, kindValue, id);
      }
      kind = k;
    } else if (this.kindOfCategory.size > 0 && !isEmpty(raw.category)) {
      kind = this.kindOfCategory.get(String(raw.category).trim()) ?? 0;
    }
    this.builder.add(row, id, createdAt, resolvedAt, this.codes, kind);
  }
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

const defaultNames: Record<TicketField, string> = {
  id: "id",
  createdAt: "createdAt",
  resolvedAt: "resolvedAt",
  closedAt: "closedAt",
  category: "category",
  channel: "channel",
  priority: "priority",
  team: "team",
  assignee: "assignee",
  inflowKind: "inflowKind",
};

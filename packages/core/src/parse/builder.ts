import {
  ATTRIBUTE_NAMES,
  type AttributeName,
  type CodedColumn,
  type RowIssue,
  type TicketLog,
} from "../types.js";
import { hashText, TextTable } from "./text-index.js";

/** Shortens a raw value for an issue report. */
export function clip(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}

function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/**
 * Collects tickets one by one into the columns of a {@link TicketLog}, coding
 * attribute text once, and reporting duplicate ids: an identical duplicate is
 * merged (a warning), a conflicting one is refused (an error; the first wins).
 */
export class TicketLogBuilder {
  readonly issues: RowIssue[] = [];
  /** The id column's name, for reports of duplicates. */
  idField = "id";
  private size = 0;
  private capacity = 1024;
  /** Ticket ids; a ticket's index is its id's index here. */
  private readonly ids = new TextTable();
  private rows = new Int32Array(this.capacity);
  private createdAt = new Float64Array(this.capacity);
  private resolvedAt = new Float64Array(this.capacity);
  private kinds = new Uint8Array(this.capacity);
  private readonly codes: Int32Array[] = ATTRIBUTE_NAMES.map(() => new Int32Array(this.capacity));
  private readonly dictionaries: TextTable[] = ATTRIBUTE_NAMES.map(() => new TextTable());

  /** The code of attribute text `s[start, end)` (-1 for empty), adding it to the dictionary. */
  code(attribute: number, s: string, start: number, end: number): number {
    return start >= end ? -1 : (this.dictionaries[attribute] as TextTable).intern(s, start, end);
  }

  /**
   * Adds one ticket whose id is `s[idStart, idEnd)`; `attributeCodes` from
   * {@link code}, in ATTRIBUTE_NAMES order.
   */
  add(
    row: number,
    s: string,
    idStart: number,
    idEnd: number,
    createdAt: number,
    resolvedAt: number,
    attributeCodes: ArrayLike<number>,
    kind: number,
  ): void {
    const hash = hashText(s, idStart, idEnd);
    const existing = this.ids.lookup(s, idStart, idEnd, hash);
    if (existing >= 0) {
      this.duplicate(existing, row, createdAt, resolvedAt, attributeCodes, kind);
      return;
    }
    if (this.size === this.capacity) this.enlarge();
    const i = this.size++;
    this.ids.add(s.slice(idStart, idEnd), hash);
    this.rows[i] = row;
    this.createdAt[i] = createdAt;
    this.resolvedAt[i] = resolvedAt;
    this.kinds[i] = kind;
    for (let a = 0; a < ATTRIBUTE_NAMES.length; a++)
      (this.codes[a] as Int32Array)[i] = attributeCodes[a];
  }

  private duplicate(
    i: number,
    row: number,
    createdAt: number,
    resolvedAt: number,
    attributeCodes: ArrayLike<number>,
    kind: number,
  ): void {
    const sameTime = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
    let identical =
      sameTime(this.createdAt[i], createdAt) &&
      sameTime(this.resolvedAt[i], resolvedAt) &&
      this.kinds[i] === kind;
    for (let a = 0; a < ATTRIBUTE_NAMES.length; a++) {
      if ((this.codes[a] as Int32Array)[i] !== attributeCodes[a]) identical = false;
    }
    const first = this.rows[i];
    const id = this.ids.values[i];
    this.issues.push(
      identical
        ? {
            row,
            field: this.idField,
            severity: "warning",
            ticketId: id,
            value: clip(id),
            reason: `duplicate of row ${first}, identical: merged into it`,
          }
        : {
            row,
            field: this.idField,
            severity: "error",
            ticketId: id,
            value: clip(id),
            reason: `duplicate id: row ${first} has the same id with different values; kept row ${first}`,
          },
    );
  }

  private enlarge(): void {
    this.capacity *= 2;
    this.rows = grow(this.rows, this.capacity);
    this.createdAt = grow(this.createdAt, this.capacity);
    this.resolvedAt = grow(this.resolvedAt, this.capacity);
    this.kinds = grow(this.kinds, this.capacity);
    for (let a = 0; a < ATTRIBUTE_NAMES.length; a++)
      this.codes[a] = grow(this.codes[a] as Int32Array, this.capacity);
  }

  /**
   * The log, with one spell per ticket (creation to resolution). Columns are
   * views on the builder's buffers rather than copies, which keeps the peak
   * memory of a big parse down.
   */
  finish(): TicketLog {
    const n = this.size;
    const createdAt = this.createdAt.subarray(0, n);
    const resolvedAt = this.resolvedAt.subarray(0, n);
    const attributes = {} as Record<AttributeName, CodedColumn>;
    ATTRIBUTE_NAMES.forEach((name, a) => {
      attributes[name] = {
        codes: (this.codes[a] as Int32Array).subarray(0, n),
        values: (this.dictionaries[a] as TextTable).values,
      };
    });
    const ticket = new Int32Array(n);
    for (let i = 0; i < n; i++) ticket[i] = i;
    return {
      size: n,
      ids: this.ids.values,
      createdAt,
      firstSolvedAt: resolvedAt,
      finalSolvedAt: resolvedAt,
      inflowKind: this.kinds.subarray(0, n),
      attributes,
      spells: { size: n, ticket, start: createdAt, end: resolvedAt, reopened: new Uint8Array(n) },
    };
  }
}

import { packedIds } from "../log/packed-ids.js";
import {
  ATTRIBUTE_NAMES,
  type AttributeName,
  type CodedColumn,
  type RowIssue,
  type TicketLog,
} from "../types.js";
import { findRepeatedIds } from "./duplicates.js";
import { IdColumn } from "./id-column.js";
import { IssueList } from "./issue-list.js";
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
  readonly issues = new IssueList();
  /** The id column's name, for reports of duplicates. */
  idField = "id";
  private size = 0;
  private capacity = 1024;
  private readonly ids = new IdColumn();
  private rows = new Int32Array(this.capacity);
  private createdAt = new Float64Array(this.capacity);
  private resolvedAt = new Float64Array(this.capacity);
  private kinds = new Uint8Array(this.capacity);
  private readonly codes: Int32Array[] = ATTRIBUTE_NAMES.map(() => new Int32Array(this.capacity));
  private readonly dictionaries: TextTable[] = ATTRIBUTE_NAMES.map(() => new TextTable());

  /** The code of attribute text `s[start, end)` (-1 for empty), adding it to the dictionary. */
  code(attribute: number, s: string, start: number, end: number): number {
    return start >= end ? -1 : (this.dictionaries[attribute] as TextTable).internFew(s, start, end);
  }

  /** The texts of attribute `attribute`, by code. */
  dictionary(attribute: number): TextTable {
    return this.dictionaries[attribute] as TextTable;
  }

  /** The text of attribute `attribute`'s code `code`. */
  attributeValue(attribute: number, code: number): string {
    return (this.dictionaries[attribute] as TextTable).values[code] as string;
  }

  /**
   * Adds one ticket whose id is `s[idStart, idEnd)`; `attributeCodes` from
   * {@link code}, in ATTRIBUTE_NAMES order. Repeated ids are found by
   * {@link finish}.
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
    if (this.size === this.capacity) this.resize(this.capacity * 2);
    const i = this.size++;
    this.ids.push(s, idStart, idEnd);
    this.rows[i] = row;
    this.createdAt[i] = createdAt;
    this.resolvedAt[i] = resolvedAt;
    this.kinds[i] = kind;
    for (let a = 0; a < ATTRIBUTE_NAMES.length; a++)
      (this.codes[a] as Int32Array)[i] = attributeCodes[a];
  }

  /**
   * Reports ticket `later`, whose id repeats ticket `first`'s: identical
   * values are merged (a warning), different ones refused (an error; the
   * first row wins). Either way `later` leaves the log.
   */
  private reportRepeat(later: number, first: number): void {
    const sameTime = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
    let identical =
      sameTime(this.createdAt[first], this.createdAt[later]) &&
      sameTime(this.resolvedAt[first], this.resolvedAt[later]) &&
      this.kinds[first] === this.kinds[later];
    for (const codes of this.codes) if (codes[first] !== codes[later]) identical = false;
    const row = this.rows[later];
    const firstRow = this.rows[first];
    const id = this.ids.text(first);
    this.issues.push(
      identical
        ? {
            row,
            field: this.idField,
            severity: "warning",
            ticketId: id,
            value: clip(id),
            reason: `duplicate of row ${firstRow}, identical: merged into it`,
          }
        : {
            row,
            field: this.idField,
            severity: "error",
            ticketId: id,
            value: clip(id),
            reason: `duplicate id: row ${firstRow} has the same id with different values; kept row ${firstRow}`,
          },
    );
  }

  /** Reports repeated ids and removes their later tickets, keeping the order. */
  private dropRepeatedIds(): void {
    // Exports are often sorted by id; strictly ascending ids cannot repeat.
    if (this.ids.ascending) return;
    const hashes = new Uint32Array(this.size);
    for (let i = 0; i < this.size; i++) hashes[i] = this.ids.hash(i);
    const repeats = findRepeatedIds(this.size, hashes, (i) => this.ids.text(i));
    if (repeats.length === 0) return;
    const drop = new Uint8Array(this.size);
    for (const { later, first } of repeats) {
      this.reportRepeat(later, first);
      drop[later] = 1;
    }
    this.ids.remove(drop);
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      if (drop[i] === 1) continue;
      this.rows[kept] = this.rows[i];
      this.createdAt[kept] = this.createdAt[i];
      this.resolvedAt[kept] = this.resolvedAt[i];
      this.kinds[kept] = this.kinds[i];
      for (const codes of this.codes) codes[kept] = codes[i];
      kept++;
    }
    this.size = kept;
  }

  /**
   * Warns on each ticket whose id a row left out (`unread`) also had: duplicate
   * ids are reported even when one of them could not be read.
   */
  private reportLeftOutTwins(unread: readonly RowIssue[]): void {
    const byHash = new Map<number, RowIssue[]>();
    for (const issue of unread) {
      const id = issue.ticketId as string;
      const h = hashText(id, 0, id.length);
      byHash.set(h, [...(byHash.get(h) ?? []), issue]);
    }
    for (let i = 0; i < this.size; i++) {
      const candidates = byHash.get(this.ids.hash(i));
      if (candidates === undefined) continue;
      const id = this.ids.text(i);
      for (const other of candidates) {
        if (other.ticketId !== id) continue;
        this.issues.push({
          row: this.rows[i] as number,
          field: this.idField,
          severity: "warning",
          ticketId: id,
          value: clip(id),
          reason: `the same id as row ${other.row}, which was left out (${other.field}: ${other.reason}); this row is used`,
        });
      }
    }
  }

  /**
   * Makes room for `tickets` tickets in all, their ids `idLength` chars long
   * on average, when the input's size tells how many to expect: the columns
   * then grow once, not a dozen times, each time copied.
   */
  reserve(tickets: number, idLength: number): void {
    if (tickets > this.capacity) this.resize(tickets);
    this.ids.reserve(tickets, Math.ceil(tickets * idLength));
  }

  private resize(capacity: number): void {
    this.capacity = capacity;
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
    const unread = this.issues.kept.filter(
      (i) => i.severity === "error" && i.ticketId !== undefined,
    );
    this.dropRepeatedIds();
    if (unread.length > 0) this.reportLeftOutTwins(unread);
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
    return packedIds(
      {
        size: n,
        ids: [],
        createdAt,
        firstSolvedAt: resolvedAt,
        finalSolvedAt: resolvedAt,
        inflowKind: this.kinds.subarray(0, n),
        attributes,
        spells: { size: n, ticket, start: createdAt, end: resolvedAt, reopened: new Uint8Array(n) },
      },
      this.ids,
    );
  }
}

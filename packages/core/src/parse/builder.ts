import {
  ATTRIBUTE_NAMES,
  type AttributeName,
  type CodedColumn,
  type RowIssue,
  type TicketLog,
} from "../types.js";

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
  private size = 0;
  private capacity = 1024;
  private ids: string[] = [];
  private rows = new Int32Array(this.capacity);
  private createdAt = new Float64Array(this.capacity);
  private resolvedAt = new Float64Array(this.capacity);
  private kinds = new Uint8Array(this.capacity);
  private readonly codes: Int32Array[] = ATTRIBUTE_NAMES.map(() => new Int32Array(this.capacity));
  private readonly dictionaries: Map<string, number>[] = ATTRIBUTE_NAMES.map(() => new Map());
  private readonly values: string[][] = ATTRIBUTE_NAMES.map(() => []);
  private readonly byId = new Map<string, number>();

  /** The code of an attribute value (-1 for empty), adding it to the dictionary. */
  code(attribute: number, value: string | undefined): number {
    if (value === undefined || value === "") return -1;
    const dictionary = this.dictionaries[attribute] as Map<string, number>;
    let c = dictionary.get(value);
    if (c === undefined) {
      c = dictionary.size;
      dictionary.set(value, c);
      (this.values[attribute] as string[]).push(value);
    }
    return c;
  }

  /** Adds one ticket; `attributeCodes` from {@link code}, in ATTRIBUTE_NAMES order. */
  add(row: number, id: string, createdAt: number, resolvedAt: number, attributeCodes: ArrayLike<number>, kind: number): void {
    const existing = this.byId.get(id);
    if (existing !== undefined) {
      this.duplicate(existing, row, id, createdAt, resolvedAt, attributeCodes, kind);
      return;
    }
    if (this.size === this.capacity) this.enlarge();
    const i = this.size++;
    this.byId.set(id, i);
    this.ids.push(id);
    this.rows[i] = row;
    this.createdAt[i] = createdAt;
    this.resolvedAt[i] = resolvedAt;
    this.kinds[i] = kind;
    for (let a = 0; a < ATTRIBUTE_NAMES.length; a++) (this.codes[a] as Int32Array)[i] = attributeCodes[a] as number;
  }

  private duplicate(
    i: number,
    row: number,
    id: string,
    createdAt: number,
    resolvedAt: number,
    attributeCodes: ArrayLike<number>,
    kind: number,
  ): void {
    const sameTime = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
    let identical =
      sameTime(this.createdAt[i] as number, createdAt) &&
      sameTime(this.resolvedAt[i] as number, resolvedAt) &&
      this.kinds[i] === kind;
    for (let a = 0; a < ATTRIBUTE_NAMES.length; a++) {
      if ((this.codes[a] as Int32Array)[i] !== attributeCodes[a]) identical = false;
    }
    const first = this.rows[i] as number;
    this.issues.push(
      identical
        ? { row, field: "id", severity: "warning", ticketId: id, value: clip(id), reason: `duplicate of row ${first}, identical: merged into it` }
        : { row, field: "id", severity: "error", ticketId: id, value: clip(id), reason: `duplicate id: row ${first} has the same id with different values; kept row ${first}` },
    );
  }

  private enlarge(): void {
    this.capacity *= 2;
    this.rows = grow(this.rows, this.capacity);
    this.createdAt = grow(this.createdAt, this.capacity);
    this.resolvedAt = grow(this.resolvedAt, this.capacity);
    this.kinds = grow(this.kinds, this.capacity);
    for (let a = 0; a < ATTRIBUTE_NAMES.length; a++) this.codes[a] = grow(this.codes[a] as Int32Array, this.capacity);
  }

  /** The row each ticket came from, for reports about tickets. */
  rowOf(ticket: number): number {
    return this.rows[ticket] as number;
  }

  /** The log, with one spell per ticket (creation to resolution). */
  finish(): TicketLog {
    const n = this.size;
    const createdAt = this.createdAt.slice(0, n);
    const resolvedAt = this.resolvedAt.slice(0, n);
    const attributes = {} as Record<AttributeName, CodedColumn>;
    ATTRIBUTE_NAMES.forEach((name, a) => {
      attributes[name] = { codes: (this.codes[a] as Int32Array).slice(0, n), values: this.values[a] as string[] };
    });
    const ticket = new Int32Array(n);
    for (let i = 0; i < n; i++) ticket[i] = i;
    return {
      size: n,
      ids: this.ids,
      createdAt,
      firstSolvedAt: resolvedAt,
      finalSolvedAt: resolvedAt,
      inflowKind: this.kinds.slice(0, n),
      attributes,
      spells: { size: n, ticket, start: createdAt, end: resolvedAt, reopened: new Uint8Array(n) },
    };
  }
}

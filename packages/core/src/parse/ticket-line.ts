import type { TimestampReader } from "../time/timestamp.js";
import { ATTRIBUTE_NAMES } from "../types.js";
import type { TicketLogBuilder } from "./builder.js";
import { TICKET_FIELDS, type TicketField } from "./columns.js";
import { KnownValues } from "./known-values.js";
import { isSpace } from "./spaces.js";
import type { TicketRowReader } from "./ticket-row.js";

const SKIP = 0;
const ID = 1;
const CREATED = 2;
const RESOLVED = 3;
const CLOSED = 4;
const ATTRIBUTE = 5;
const KIND = 6;

const CATEGORY = ATTRIBUTE_NAMES.indexOf("category");

/**
 * Internal: tests turn the fast path off to compare it with the general
 * reader, and count the lines it took to know it was used.
 */
export const fastLines = { enabled: true, taken: 0 };

/**
 * The fast path of the ticket CSV parser, for lines in the common shape: no
 * quotes, the header's number of fields, an id and a creation time, ISO
 * timestamps in the usual layout, a resolution no earlier than creation, and
 * attribute and inflow-kind values already seen. It reads such a line in one
 * pass, each field where the last one ended: a timestamp is tried at its usual
 * width and a known value by its text, so most fields need no search for their
 * delimiter. Any other line is left, untouched, to {@link TicketRowReader},
 * which reads every line the same way (it is the definition; this is a
 * shortcut that must agree with it, and a property test holds it to that).
 */
export class TicketLineReader {
  private readonly builder: TicketLogBuilder;
  private readonly timestamps: TimestampReader;
  private readonly rows: TicketRowReader;
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  /** What each column holds (SKIP, ID, …), and for ATTRIBUTE columns which attribute. */
  private readonly roles: Uint8Array;
  private readonly attributeOf: Int8Array;
  /** Per column: the width its timestamps had last, and the known values of its texts. */
  private readonly widths: Int32Array;
  private readonly known: (KnownValues | null)[];
  private readonly hasClosed: boolean;
  /** Where the field read last ends. */
  private end = 0;
  /** Attribute codes of the line being read; -1 for attributes without a column. */
  private readonly codes = new Int32Array(ATTRIBUTE_NAMES.length).fill(-1);

  private constructor(
    builder: TicketLogBuilder,
    timestamps: TimestampReader,
    rows: TicketRowReader,
    roles: Uint8Array,
    attributeOf: Int8Array,
    delimiter: string,
  ) {
    this.builder = builder;
    this.timestamps = timestamps;
    this.rows = rows;
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
    this.roles = roles;
    this.attributeOf = attributeOf;
    this.widths = new Int32Array(roles.length).fill(25);
    this.known = Array.from(roles, (role, c) =>
      role === ATTRIBUTE
        ? new KnownValues(builder.dictionary(attributeOf[c] as number), delimiter)
        : role === KIND
          ? new KnownValues(rows.kindTexts, delimiter)
          : null,
    );
    this.hasClosed = roles.includes(CLOSED);
  }

  /**
   * A line reader for a file of `width` columns, or null when its columns do
   * not suit the fast path (one column mapped to two fields).
   */
  static create(
    builder: TicketLogBuilder,
    timestamps: TimestampReader,
    rows: TicketRowReader,
    columns: Record<TicketField, number>,
    width: number,
    delimiter: string,
  ): TicketLineReader | null {
    const roles = new Uint8Array(width);
    const attributeOf = new Int8Array(width).fill(-1);
    for (const field of TICKET_FIELDS) {
      const c = columns[field];
      if (c < 0) continue;
      if (c >= width || roles[c] !== SKIP) return null;
      const attribute = ATTRIBUTE_NAMES.indexOf(field as (typeof ATTRIBUTE_NAMES)[number]);
      roles[c] =
        field === "id"
          ? ID
          : field === "createdAt"
            ? CREATED
            : field === "resolvedAt"
              ? RESOLVED
              : field === "closedAt"
                ? CLOSED
                : field === "inflowKind"
                  ? KIND
                  : ATTRIBUTE;
      attributeOf[c] = attribute;
    }
    return new TicketLineReader(builder, timestamps, rows, roles, attributeOf, delimiter);
  }

  /** Where the field starting at `start` ends: the next delimiter, or `lineEnd`. */
  private fieldEnd(s: string, start: number, lineEnd: number): number {
    const d = s.indexOf(this.delimiter, start);
    return d < 0 || d > lineEnd ? lineEnd : d;
  }

  /**
   * The epoch ms of the timestamp starting at `start` in column `c`, or NaN
   * (when it is not in the common layout); sets `this.end`.
   */
  private timestamp(s: string, start: number, lineEnd: number, c: number): number {
    let end = start + (this.widths[c] as number);
    if (!(end === lineEnd || (end < lineEnd && s.charCodeAt(end) === this.delimiterCode))) {
      end = this.fieldEnd(s, start, lineEnd);
      this.widths[c] = end - start;
    }
    this.end = end;
    return this.timestamps.readCommonIso(s, start, end);
  }

  /**
   * The index of the known text in column `c` starting at `start` (trimmed, as
   * {@link TicketRowReader} reads it), -1 when it is not known yet, or -2 for
   * an attribute of spaces only (no value); sets `this.end`.
   */
  private knownValue(s: string, start: number, lineEnd: number, c: number): number {
    const known = this.known[c] as KnownValues;
    const found = known.match(s, start, lineEnd);
    if (found >= 0) {
      this.end = known.end;
      return found;
    }
    const end = this.fieldEnd(s, start, lineEnd);
    this.end = end;
    const table =
      this.roles[c] === KIND
        ? this.rows.kindTexts
        : this.builder.dictionary(this.attributeOf[c] as number);
    let from = start;
    let to = end;
    // Attribute values are kept trimmed; inflow-kind texts as written.
    if (this.roles[c] === ATTRIBUTE) {
      while (from < to && isSpace(s.charCodeAt(from))) from++;
      while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
      if (from === to) return -2;
    }
    const index = table.lookup(s, from, to);
    if (index >= 0) known.remember(index);
    return index;
  }

  /**
   * Adds the ticket of record `record`, on `s[start, lineEnd)` (a line
   * without quotes or carriage returns), and returns true; or returns false
   * having changed nothing, for the general reader to take the line.
   */
  tryAdd(s: string, start: number, lineEnd: number, record: number): boolean {
    const roles = this.roles;
    const width = roles.length;
    const delimiter = this.delimiterCode;
    const naiveBefore = this.timestamps.naiveCount;
    let idStart = -1;
    let idEnd = -1;
    let createdAt = Number.NaN;
    let resolvedAt = Number.NaN;
    let closedBlank = true;
    let kindIndex = -1;
    let p = start;
    for (let c = 0; c < width; c++) {
      const empty = p === lineEnd || s.charCodeAt(p) === delimiter;
      let end = p;
      switch (roles[c]) {
        case ID:
          end = this.fieldEnd(s, p, lineEnd);
          if (empty || isSpace(s.charCodeAt(p)) || isSpace(s.charCodeAt(end - 1)))
            return this.decline(naiveBefore);
          idStart = p;
          idEnd = end;
          break;
        case CREATED:
          if (empty) return this.decline(naiveBefore);
          createdAt = this.timestamp(s, p, lineEnd, c);
          if (Number.isNaN(createdAt)) return this.decline(naiveBefore);
          end = this.end;
          break;
        case RESOLVED:
          if (empty) break;
          resolvedAt = this.timestamp(s, p, lineEnd, c);
          if (Number.isNaN(resolvedAt)) return this.decline(naiveBefore);
          end = this.end;
          break;
        case ATTRIBUTE: {
          const a = this.attributeOf[c] as number;
          if (empty) {
            this.codes[a] = -1;
            break;
          }
          const code = this.knownValue(s, p, lineEnd, c);
          if (code === -1) return this.decline(naiveBefore);
          this.codes[a] = code < 0 ? -1 : code;
          end = this.end;
          break;
        }
        case KIND:
          if (empty) break;
          kindIndex = this.knownValue(s, p, lineEnd, c);
          if (kindIndex < 0 || (this.rows.kindByText[kindIndex] as number) < 0)
            return this.decline(naiveBefore);
          end = this.end;
          break;
        default:
          // Skipped columns and the close time, used only when the resolution is blank.
          end = this.fieldEnd(s, p, lineEnd);
          if (roles[c] === CLOSED) closedBlank = end === p;
      }
      if (c < width - 1) {
        if (end >= lineEnd) return this.decline(naiveBefore);
        p = end + 1;
      } else if (end !== lineEnd) return this.decline(naiveBefore);
    }
    // A blank resolution falling back to the close time, or one before the
    // creation (an error to report): the general reader's cases.
    if (Number.isNaN(resolvedAt) && this.hasClosed && !closedBlank)
      return this.decline(naiveBefore);
    if (resolvedAt < createdAt) return this.decline(naiveBefore);
    let kind = 0;
    if (kindIndex >= 0) kind = this.rows.kindByText[kindIndex] as number;
    else if (this.rows.kindOfCategory.size > 0 && (this.codes[CATEGORY] as number) >= 0)
      kind = this.rows.kindOfCategoryCode(this.codes[CATEGORY] as number);
    this.builder.add(record, s, idStart, idEnd, createdAt, resolvedAt, this.codes, kind);
    return true;
  }

  /** Undoes what reading part of a line counted; returns false. */
  private decline(naiveBefore: number): false {
    this.timestamps.naiveCount = naiveBefore;
    return false;
  }
}

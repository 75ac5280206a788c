import { TidemarkError } from "../errors.js";
import type { TimestampReader } from "../time/timestamp.js";
import { ATTRIBUTE_NAMES, INFLOW_KINDS, type InflowKind, type RowIssue } from "../types.js";
import { clip, type TicketLogBuilder } from "./builder.js";
import { TICKET_FIELDS, type TicketField } from "./columns.js";
import { inflowKindCode, inflowKindOfText } from "./inflow-kind.js";
import { ownText } from "./own-text.js";
import { fieldString, type RowView } from "./row-view.js";
import { isSpace } from "./spaces.js";
import { TextTable } from "./text-index.js";

/** Maps a vendor's category values to inflow kinds; unmapped tickets are `new`. */
export type InflowKindMap = Readonly<Record<string, InflowKind>>;

const F = Object.fromEntries(TICKET_FIELDS.map((f, i) => [f, i])) as Record<TicketField, number>;
const ATTRIBUTE_FIELDS = ATTRIBUTE_NAMES.map((name) => F[name]);

/**
 * Validates one ticket's fields and adds it to a builder, or reports why not.
 * The same rules for every input format: an id, a creation time, a resolution
 * no earlier than creation (an empty resolution falls back to the close time),
 * and a known inflow kind. Fields are read in place from a {@link RowView}.
 */
export class TicketRowReader {
  private readonly builder: TicketLogBuilder;
  private readonly timestamps: TimestampReader;
  /** Inflow kind codes by category text (from the `inflowKinds` option). */
  readonly kindOfCategory: Map<string, number>;
  /** Column of each field (TICKET_FIELDS order), -1 where absent. */
  private readonly columns: Int32Array;
  private readonly names: string[];
  private readonly codes = new Int32Array(ATTRIBUTE_NAMES.length);
  /** Inflow-kind column texts seen, and the kind code of each (-1: not a kind). */
  readonly kindTexts = new TextTable();
  readonly kindByText: number[] = [];
  private readonly kindByCategory: number[] = [];

  constructor(
    builder: TicketLogBuilder,
    timestamps: TimestampReader,
    columns: Record<TicketField, number>,
    names: Partial<Record<TicketField, string>>,
    inflowKinds: InflowKindMap = {},
  ) {
    this.builder = builder;
    this.timestamps = timestamps;
    this.columns = Int32Array.from(TICKET_FIELDS.map((f) => columns[f]));
    this.names = TICKET_FIELDS.map((f) => names[f] ?? f);
    this.kindOfCategory = new Map();
    for (const [category, kind] of Object.entries(inflowKinds)) {
      const code = inflowKindCode(kind);
      if (code < 0) {
        throw new TidemarkError(
          "invalid-option",
          `Invalid option inflowKinds: "${kind}" (for "${category}") is not one of ${INFLOW_KINDS.join(", ")}.`,
        );
      }
      this.kindOfCategory.set(category, code);
    }
  }

  /**
   * The inflow kind of `s[start, end)`, or -1. Each distinct text is looked up
   * once: the hot path finds it in a small table without slicing a string.
   */
  private kindOfText(s: string, start: number, end: number): number {
    const index = this.kindTexts.internFew(s, start, end);
    if (index === this.kindByText.length) {
      const text = this.kindTexts.values[index] as string;
      this.kindByText.push(inflowKindOfText(text));
    }
    return this.kindByText[index] as number;
  }

  /** The inflow kind mapped to category code `code` (`new` when unmapped). */
  kindOfCategoryCode(code: number): number {
    while (this.kindByCategory.length <= code) {
      const category = this.builder.attributeValue(CATEGORY, this.kindByCategory.length);
      this.kindByCategory.push(this.kindOfCategory.get(category) ?? 0);
    }
    return this.kindByCategory[code] as number;
  }

  /** Records a problem with the row; returns false, for `return this.issue(…)`. */
  private issue(
    row: number,
    field: number,
    reason: string,
    view?: RowView,
    column = -1,
    ticketId?: string,
  ): false {
    const issue: RowIssue = {
      row,
      field: field < 0 ? "row" : this.names[field],
      severity: "error",
      reason,
    };
    if (view && column >= 0) issue.value = clip(fieldString(view, column));
    if (ticketId !== undefined) issue.ticketId = ticketId;
    this.builder.issues.push(issue);
    return false;
  }

  /** Adds the ticket of record `row` (true), or records why it cannot be read (false). */
  add(row: number, view: RowView): boolean {
    const cols = this.columns;
    const idCol = cols[F.id];
    let s = view.text(idCol);
    let start = view.start(idCol);
    let end = view.end(idCol);
    while (start < end && isSpace(s.charCodeAt(start))) start++;
    while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
    if (start === end) return this.issue(row, F.id, "missing ticket id");
    const idText = s;
    const idStart = start;
    const idEnd = end;

    const createdCol = cols[F.createdAt];
    if (isBlank(view, createdCol))
      return this.issue(
        row,
        F.createdAt,
        "missing creation time",
        undefined,
        -1,
        ownText(idText, idStart, idEnd),
      );
    const createdAt = this.timestamps.read(
      view.text(createdCol),
      view.start(createdCol),
      view.end(createdCol),
    );
    if (Number.isNaN(createdAt))
      return this.issue(
        row,
        F.createdAt,
        this.timestamps.reason,
        view,
        createdCol,
        ownText(idText, idStart, idEnd),
      );

    let field = F.resolvedAt;
    let doneCol = cols[F.resolvedAt];
    if (isBlank(view, doneCol) && !isBlank(view, cols[F.closedAt])) {
      field = F.closedAt;
      doneCol = cols[F.closedAt];
    }
    let resolvedAt = Number.NaN;
    if (!isBlank(view, doneCol)) {
      resolvedAt = this.timestamps.read(view.text(doneCol), view.start(doneCol), view.end(doneCol));
      if (Number.isNaN(resolvedAt))
        return this.issue(
          row,
          field,
          this.timestamps.reason,
          view,
          doneCol,
          ownText(idText, idStart, idEnd),
        );
      if (resolvedAt < createdAt) {
        const verb = field === F.closedAt ? "closed" : "resolved";
        return this.issue(
          row,
          field,
          `${verb} before it was created (${fieldString(view, createdCol).trim()})`,
          view,
          doneCol,
          ownText(idText, idStart, idEnd),
        );
      }
    }

    for (let a = 0; a < ATTRIBUTE_FIELDS.length; a++) {
      const col = cols[ATTRIBUTE_FIELDS[a] as number];
      if (col < 0) {
        this.codes[a] = -1;
        continue;
      }
      s = view.text(col);
      start = view.start(col);
      end = view.end(col);
      while (start < end && isSpace(s.charCodeAt(start))) start++;
      while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
      this.codes[a] = this.builder.code(a, s, start, end);
    }

    let kind = 0;
    const kindCol = cols[F.inflowKind];
    if (!isBlank(view, kindCol)) {
      const k = this.kindOfText(view.text(kindCol), view.start(kindCol), view.end(kindCol));
      if (k < 0) {
        return this.issue(
          row,
          F.inflowKind,
          `not an inflow kind (use one of ${INFLOW_KINDS.join(", ")})`,
          view,
          kindCol,
          ownText(idText, idStart, idEnd),
        );
      }
      kind = k;
    } else if (this.kindOfCategory.size > 0 && this.codes[CATEGORY] >= 0) {
      kind = this.kindOfCategoryCode(this.codes[CATEGORY]);
    }
    this.builder.add(row, idText, idStart, idEnd, createdAt, resolvedAt, this.codes, kind);
    return true;
  }
}

const CATEGORY = ATTRIBUTE_NAMES.indexOf("category");

function isBlank(view: RowView, col: number): boolean {
  if (col < 0) return true;
  const s = view.text(col);
  for (let i = view.start(col), end = view.end(col); i < end; i++)
    if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

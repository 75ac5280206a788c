import { ownText } from "./own-text.js";

/**
 * One record's fields, read in place from the string they arrived in, so the
 * hot path slices no string it does not keep. A field is either a span of
 * `source` or, when it had to be unescaped (or came as its own string), a copy.
 * One class serves every input, so the reader's calls stay monomorphic.
 */
export class RowView {
  source = "";
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  copies: (string | undefined)[] = [];
  private hasCopies = false;

  /** Empties the row for the next record of `source`. */
  reset(source: string): void {
    this.source = source;
    this.count = 0;
    if (this.hasCopies) {
      this.copies.fill(undefined);
      this.hasCopies = false;
    }
  }

  /** Adds a field: `source[start, end)`, or `copy` when given. */
  push(start: number, end: number, copy?: string): void {
    if (this.count === this.starts.length) this.enlarge();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    if (copy !== undefined) {
      this.copies[this.count] = copy;
      this.hasCopies = true;
    }
    this.count++;
  }

  /** Makes the row hold `fields` as they are. */
  setStrings(fields: readonly string[]): this {
    this.reset("");
    for (const f of fields) this.push(0, f.length, f);
    return this;
  }

  /** The string holding field `i` (field `i` is `text(i).slice(start(i), end(i))`). */
  text(i: number): string {
    return this.hasCopies ? (this.copies[i] ?? this.source) : this.source;
  }
  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.ends[i];
  }

  private enlarge(): void {
    const s = new Int32Array(this.count * 2);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(this.count * 2);
    e.set(this.ends);
    this.ends = e;
  }
}

/** Field `i` as its own string. */
export function fieldString(row: RowView, i: number): string {
  return ownText(row.text(i), row.start(i), row.end(i));
}

/** Every field of a row as strings. */
export function rowStrings(row: RowView): string[] {
  const out: string[] = [];
  for (let i = 0; i < row.count; i++) out.push(fieldString(row, i));
  return out;
}

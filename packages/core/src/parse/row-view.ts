/**
 * One record's fields, read in place from the string they arrived in, so the
 * hot path slices no string it does not keep.
 */
export interface RowView {
  readonly count: number;
  /** The string holding field `i` (field `i` is `text(i).slice(start(i), end(i))`). */
  text(i: number): string;
  start(i: number): number;
  end(i: number): number;
}

/** Field `i` as its own string. */
export function fieldString(row: RowView, i: number): string {
  return row.text(i).slice(row.start(i), row.end(i));
}

/** A record held as separate strings (a header, a buffered sample row, an object's values). */
export class StringsRow implements RowView {
  fields: string[];
  constructor(fields: string[]) {
    this.fields = fields;
  }
  get count(): number {
    return this.fields.length;
  }
  text(i: number): string {
    return this.fields[i] as string;
  }
  start(): number {
    return 0;
  }
  end(i: number): number {
    return (this.fields[i] as string).length;
  }
}

/** Every field of a row as strings. */
export function rowStrings(row: RowView): string[] {
  const out: string[] = [];
  for (let i = 0; i < row.count; i++) out.push(fieldString(row, i));
  return out;
}

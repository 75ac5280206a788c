import type { TextTable } from "./text-index.js";

const BUCKETS = 64;
const PER_BUCKET = 4;

/**
 * Recognises a table's texts where a field starts, before its end is known: a
 * line reader tries the few known values sharing the field's first char and
 * keeps the one followed by a delimiter (or the line's end), which spares it
 * the search for the delimiter and a hash. Only the values it was told about
 * (by {@link remember}) are tried, and never one holding the delimiter, which
 * in an unquoted line would swallow the next field.
 */
export class KnownValues {
  /** Where the last matched field ends. */
  end = 0;
  private readonly table: TextTable;
  private readonly delimiter: number;
  /** Table indexes by the first char's bucket, most recently remembered first; -1 is empty. */
  private readonly candidates = new Int32Array(BUCKETS * PER_BUCKET).fill(-1);
  /**
   * The remembered texts' chars, one after another, and where each starts (by
   * table index; -1 when not copied): comparing with an array reads half as
   * many string chars as comparing two strings.
   */
  private chars = new Uint16Array(1024);
  private charsUsed = 0;
  private starts = new Int32Array(64).fill(-1);
  private lengths = new Int32Array(64);

  constructor(table: TextTable, delimiter: string) {
    this.table = table;
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * The index of the remembered text filling `s` from `start` to the next
   * delimiter or `lineEnd`, or -1 (then nothing is known about the field).
   */
  match(s: string, start: number, lineEnd: number): number {
    const bucket = (s.charCodeAt(start) & (BUCKETS - 1)) * PER_BUCKET;
    const chars = this.chars;
    for (let k = bucket; k < bucket + PER_BUCKET; k++) {
      const index = this.candidates[k] as number;
      if (index < 0) return -1;
      const end = start + (this.lengths[index] as number);
      if (end > lineEnd || (end < lineEnd && s.charCodeAt(end) !== this.delimiter)) continue;
      const from = (this.starts[index] as number) - start;
      let i = start;
      while (i < end && chars[from + i] === s.charCodeAt(i)) i++;
      if (i === end) {
        this.end = end;
        return index;
      }
    }
    return -1;
  }

  /** Makes text `index` of the table the first one tried for its first char. */
  remember(index: number): void {
    const value = this.table.values[index] as string;
    if (value.length === 0 || value.includes(String.fromCharCode(this.delimiter))) return;
    this.copy(index, value);
    const bucket = (value.charCodeAt(0) & (BUCKETS - 1)) * PER_BUCKET;
    let k = bucket;
    while (k < bucket + PER_BUCKET - 1 && this.candidates[k] !== index) k++;
    // Shift the ones before it down a place (dropping the last when it is new).
    for (; k > bucket; k--) this.candidates[k] = this.candidates[k - 1] as number;
    this.candidates[bucket] = index;
  }

  private copy(index: number, value: string): void {
    if (index >= this.starts.length) {
      const size = Math.max(index + 1, this.starts.length * 2);
      const starts = new Int32Array(size).fill(-1);
      starts.set(this.starts);
      this.starts = starts;
      const lengths = new Int32Array(size);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    if (this.starts[index] !== -1) return;
    if (this.charsUsed + value.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.charsUsed + value.length, this.chars.length * 2));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let i = 0; i < value.length; i++) this.chars[this.charsUsed + i] = value.charCodeAt(i);
    this.starts[index] = this.charsUsed;
    this.lengths[index] = value.length;
    this.charsUsed += value.length;
  }
}

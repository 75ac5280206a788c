import { TidemarkError } from "../errors.js";
import { describeValue } from "../input-checks.js";
import { RowView } from "./row-view.js";

/** Receives each record (valid only during the call) and its number (the header is record 1). */
export type RecordHandler = (row: RowView, record: number) => void;

/**
 * Offered each record that is one plain line, `text[start, end)` without quotes
 * or carriage returns, before it is split: returns true when it has read the
 * record itself, false to have it split and passed to the record handler.
 */
export type LineHandler = (text: string, start: number, end: number, record: number) => boolean;

/**
 * A streaming RFC 4180 reader: quoted fields with `""` escapes and embedded
 * newlines, `\n`, `\r\n` or `\r` line ends, a chosen delimiter. Text arrives in
 * chunks of any size; a record split across chunks is carried over. A record
 * longer than `maxRecordLength` characters stops the read with an error naming
 * it, so memory stays bounded whatever the input.
 */
export class CsvScanner {
  private pending = "";
  private record = 0;
  private readonly row = new RowView();
  private readonly delimiter: number;
  private readonly maxRecordLength: number;
  private readonly onRecord: RecordHandler;
  /** Reads plain lines first when set (it may be set between records). */
  onLine: LineHandler | null = null;

  constructor(delimiter: string, maxRecordLength: number, onRecord: RecordHandler) {
    this.delimiter = delimiter.charCodeAt(0);
    this.maxRecordLength = maxRecordLength;
    this.onRecord = onRecord;
  }

  push(chunk: string): void {
    const text = this.pending.length > 0 ? this.pending + chunk : chunk;
    const consumed = this.scan(text, false);
    this.pending = consumed < text.length ? text.slice(consumed) : "";
    if (this.pending.length > this.maxRecordLength) this.tooLong();
  }

  end(): void {
    if (this.pending.length > 0) this.scan(this.pending, true);
    this.pending = "";
  }

  private tooLong(): never {
    throw new TidemarkError(
      "record-too-long",
      `Row ${this.record + 1} is longer than ${this.maxRecordLength.toLocaleString("en-US")} characters: ` +
        "a quote that never closes, or not a CSV file? Nothing after it was read.",
    );
  }

  /** Reads whole records from `text`; returns where the first incomplete one starts. */
  private scan(text: string, final: boolean): number {
    const n = text.length;
    const delim = this.delimiter;
    const row = this.row;
    const delimiter = String.fromCharCode(delim);
    // Where the next quote, carriage return and delimiter are: a record without
    // quotes or lone returns is split with indexOf, much faster than a loop over
    // chars; the others take the careful path below.
    let nextQuote = -1;
    let nextReturn = -1;
    let nextDelimiter = -1;
    let pos = 0;
    while (pos < n) {
      const recordStart = pos;
      row.reset(text);
      if (nextQuote < pos && nextQuote !== n) nextQuote = indexOrEnd(text, '"', pos);
      if (nextReturn < pos && nextReturn !== n) nextReturn = indexOrEnd(text, "\r", pos);
      const newline = text.indexOf("\n", pos);
      if (newline >= 0 && nextQuote > newline && nextReturn >= newline - 1) {
        const lineEnd = nextReturn === newline - 1 ? newline - 1 : newline;
        // One length check per record keeps the limit without a per-char cost.
        if (lineEnd - pos > this.maxRecordLength) this.tooLong();
        if (
          this.onLine !== null &&
          lineEnd > pos &&
          this.onLine(text, pos, lineEnd, this.record + 1)
        ) {
          this.record++;
          pos = newline + 1;
          continue;
        }
        let p = pos;
        if (nextDelimiter < p) nextDelimiter = indexOrEnd(text, delimiter, p);
        while (nextDelimiter < lineEnd) {
          row.push(p, nextDelimiter);
          p = nextDelimiter + 1;
          nextDelimiter = indexOrEnd(text, delimiter, p);
        }
        row.push(p, lineEnd);
        pos = newline + 1;
        this.record++;
        if (!(row.count === 1 && lineEnd === recordStart)) this.onRecord(row, this.record);
        continue;
      }
      let complete = false;
      // Where the record's text ends (before its line end), once it is complete.
      let recordEnd = n;
      while (true) {
        if (pos >= n) {
          if (final) {
            row.push(pos, pos);
            complete = true;
          }
          break;
        }
        if (text.charCodeAt(pos) === 34) {
          const next = this.quoted(text, pos, final);
          if (next < 0) break;
          pos = next;
        } else {
          let e = pos;
          let c = 0;
          while (e < n) {
            c = text.charCodeAt(e);
            if (c === delim || c === 10 || c === 13) break;
            e++;
          }
          if (e >= n && !final) break;
          row.push(pos, e);
          pos = e;
        }
        if (pos >= n) {
          complete = final;
          break;
        }
        const c = text.charCodeAt(pos);
        if (c === delim) {
          pos++;
          continue;
        }
        recordEnd = pos;
        if (c === 13) {
          if (pos + 1 >= n && !final) break;
          pos += pos + 1 < n && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
        } else {
          pos++;
        }
        complete = true;
        break;
      }
      if (!complete) return recordStart;
      if (recordEnd - recordStart > this.maxRecordLength) this.tooLong();
      this.record++;
      // A blank line is no record; it still counts as a row so numbers match the file.
      if (!(row.count === 1 && row.end(0) === row.start(0))) {
        this.onRecord(row, this.record);
      }
    }
    return n;
  }

  /** Reads the quoted field at `pos` into the row; returns the position after it, or -1 if incomplete. */
  private quoted(text: string, pos: number, final: boolean): number {
    const n = text.length;
    let q = pos + 1;
    let escaped = false;
    let closed = -1;
    while (q < n) {
      if (text.charCodeAt(q) === 34) {
        if (q + 1 < n && text.charCodeAt(q + 1) === 34) {
          escaped = true;
          q += 2;
          continue;
        }
        if (q + 1 >= n && !final) return -1;
        closed = q;
        break;
      }
      q++;
    }
    if (closed < 0) {
      if (!final) return -1;
      throw new TidemarkError(
        "unclosed-quote",
        `Row ${this.record + 1} opens a quote that never closes before the end of the file.`,
      );
    }
    // Text between the closing quote and the delimiter is kept, as spreadsheets do.
    let tail = closed + 1;
    while (tail < n) {
      const c = text.charCodeAt(tail);
      if (c === this.delimiter || c === 10 || c === 13) break;
      tail++;
    }
    if (tail >= n && !final) return -1;
    if (!escaped && tail === closed + 1) this.row.push(pos + 1, closed);
    else {
      const raw = text.slice(pos + 1, closed);
      const copy = (escaped ? raw.replaceAll('""', '"') : raw) + text.slice(closed + 1, tail);
      this.row.push(0, copy.length, copy);
    }
    return tail;
  }
}

/** The error of a streaming parser called after its `end()`: it has nothing left to read into. */
export function parserEnded(call: "push" | "end"): TidemarkError {
  return new TidemarkError(
    "parser-ended",
    `${call}() after end(): this parser has returned its result already; create a new one to read more.`,
  );
}

/** The index of `search` in `text` from `from`, or `text.length` when there is none. */
function indexOrEnd(text: string, search: string, from: number): number {
  const i = text.indexOf(search, from);
  return i < 0 ? text.length : i;
}

/**
 * `delimiter` when it can split a CSV: one character, not a quote or a line
 * break. Anything else is refused, since it would split nothing or split wrongly.
 */
export function checkDelimiter(delimiter: unknown): string | undefined {
  if (delimiter === undefined) return undefined;
  if (typeof delimiter === "string" && delimiter.length === 1 && !'"\r\n'.includes(delimiter))
    return delimiter;
  throw new TidemarkError(
    "invalid-option",
    `Invalid option delimiter: ${typeof delimiter === "string" ? JSON.stringify(delimiter) : describeValue(delimiter)}; ` +
      'expected one character other than a quote or a line break, such as "," ";" "\\t" or "|".',
  );
}

/**
 * The delimiter of a CSV header line: the most frequent of `,` `;` tab `|`
 * outside quotes, or `,` when there is none (a one-column file).
 */
export function detectDelimiter(headerLine: string): string {
  const candidates = [",", ";", "\t", "|"];
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const ch = headerLine[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted) {
      const k = candidates.indexOf(ch as string);
      if (k >= 0) counts[k]++;
    }
  }
  let best = 0;
  for (let k = 1; k < 4; k++) if (counts[k] > counts[best]) best = k;
  return counts[best] > 0 ? candidates[best] : ",";
}

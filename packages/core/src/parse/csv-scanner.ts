import { TidemarkError } from "../errors.js";

/** Receives each record: its fields as strings, and its number (the header is record 1). */
export type RecordHandler = (fields: string[], record: number) => void;

/**
 * A streaming RFC 4180 reader: quoted fields with `""` escapes and embedded
 * newlines, `\n` or `\r\n` line ends, a chosen delimiter. Text arrives in chunks
 * of any size; a record split across chunks is carried over. A record longer
 * than `maxRecordLength` characters stops the read with an error naming it, so
 * memory stays bounded whatever the input.
 */
export class CsvScanner {
  private pending = "";
  private record = 0;
  private readonly delimiter: number;
  private readonly maxRecordLength: number;
  private readonly onRecord: RecordHandler;

  constructor(delimiter: string, maxRecordLength: number, onRecord: RecordHandler) {
    this.delimiter = delimiter.charCodeAt(0);
    this.maxRecordLength = maxRecordLength;
    this.onRecord = onRecord;
  }

  /** Number of records read so far (header included). */
  get records(): number {
    return this.record;
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
    let pos = 0;
    while (pos < n) {
      const recordStart = pos;
      const fields: string[] = [];
      let complete = false;
      while (true) {
        if (pos >= n) {
          if (final) {
            fields.push("");
            complete = true;
          }
          break;
        }
        if (text.charCodeAt(pos) === 34) {
          // Quoted field: find the closing quote that is not an escape.
          let q = pos + 1;
          let escaped = false;
          let closed = -1;
          while (q < n) {
            const c = text.charCodeAt(q);
            if (c === 34) {
              if (q + 1 < n && text.charCodeAt(q + 1) === 34) {
                escaped = true;
                q += 2;
                continue;
              }
              if (q + 1 >= n && !final) break;
              closed = q;
              break;
            }
            q++;
          }
          if (closed < 0) {
            if (final) {
              throw new TidemarkError(
                "unclosed-quote",
                `Row ${this.record + 1} opens a quote that never closes before the end of the file.`,
              );
            }
            break;
          }
          const raw = text.slice(pos + 1, closed);
          let after = closed + 1;
          // Text between the closing quote and the delimiter is kept, as spreadsheets do.
          let tailEnd = after;
          while (tailEnd < n) {
            const c = text.charCodeAt(tailEnd);
            if (c === delim || c === 10 || c === 13) break;
            tailEnd++;
          }
          if (tailEnd >= n && !final) break;
          fields.push((escaped ? raw.replaceAll('""', '"') : raw) + text.slice(after, tailEnd));
          after = tailEnd;
          pos = after;
        } else {
          let e = pos;
          while (e < n) {
            const c = text.charCodeAt(e);
            if (c === delim || c === 10 || c === 13) break;
            e++;
          }
          if (e >= n && !final) break;
          fields.push(text.slice(pos, e));
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
        // End of line: \n, \r\n or a lone \r.
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
      this.record++;
      // A blank line is no record; it still counts as a row so numbers match the file.
      if (!(fields.length === 1 && fields[0] === "")) this.onRecord(fields, this.record);
    }
    return n;
  }
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
  for (let k = 1; k < 4; k++) if ((counts[k] as number) > (counts[best] as number)) best = k;
  return (counts[best] as number) > 0 ? (candidates[best] as string) : ",";
}

import { civilFromDays, MS_PER_DAY } from "../time/civil.js";
import { checkSampleColumns, NO_ASSIGNEE, type SampleColumns } from "./columns.js";
import { type OffsetTable, offsetOf, offsetTable } from "./offsets.js";

/** The header of a sample CSV. */
export const SAMPLE_CSV_HEADER =
  "ticket_id,created_at,resolved_at,category,channel,priority,team,assignee,inflow_kind";

const PAD2 = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));
/**
 * UTF-8 text codecs. Every runtime Tidemark targets has them, but the ES lib
 * declares no types (core compiles without the DOM lib on purpose).
 */
interface TextCodecs {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new () => { decode(bytes: Uint8Array): string };
}
const codecs = globalThis as unknown as TextCodecs;
let sharedEncoder: { encode(text: string): Uint8Array } | undefined;
const encoder = {
  encode(text: string): Uint8Array {
    sharedEncoder ??= new codecs.TextEncoder();
    return sharedEncoder.encode(text);
  },
};
const COMMA = 44;
const NEWLINE = 10;

/** The sample's ticket id of row `i` (0-based): `T-0000001`. */
export function sampleTicketId(i: number): string {
  return `T-${String(i + 1).padStart(7, "0")}`;
}

/**
 * Writes ISO 8601 timestamps with the zone's offset (`Z` in UTC), caching each
 * local date's text: no `Date` or `Intl` call per timestamp.
 */
export class TimestampWriter {
  private readonly table: OffsetTable;
  private readonly dates = new Map<number, string>();
  private readonly suffixes = new Map<number, string>();

  constructor(timeZone: string, start: number, end: number) {
    this.table = offsetTable(timeZone, start - MS_PER_DAY, end + MS_PER_DAY);
  }

  /** `2024-03-31T14:05:09+02:00`, or `""` for NaN. Milliseconds are dropped. */
  format(instant: number): string {
    if (Number.isNaN(instant)) return "";
    const offset = offsetOf(this.table, instant);
    const local = instant + offset;
    const day = Math.floor(local / MS_PER_DAY);
    const seconds = Math.floor((local - day * MS_PER_DAY) / 1000);
    return `${this.date(day)}T${PAD2[Math.floor(seconds / 3600)]}:${PAD2[Math.floor(seconds / 60) % 60]}:${PAD2[seconds % 60]}${this.suffix(offset)}`;
  }

  /** The date part (`YYYY-MM-DD`) of a local day number. */
  date(day: number): string {
    let text = this.dates.get(day);
    if (text === undefined) {
      const [y, m, d] = civilFromDays(day);
      text = `${String(y).padStart(4, "0")}-${PAD2[m]}-${PAD2[d]}`;
      this.dates.set(day, text);
    }
    return text;
  }

  /** `Z`, `+02:00` or `-05:00`. */
  suffix(offset: number): string {
    let text = this.suffixes.get(offset);
    if (text === undefined) {
      const minutes = Math.round(Math.abs(offset) / 60_000);
      text =
        offset === 0
          ? "Z"
          : `${offset < 0 ? "-" : "+"}${PAD2[Math.floor(minutes / 60)]}:${PAD2[minutes % 60]}`;
      this.suffixes.set(offset, text);
    }
    return text;
  }

  /** The offset in force at `instant`, ms. */
  offset(instant: number): number {
    return offsetOf(this.table, instant);
  }
}

/** A CSV field, quoted only where it must be. */
function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Bytes of each value, CSV-quoted and UTF-8 encoded once. */
const encodeAll = (list: readonly string[]) => list.map((v) => encoder.encode(field(v)));

/** Writes CSV rows as UTF-8 bytes into a reusable buffer: no string per field. */
class ByteWriter {
  bytes: Uint8Array;
  length = 0;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }
  put(b: Uint8Array): void {
    this.bytes.set(b, this.length);
    this.length += b.length;
  }
  byte(c: number): void {
    this.bytes[this.length++] = c;
  }
  two(n: number): void {
    this.bytes[this.length++] = 48 + Math.floor(n / 10);
    this.bytes[this.length++] = 48 + (n % 10);
  }
  digits(n: number, width: number): void {
    for (let k = width - 1; k >= 0; k--) {
      this.bytes[this.length + k] = 48 + (n % 10);
      n = Math.floor(n / 10);
    }
    this.length += width;
  }
}

/**
 * The sample as UTF-8 CSV bytes in chunks of `rowsPerChunk` rows (the first
 * starts with the header; every row ends with `\n`). Each chunk is a fresh
 * array, so it can be handed to a stream and kept.
 */
export function* sampleCsvByteChunks(
  columns: SampleColumns,
  rowsPerChunk = 10_000,
): Generator<Uint8Array> {
  checkSampleColumns(columns, "sampleCsvByteChunks");
  const { values } = columns;
  const first = columns.size > 0 ? (columns.createdAt[0] as number) : columns.endMs;
  const time = new TimestampWriter(columns.timeZone, first, columns.endMs);
  const category = encodeAll(values.category);
  const channel = encodeAll(values.channel);
  const priority = encodeAll(values.priority);
  const team = encodeAll(values.team);
  const assignee = encodeAll(values.assignee);
  const kind = encodeAll(values.inflowKind);
  const widest = (list: Uint8Array[]) => Math.max(0, ...list.map((b) => b.length));
  const rowMax =
    10 +
    2 * 32 +
    widest(category) +
    widest(channel) +
    widest(priority) +
    widest(team) +
    widest(assignee) +
    widest(kind) +
    16;
  const dates = new Map<number, Uint8Array>();
  const suffixes = new Map<number, Uint8Array>();
  const out = new ByteWriter(rowsPerChunk * rowMax + SAMPLE_CSV_HEADER.length + 1);

  const stamp = (instant: number) => {
    if (Number.isNaN(instant)) return;
    const offset = time.offset(instant);
    const local = instant + offset;
    const day = Math.floor(local / MS_PER_DAY);
    const seconds = Math.floor((local - day * MS_PER_DAY) / 1000);
    let date = dates.get(day);
    if (date === undefined) {
      date = encoder.encode(`${time.date(day)}T`);
      dates.set(day, date);
    }
    let suffix = suffixes.get(offset);
    if (suffix === undefined) {
      suffix = encoder.encode(time.suffix(offset));
      suffixes.set(offset, suffix);
    }
    out.put(date);
    out.two(Math.floor(seconds / 3600));
    out.byte(58);
    out.two(Math.floor(seconds / 60) % 60);
    out.byte(58);
    out.two(seconds % 60);
    out.put(suffix);
  };

  out.put(encoder.encode(`${SAMPLE_CSV_HEADER}\n`));
  for (let i = 0; i < columns.size; i++) {
    out.byte(84); // T
    out.byte(45); // -
    if (i + 1 < 10_000_000) out.digits(i + 1, 7);
    else out.put(encoder.encode(String(i + 1)));
    out.byte(COMMA);
    stamp(columns.createdAt[i] as number);
    out.byte(COMMA);
    stamp(columns.resolvedAt[i] as number);
    out.byte(COMMA);
    out.put(category[columns.category[i] as number] as Uint8Array);
    out.byte(COMMA);
    out.put(channel[columns.channel[i] as number] as Uint8Array);
    out.byte(COMMA);
    out.put(priority[columns.priority[i] as number] as Uint8Array);
    out.byte(COMMA);
    out.put(team[columns.team[i] as number] as Uint8Array);
    out.byte(COMMA);
    const a = columns.assignee[i] as number;
    if (a !== NO_ASSIGNEE) out.put(assignee[a] as Uint8Array);
    out.byte(COMMA);
    out.put(kind[columns.inflowKind[i] as number] as Uint8Array);
    out.byte(NEWLINE);
    if ((i + 1) % rowsPerChunk === 0) {
      yield out.bytes.slice(0, out.length);
      out.length = 0;
    }
  }
  if (out.length > 0) yield out.bytes.slice(0, out.length);
}

/**
 * The sample as CSV text in chunks of `rowsPerChunk` rows (the first starts with
 * the header; every row ends with `\n`), so a big sample can be streamed
 * without one giant string.
 *
 * @example
 * for (const chunk of sampleCsvChunks(generateSampleColumns())) parser.push(chunk);
 */
export function* sampleCsvChunks(columns: SampleColumns, rowsPerChunk = 10_000): Generator<string> {
  checkSampleColumns(columns, "sampleCsvChunks");
  const decoder = new codecs.TextDecoder();
  for (const bytes of sampleCsvByteChunks(columns, rowsPerChunk)) yield decoder.decode(bytes);
}

/** The whole sample as one CSV string (header first, `\n` line ends). */
export function sampleColumnsCsv(columns: SampleColumns): string {
  checkSampleColumns(columns, "sampleColumnsCsv");
  const parts: string[] = [];
  for (const chunk of sampleCsvChunks(columns)) parts.push(chunk);
  return parts.join("");
}

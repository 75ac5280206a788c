/// <reference lib="webworker" />
import {
  createTicketCsvParser,
  dataExtent,
  type RowIssue,
  sampleTicketsCsv,
  type TicketLog,
  type TicketParseResult,
  TidemarkError,
  ticketsFromRecords,
} from "@tidemark/core";
import { NotUtf8Error, utf8DecoderStream } from "./decode";
import { csvHead, jsonHead, rowsAsRecords } from "./header";
import {
  MAX_ISSUES,
  type ParsedTickets,
  type ParseRequest,
  PREVIEW_ROWS,
  type ViewRequest,
  type WorkerRequest,
  type WorkerResponse,
} from "./protocol";
import { computeView, filterOptions } from "./view";

// Parsing runs here, off the page's thread: the file is streamed (File.stream()
// → a fatal UTF-8 decoder) in chunks into the core's streaming CSV parser. The
// parsed log stays here too, and each view (filters, metrics, lead-time points)
// is computed here, so a 500,000-row file never blocks the page.

declare const self: DedicatedWorkerGlobalScope;

let current = 0;
/** The last parsed log, with the id of the parse that made it. */
let kept: { id: number; log: TicketLog } | null = null;
const PROGRESS_EVERY_MS = 50;

class Superseded extends Error {}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "view") {
    view(request);
    return;
  }
  current = request.id;
  void run(request);
};

function view(request: ViewRequest) {
  if (!kept || kept.id !== request.dataId) return; // a newer parse is on its way
  try {
    post({ type: "view", id: request.id, model: computeView(kept.log, request) });
  } catch (error) {
    post({ type: "view-error", id: request.id, message: (error as Error).message });
  }
}

function post(message: WorkerResponse) {
  self.postMessage(message);
}

async function run(request: ParseRequest) {
  const { id } = request;
  const started = performance.now();
  const name = sourceName(request);
  const header: string[] = [];
  const preview: Record<string, unknown>[] = [];
  try {
    const input = await open(request);
    const format = isJson(name, input.contentType) ? "json" : "csv";
    const options = {
      timeZone: request.timeZone,
      columns: request.columns,
      dateOrder: request.dateOrder,
    };
    let bytes = 0;
    let rows = 0;
    let lastPost = 0;
    const progress = (force = false) => {
      const now = performance.now();
      if (!force && now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: "progress", id, bytes, total: input.total, rows });
    };
    const counted = input.stream.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    // UTF-8 only: other encodings and binary files fail with the fix in the message.
    const reader = counted.pipeThrough(utf8DecoderStream()).getReader();
    const check = () => {
      if (id !== current) {
        void reader.cancel();
        throw new Superseded();
      }
    };
    let result: TicketParseResult;
    if (format === "csv") {
      const parser = createTicketCsvParser({ ...options, onProgress: (p) => (rows = p.rows) });
      // The first 64 KB give the header and the preview rows.
      let head = "";
      let headDone = false;
      const readHead = (whole: boolean) => {
        const h = csvHead(whole ? `${head}\n` : head, PREVIEW_ROWS);
        header.splice(0, header.length, ...h.header);
        preview.splice(0, preview.length, ...rowsAsRecords(h.header, h.rows));
        headDone = true;
      };
      for (;;) {
        const { value, done } = await reader.read();
        check();
        if (done) break;
        if (!headDone) {
          head += value;
          if (head.length >= 65_536) readHead(false);
        }
        try {
          parser.push(value);
        } catch (error) {
          // An unusable header: read on to 64 KB so the mapping form has rows to check.
          while (!headDone) {
            const next = await reader.read();
            if (next.done || head.length >= 65_536) readHead(next.done);
            else head += next.value;
          }
          throw error;
        }
        progress();
      }
      if (!headDone && head.trim() !== "") readHead(true);
      result = parser.end();
    } else {
      const parts: string[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        check();
        if (done) break;
        parts.push(value);
        progress();
      }
      const records = readJson(parts.join(""));
      const h = jsonHead(records, PREVIEW_ROWS);
      header.push(...h.header);
      preview.push(...h.rows);
      result = ticketsFromRecords(records, options);
      rows = result.rowCount;
    }
    progress(true);
    kept = { id, log: result.log };
    post({
      type: "done",
      id,
      result: packResult(result, { id, name, format, header, preview, bytes, started }),
    });
  } catch (error) {
    if (error instanceof Superseded) return;
    const known = error instanceof TidemarkError || error instanceof NotUtf8Error;
    post({
      type: "error",
      id,
      name,
      code: known ? error.code : "unreadable",
      message: known
        ? error.message
        : `The file could not be read: ${(error as Error).message ?? String(error)}`,
      header,
      preview,
    });
  }
}

function sourceName(request: ParseRequest): string {
  const { source } = request;
  if (source.kind === "file") return source.file.name;
  if (source.kind === "url") return decodeURIComponent(source.url.split("/").pop() || source.url);
  // Its ticket count is on the line beside the name.
  return "Sample team";
}

async function open(
  request: ParseRequest,
): Promise<{ stream: ReadableStream<Uint8Array>; total: number | null; contentType: string }> {
  const { source } = request;
  if (source.kind === "file") {
    return { stream: source.file.stream(), total: source.file.size, contentType: source.file.type };
  }
  if (source.kind === "url") {
    const response = await fetch(source.url);
    if (!response.ok || !response.body) {
      throw new TidemarkError(
        "fetch-failed",
        `Could not load ${source.url}: HTTP ${response.status}.`,
      );
    }
    if (response.headers.get("content-type")?.includes("text/html")) {
      throw new TidemarkError(
        "fetch-failed",
        `${source.url} is a web page, not a CSV or JSON export.`,
      );
    }
    const length = Number(response.headers.get("content-length"));
    return {
      stream: response.body,
      total: length > 0 ? length : null,
      contentType: response.headers.get("content-type") ?? "",
    };
  }
  const text = sampleTicketsCsv({
    seed: source.seed,
    tickets: source.tickets,
    days: source.days,
    scenario: source.scenario,
    timeZone: source.timeZone,
  });
  const bytes = new TextEncoder().encode(text);
  const CHUNK = 1 << 20;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + CHUNK));
      offset += CHUNK;
    },
  });
  return { stream, total: bytes.length, contentType: "text/csv" };
}

function isJson(name: string, contentType: string): boolean {
  return /\.json$/i.test(name) || contentType.includes("json");
}

function readJson(text: string): unknown[] {
  if (text.trim() === "")
    throw new TidemarkError("empty-input", "The file is empty: expected a JSON array of tickets.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new TidemarkError("invalid-json", `The file is not valid JSON: ${(e as Error).message}.`);
  }
  const records = Array.isArray(data) ? data : (data as { tickets?: unknown } | null)?.tickets;
  if (!Array.isArray(records)) {
    throw new TidemarkError(
      "invalid-input",
      'Expected a JSON array of tickets, or an object with a "tickets" array.',
    );
  }
  if (records.length === 0) throw new TidemarkError("no-rows", "The JSON holds no tickets.");
  return records;
}

function packResult(
  result: TicketParseResult,
  meta: {
    id: number;
    name: string;
    format: "csv" | "json";
    header: string[];
    preview: Record<string, unknown>[];
    bytes: number;
    started: number;
  },
): ParsedTickets {
  // Core keeps the first 100,000 issues and counts the rest.
  let errorCount = result.omittedIssues.errors;
  for (const issue of result.issues) if (issue.severity === "error") errorCount++;
  // Errors first (rows left out), then warnings, each in row order.
  const issues: RowIssue[] = result.issues
    .filter((i) => i.severity === "error")
    .concat(result.issues.filter((i) => i.severity !== "error"))
    .slice(0, MAX_ISSUES);
  return {
    id: meta.id,
    name: meta.name,
    format: meta.format,
    ticketCount: result.log.size,
    filterOptions: filterOptions(result.log),
    extent: dataExtent(result.log),
    issues,
    errorCount,
    warningCount:
      result.issues.length +
      result.omittedIssues.errors +
      result.omittedIssues.warnings -
      errorCount,
    rowCount: result.rowCount,
    columns: result.columns,
    header: meta.header,
    preview: meta.preview,
    delimiter: result.delimiter,
    dateOrder: result.dateOrder,
    timeZone: result.timeZone,
    bytes: meta.bytes,
    parseMs: Math.round(performance.now() - meta.started),
  };
}

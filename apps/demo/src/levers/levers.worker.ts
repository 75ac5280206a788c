/// <reference lib="webworker" />
import {
  dailySeries,
  filterLog,
  forecastBacklog,
  inflowAudit,
  parseTicketsCsv,
  parseTicketsJson,
  sampleTicketsCsv,
  type TicketLog,
} from "@tidemark/core";
import type { LeversRequest, LeversResponse } from "./protocol";

// The dashboard's log stays in its own worker; the levers read the same source
// here (off the page's thread), filter it the same way, and send the log back
// for the what-if panel together with the audit and the forecast.

declare const self: DedicatedWorkerGlobalScope;

let current = 0;

self.onmessage = (event: MessageEvent<LeversRequest>) => {
  current = event.data.id;
  void run(event.data);
};

async function text(request: LeversRequest): Promise<{ text: string; json: boolean }> {
  const { source } = request;
  if (source.kind === "file") {
    return { text: await source.file.text(), json: /\.json$/i.test(source.file.name) };
  }
  if (source.kind === "url") {
    const response = await fetch(source.url);
    if (!response.ok) throw new Error(`Could not load ${source.url}: HTTP ${response.status}.`);
    const type = response.headers.get("content-type") ?? "";
    return {
      text: await response.text(),
      json: /\.json$/i.test(source.url) || type.includes("json"),
    };
  }
  const { seed, tickets, days, scenario, timeZone } = source;
  return { text: sampleTicketsCsv({ seed, tickets, days, scenario, timeZone }), json: false };
}

async function run(request: LeversRequest) {
  const { id, timeZone } = request;
  try {
    const input = await text(request);
    if (id !== current) return;
    const options = { timeZone, columns: request.columns };
    const parsed = input.json
      ? parseTicketsJson(input.text, options)
      : parseTicketsCsv(input.text, options);
    const filter = Object.fromEntries(
      Object.entries(request.filters).filter(([, values]) => values && values.length > 0),
    );
    const log: TicketLog =
      Object.keys(filter).length > 0 ? filterLog(parsed.log, filter) : parsed.log;
    const asOf = request.asOf ?? undefined;
    const at = { timeZone, asOf };
    const message: LeversResponse = {
      id,
      ok: true,
      log,
      audit: inflowAudit(log, at),
      forecast: forecastBacklog(log, { ...at, band: request.band, runs: 500 }),
      history: dailySeries(log, at),
    };
    self.postMessage(message);
  } catch (error) {
    const message: LeversResponse = { id, ok: false, message: (error as Error).message };
    self.postMessage(message);
  }
}

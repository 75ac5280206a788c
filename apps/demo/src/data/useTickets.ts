import type { ColumnMapping } from "@tidemark/core";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ParsedTickets, ParseRequest, ParseResponse, TicketSource } from "./protocol";

/** Loading state of the ticket source. */
export type TicketsState =
  | { status: "loading"; name: string; bytes: number; total: number | null; rows: number }
  | { status: "ready"; data: ParsedTickets }
  | {
      status: "failed";
      name: string;
      message: string;
      code: string;
      header: string[];
      preview: Record<string, unknown>[];
    };

/**
 * The opening sample: half a year (26 whole weeks) of a team whose inflow
 * outgrows it over the last six weeks, working in `timeZone` (the viewer's, so
 * its days and weeks line up with the view's).
 */
export function sampleSource(timeZone: string): TicketSource {
  return { kind: "sample", seed: 7, tickets: 12_000, days: 182, scenario: "rising", timeZone };
}

/**
 * Parses `source` in a Web Worker and re-parses when the time zone (read for
 * timestamps without an offset) or the column mapping changes. Keeps the last
 * good data on screen while a new parse runs.
 */
export function useTickets(
  source: TicketSource,
  timeZone: string,
  columns: ColumnMapping | undefined,
) {
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const [state, setState] = useState<TicketsState>({
    status: "loading",
    name: "",
    bytes: 0,
    total: null,
    rows: 0,
  });
  const [data, setData] = useState<ParsedTickets | null>(null);

  useEffect(() => {
    const w = new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<ParseResponse>) => {
      const message = event.data;
      if (message.id !== nextId.current) return;
      if (message.type === "progress") {
        setState((s) => (s.status === "loading" ? { ...s, ...message, status: "loading" } : s));
      } else if (message.type === "done") {
        setState({ status: "ready", data: message.result });
        setData(message.result);
      } else {
        setState({
          status: "failed",
          name: message.name,
          message: message.message,
          code: message.code,
          header: message.header,
          preview: message.preview,
        });
      }
    };
    w.onerror = (event) => {
      setState({
        status: "failed",
        name: "",
        message: `The parser stopped: ${event.message}`,
        code: "worker",
        header: [],
        preview: [],
      });
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    const id = ++nextId.current;
    const name =
      source.kind === "file" ? source.file.name : source.kind === "url" ? source.url : "Sample";
    setState({ status: "loading", name, bytes: 0, total: null, rows: 0 });
    const request: ParseRequest = { id, source, timeZone, columns };
    w.postMessage(request);
  }, [source, timeZone, columns]);

  const clear = useCallback(() => setData(null), []);
  return { state, data, clear };
}

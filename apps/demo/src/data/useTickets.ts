import type { ColumnMapping } from "@tidemark/core";
import { useEffect, useRef, useState } from "react";
import type { Settings } from "../state/settings";
import type {
  ParsedTickets,
  ParseRequest,
  TicketSource,
  ViewRequest,
  WorkerResponse,
} from "./protocol";
import { type ViewState, viewAfter } from "./view-state";

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

/** Dots drawn in the lead-time scatter at most (an SVG path of more takes seconds to paint). */
const MAX_DOTS = 20_000;

/**
 * Parses `source` in a Web Worker (again when the time zone, read for
 * timestamps without an offset, or the column mapping changes), then asks the
 * same worker for the view of each settings change. Keeps the last good data
 * and view on screen while new ones are computed.
 */
export function useTickets(
  source: TicketSource,
  columns: ColumnMapping | undefined,
  settings: Settings,
) {
  const worker = useRef<Worker | null>(null);
  const parseId = useRef(0);
  const viewId = useRef(0);
  const [state, setState] = useState<TicketsState>({
    status: "loading",
    name: "",
    bytes: 0,
    total: null,
    rows: 0,
  });
  const [data, setData] = useState<ParsedTickets | null>(null);
  const [view, setView] = useState<ViewState>({ model: null, error: null });
  const [updating, setUpdating] = useState(false);

  useEffect(() => {
    const w = new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === "view" || message.type === "view-error") {
        if (message.id !== viewId.current) return;
        setUpdating(false);
        setView((previous) => viewAfter(previous, message));
        return;
      }
      if (message.id !== parseId.current) return;
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

  const { timeZone } = settings;
  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    const id = ++parseId.current;
    const name =
      source.kind === "file" ? source.file.name : source.kind === "url" ? source.url : "Sample";
    setState({ status: "loading", name, bytes: 0, total: null, rows: 0 });
    const request: ParseRequest = { type: "parse", id, source, timeZone, columns };
    w.postMessage(request);
  }, [source, timeZone, columns]);

  const { bucket, bandLow, bandHigh, from, to, filters } = settings;
  useEffect(() => {
    const w = worker.current;
    if (!w || !data) return;
    const request: ViewRequest = {
      type: "view",
      id: ++viewId.current,
      dataId: data.id,
      timeZone,
      bucket,
      band: { low: bandLow, high: bandHigh },
      from,
      to,
      filters,
      maxDots: MAX_DOTS,
    };
    setUpdating(true);
    w.postMessage(request);
  }, [data, timeZone, bucket, bandLow, bandHigh, from, to, filters]);

  /** `updating`: a view was asked for and has not come back yet. */
  return { state, data, view, updating };
}

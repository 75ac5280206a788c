import type { ColumnMapping } from "@tidemark/core";
import { useEffect, useRef, useState } from "react";
import type { TicketSource } from "../data/protocol";
import type { Settings } from "../state/settings";
import type { LeversRequest, LeversResponse } from "./protocol";

type Ready = Extract<LeversResponse, { ok: true }>;

/** The epoch ms of noon UTC the day after `to`: a moment inside the next local day in any zone. */
export function asOfAfter(to: string | null): number | null {
  if (!to) return null;
  const t = Date.parse(`${to}T12:00:00Z`);
  return Number.isFinite(t) ? t + 86_400_000 : null;
}

/**
 * The log, audit and forecast of the dashboard's source with its settings,
 * from a worker of their own; the last good answer stays while a new one is computed.
 */
export function useLevers(source: TicketSource, columns: ColumnMapping | undefined, s: Settings) {
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const [data, setData] = useState<Ready | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const w = new Worker(new URL("./levers.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<LeversResponse>) => {
      const r = event.data;
      if (r.id !== nextId.current) return;
      setBusy(false);
      if (r.ok) {
        setData(r);
        setError(null);
      } else setError(r.message);
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  const filterKey = JSON.stringify(s.filters);
  useEffect(() => {
    const request: LeversRequest = {
      id: ++nextId.current,
      source,
      columns,
      timeZone: s.timeZone,
      band: { low: s.bandLow, high: Math.max(s.bandLow, s.bandHigh) },
      asOf: asOfAfter(s.to),
      filters: JSON.parse(filterKey),
    };
    setBusy(true);
    worker.current?.postMessage(request);
  }, [source, columns, s.timeZone, s.bandLow, s.bandHigh, s.to, filterKey]);
  return { data, error, busy };
}

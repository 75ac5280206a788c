import { type ColumnMapping, instantOfWall } from "@tidemark/core";
import { useEffect, useRef, useState } from "react";
import type { TicketSource } from "../data/protocol";
import type { Settings } from "../state/settings";
import type { LeversRequest, LeversResponse } from "./protocol";

type Ready = Extract<LeversResponse, { ok: true }>;

/**
 * The start (epoch ms) of the local day after `to` in `timeZone`: where the
 * levers' future begins. Noon UTC, used before, is two days on in UTC+12 to +14.
 * Null without a `to`, or for a zone the core refuses (the view says why).
 */
export function asOfAfter(to: string | null, timeZone: string): number | null {
  if (!to) return null;
  const day = Date.parse(`${to}T00:00:00Z`);
  if (!Number.isFinite(day)) return null;
  try {
    return instantOfWall(timeZone, day + 86_400_000);
  } catch {
    return null;
  }
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
      asOf: asOfAfter(s.to, s.timeZone),
      filters: JSON.parse(filterKey),
    };
    setBusy(true);
    worker.current?.postMessage(request);
  }, [source, columns, s.timeZone, s.bandLow, s.bandHigh, s.to, filterKey]);
  return { data, error, busy };
}

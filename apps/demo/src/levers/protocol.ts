import type {
  ColumnMapping,
  DailySeries,
  ForecastResult,
  InflowAuditResult,
  TicketLog,
} from "@tidemark/core";
import type { TicketSource } from "../data/protocol";

/** What the Levers section asks its worker: the same source and settings as the dashboard. */
export interface LeversRequest {
  id: number;
  source: TicketSource;
  columns?: ColumnMapping;
  timeZone: string;
  band: { low: number; high: number };
  /** The moment to look from (epoch ms): the day after the range's end; null = the data's end. */
  asOf: number | null;
  filters: Partial<Record<"category" | "channel" | "team", string[]>>;
}

/** The log (for the what-if panel, which replays it) and the audit and forecast of it. */
export type LeversResponse =
  | {
      id: number;
      ok: true;
      log: TicketLog;
      audit: InflowAuditResult;
      forecast: ForecastResult;
      history: DailySeries;
    }
  | { id: number; ok: false; message: string };

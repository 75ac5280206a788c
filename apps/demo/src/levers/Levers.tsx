import type { ColumnMapping } from "@tidemark/core";
import {
  AutomationCandidates,
  ForecastFan,
  InflowAudit,
  WhatIfPanel,
} from "@tidemark/react/levers";
import type { TicketSource } from "../data/protocol";
import type { Settings } from "../state/settings";
import { asOfAfter, useLevers } from "./useLevers";

interface LeversProps {
  source: TicketSource;
  columns?: ColumnMapping;
  settings: Settings;
}

/**
 * The three levers on the loaded log: the faucet (inflow audit and automation
 * candidates), the level (forecast) and the what-if, with the dashboard's time
 * zone, band, filters and range end.
 */
export function Levers({ source, columns, settings }: LeversProps) {
  const { data, error, busy } = useLevers(source, columns, settings);
  const band = { low: settings.bandLow, high: Math.max(settings.bandLow, settings.bandHigh) };
  return (
    <section className="tmd-levers" aria-labelledby="tmd-levers-title">
      <header className="tmd-levers-head">
        <h2 id="tmd-levers-title">Levers</h2>
        <p className="tmd-muted">
          What to shut off, where the level is heading, and what a change would do.
          <span aria-live="polite">{busy ? " Updating…" : ""}</span>
        </p>
      </header>
      {error ? (
        <p className="tmd-alert" role="alert">
          Could not compute the levers: {error}
        </p>
      ) : null}
      {data ? (
        <div className="tmd-grid">
          <section className="tmd-card tmd-card-wide" aria-label="Forecast">
            <ForecastFan
              forecast={data.forecast}
              history={data.history}
              timeZone={settings.timeZone}
              title="Backlog forecast, next 4 weeks"
            />
          </section>
          <section className="tmd-card" aria-label="Inflow audit">
            <InflowAudit audit={data.audit} timeZone={settings.timeZone} title="Inflow audit" />
          </section>
          <section className="tmd-card" aria-label="Automation candidates">
            <AutomationCandidates candidates={data.audit.automation} />
          </section>
          <section className="tmd-card tmd-card-wide" aria-label="What if">
            <WhatIfPanel
              key={`${settings.bandLow}-${settings.bandHigh}`}
              log={data.log}
              timeZone={settings.timeZone}
              asOf={asOfAfter(settings.to, settings.timeZone) ?? undefined}
              band={band}
            />
          </section>
        </div>
      ) : (
        <p className="tmd-empty">Preparing the levers…</p>
      )}
    </section>
  );
}

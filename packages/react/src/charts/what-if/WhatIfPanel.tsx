"use client";
import {
  attributeValues,
  type CapacityToReachBandResult,
  capacityToReachBand,
  INFLOW_KINDS,
  type InflowKind,
  type TicketLog,
  type WhatIfResult,
  whatIf,
} from "@tidemark/core";
import { type CSSProperties, useDeferredValue, useId, useMemo, useState } from "react";
import { rootStyle } from "../../parts/styles.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { themeVar } from "../../theme/tokens.js";
import { addDays } from "../forecast-fan/words.js";
import { categoryLabel } from "../inflow-audit/model.js";
import {
  type WhatIfPanelModel,
  type WhatIfSettings,
  whatIfLevers,
  whatIfPanelModel,
} from "./model.js";
import { WhatIfResults } from "./WhatIfResults.js";

/** Props of {@link WhatIfPanel}. */
export interface WhatIfPanelProps extends Omit<ChartBaseProps, "width" | "height" | "dataTable"> {
  /** The ticket log the levers replay (`parseTicketsCsv(…).log`). */
  log: TicketLog;
  /** The moment to look from (epoch ms); default: the end of the data. */
  asOf?: number;
  /** Days projected. Default 42 (six weeks). */
  horizonDays?: number;
  /** The starting band, days of capacity. Default `{ low: 0.5, high: 2 }`. */
  band?: { low: number; high: number };
  /** Monte Carlo runs and seed. Defaults 500 and 1. */
  runs?: number;
  seed?: number;
  /** Categories offered to deflect. Default: the 12 largest in the log. */
  categories?: readonly string[];
  children?: ModelChildren<WhatIfPanelModel>;
}

const KIND_WORDS: Record<InflowKind, string> = {
  new: "new requests",
  recurring: "recurring questions",
  "follow-up": "follow-ups",
  misrouted: "misrouted tickets",
  noise: "noise",
  automated: "automated tickets",
};

// A column that may shrink below its content: a select as wide as its longest
// category would otherwise push the panel past a phone's width.
const field: CSSProperties = {
  display: "grid",
  gridTemplateColumns: "minmax(0, 1fr)",
  gap: 2,
  marginBottom: 8,
};
const input: CSSProperties = {
  maxWidth: "100%",
  font: "inherit",
  color: themeVar("text"),
  background: themeVar("background"),
  border: `1px solid ${themeVar("muted")}`,
  borderRadius: 4,
  padding: "2px 4px",
};

type Outcome = { result: WhatIfResult; staffing: CapacityToReachBandResult | null } | string;

const finite = (v: string, fallback: number) => {
  const n = Number(v);
  return Number.isFinite(n) ? n : fallback;
};

/**
 * Lever controls wired to core's `whatIf`: deflect a share of a category or
 * inflow kind, change capacity by a percentage or a number of agents, move the
 * band; the projected bathtub beside today's course, the weeks ahead, Little's
 * law lead time with its assumptions in words, and the staffing needed to be
 * back in the band by a date (`capacityToReachBand`).
 *
 * @example <WhatIfPanel log={log} timeZone="Europe/Paris" />
 */
export function WhatIfPanel(props: WhatIfPanelProps) {
  const { log, asOf, locale } = props;
  const timeZone = props.timeZone ?? "UTC";
  const horizonDays = props.horizonDays ?? 42;
  const startBand = props.band ?? { low: 0.5, high: 2 };
  const [settings, setSettings] = useState<WhatIfSettings>({
    deflect: null,
    deflectShare: 0.3,
    capacity: { percent: 0 },
    band: startBand,
  });
  const [byDate, setByDate] = useState("");
  const deferred = useDeferredValue(settings);
  const deferredDate = useDeferredValue(byDate);
  const categories = useMemo(
    () =>
      props.categories ??
      attributeValues(log, "category")
        .slice(0, 12)
        .map((v) => v.value),
    [log, props.categories],
  );
  const runs = props.runs ?? 500;
  const seed = props.seed;
  const { low: bandLow, high: bandHigh } = startBand;
  const common = useMemo(
    () => ({ timeZone, asOf, runs, seed, band: { low: bandLow, high: bandHigh } }),
    [timeZone, asOf, runs, seed, bandLow, bandHigh],
  );
  const outcome: Outcome = useMemo(() => {
    try {
      const levers = whatIfLevers(deferred);
      const result = whatIf(log, { ...common, levers, horizonDays });
      const date = deferredDate || addDays(result.firstDate, 27);
      const staffing =
        result.firstDate === ""
          ? null
          : capacityToReachBand(log, {
              ...common,
              // biome-ignore lint/complexity/useMathMinMax: dates are strings, compared as text
              byDate: date < result.firstDate ? result.firstDate : date,
              levers: levers.filter((l) => l.kind !== "capacity"),
            });
      return { result, staffing };
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [log, common, deferred, deferredDate, horizonDays]);
  const m = useMemo(
    () =>
      typeof outcome === "string"
        ? null
        : whatIfPanelModel(outcome.result, outcome.staffing, {
            locale,
            timeZone,
            staffingDate: byDate || addDays(outcome.result.firstDate, 27),
          }),
    [outcome, locale, timeZone, byDate],
  );
  const team = typeof outcome === "string" ? null : outcome.result.applied.agents;
  const agentsKnown = team !== null;
  // Removing every agent is refused by the core, as −100% is.
  const fewestAgents = team === null ? -50 : Math.max(-50, 1 - team);
  const captionId = useId();
  const title = props.title ?? "What if…";
  const ids = {
    target: useId(),
    share: useId(),
    mode: useId(),
    amount: useId(),
    low: useId(),
    high: useId(),
    date: useId(),
  };
  const set = (patch: Partial<WhatIfSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const target = settings.deflect
    ? "category" in settings.deflect
      ? `category:${settings.deflect.category}`
      : `kind:${settings.deflect.inflowKind}`
    : "";
  const byAgents = "agents" in settings.capacity;
  const amount =
    "agents" in settings.capacity ? settings.capacity.agents : settings.capacity.percent;
  const look = { theme: props.theme, locale, timeZone };
  return (
    <section
      aria-labelledby={captionId}
      className={props.className}
      style={rootStyle(props.theme, props.style)}
    >
      <h3 id={captionId} style={{ fontSize: "1.1em", margin: "0 0 8px" }}>
        {title}
      </h3>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 24, alignItems: "flex-start" }}>
        <form
          // Named after the panel, so two panels on a page are two distinct form landmarks.
          aria-label={`Levers: ${title}`}
          onSubmit={(e) => e.preventDefault()}
          style={{ flex: "0 1 240px", minWidth: 200 }}
        >
          <fieldset style={{ border: "none", padding: 0, margin: "0 0 8px" }}>
            <legend style={{ fontWeight: 600, padding: 0 }}>Deflect or automate</legend>
            <div style={field}>
              <label htmlFor={ids.target}>What</label>
              <select
                id={ids.target}
                style={input}
                value={target}
                onChange={(e) => {
                  const v = e.target.value;
                  set({
                    deflect: v.startsWith("category:")
                      ? { category: v.slice(9) }
                      : v.startsWith("kind:")
                        ? { inflowKind: v.slice(5) as InflowKind }
                        : null,
                  });
                }}
              >
                <option value="">Nothing</option>
                {categories.length > 0 ? (
                  <optgroup label="Category">
                    {categories.map((c) => (
                      <option key={c} value={`category:${c}`}>
                        {categoryLabel(c)}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                <optgroup label="Inflow kind">
                  {INFLOW_KINDS.map((k) => (
                    <option key={k} value={`kind:${k}`}>
                      {KIND_WORDS[k]}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
            <div style={field}>
              <label htmlFor={ids.share}>
                Share deflected: {Math.round(settings.deflectShare * 100)}%
              </label>
              <input
                id={ids.share}
                type="range"
                min={0}
                max={100}
                step={5}
                value={Math.round(settings.deflectShare * 100)}
                disabled={settings.deflect === null}
                onChange={(e) => set({ deflectShare: finite(e.target.value, 0) / 100 })}
              />
            </div>
          </fieldset>
          <fieldset style={{ border: "none", padding: 0, margin: "0 0 8px" }}>
            <legend style={{ fontWeight: 600, padding: 0 }}>Capacity</legend>
            <div style={field}>
              <label htmlFor={ids.mode}>Change by</label>
              <select
                id={ids.mode}
                style={input}
                value={byAgents ? "agents" : "percent"}
                onChange={(e) =>
                  set({ capacity: e.target.value === "agents" ? { agents: 0 } : { percent: 0 } })
                }
              >
                <option value="percent">a percentage</option>
                {agentsKnown ? <option value="agents">a number of agents</option> : null}
              </select>
            </div>
            <div style={field}>
              <label htmlFor={ids.amount}>
                {byAgents ? "Agents added (− removes)" : "Percent (+/−)"}
              </label>
              <input
                id={ids.amount}
                type="number"
                style={input}
                step={byAgents ? 1 : 5}
                min={byAgents ? fewestAgents : -90}
                max={byAgents ? 100 : 300}
                value={amount}
                onChange={(e) => {
                  const v = finite(e.target.value, 0);
                  set({
                    capacity: byAgents
                      ? { agents: Math.min(100, Math.max(fewestAgents, Math.round(v))) }
                      : { percent: Math.min(300, Math.max(-90, v)) },
                  });
                }}
              />
            </div>
          </fieldset>
          <fieldset style={{ border: "none", padding: 0, margin: "0 0 8px" }}>
            <legend style={{ fontWeight: 600, padding: 0 }}>Healthy band (days of work)</legend>
            <div style={{ display: "flex", gap: 8 }}>
              <div style={field}>
                <label htmlFor={ids.low}>Band low</label>
                <input
                  id={ids.low}
                  type="number"
                  style={{ ...input, width: "5em" }}
                  min={0}
                  step={0.5}
                  value={settings.band.low}
                  onChange={(e) => {
                    const low = Math.max(0, finite(e.target.value, 0));
                    set({ band: { low, high: Math.max(low, settings.band.high) } });
                  }}
                />
              </div>
              <div style={field}>
                <label htmlFor={ids.high}>Band high</label>
                <input
                  id={ids.high}
                  type="number"
                  style={{ ...input, width: "5em" }}
                  min={settings.band.low}
                  step={0.5}
                  value={settings.band.high}
                  onChange={(e) => {
                    const high = Math.max(
                      settings.band.low,
                      finite(e.target.value, settings.band.high),
                    );
                    set({ band: { low: settings.band.low, high } });
                  }}
                />
              </div>
            </div>
          </fieldset>
          <div style={field}>
            <label htmlFor={ids.date} style={{ fontWeight: 600 }}>
              Back in the band by
            </label>
            <input
              id={ids.date}
              type="date"
              style={input}
              value={
                byDate || (typeof outcome === "string" ? "" : addDays(outcome.result.firstDate, 27))
              }
              onChange={(e) => setByDate(e.target.value)}
            />
          </div>
        </form>
        <div style={{ flex: "1 1 420px", minWidth: 0 }}>
          {m === null ? (
            <p role="alert">{typeof outcome === "string" ? outcome : ""}</p>
          ) : (
            <WhatIfResults m={m} look={look} />
          )}
        </div>
      </div>
      {m ? props.children?.(m) : null}
    </section>
  );
}

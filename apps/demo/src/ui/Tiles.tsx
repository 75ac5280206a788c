import type { MetricsResult } from "@tidemark/core";
import { createFormatter, type HealthMetric, HealthTile } from "@tidemark/react";
import { type ReactNode, useId } from "react";
import { formatCount, formatDecimal, formatHours } from "../format";

interface TileProps {
  label: string;
  /** The figure; `<data value>` carries the raw number for machines. */
  value: ReactNode;
  detail?: ReactNode;
  tone?: "above" | "below" | "healthy" | "neutral";
}

function Tile({ label, value, detail, tone = "neutral" }: TileProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`tmd-tile tmd-tone-${tone}`}>
      <p id={id} className="tmd-tile-label">
        {label}
      </p>
      <p className="tmd-tile-value">{value}</p>
      {detail ? <p className="tmd-tile-detail">{detail}</p> : null}
    </section>
  );
}

/**
 * A figure, its unit ("days", "h") in smaller type so "26.0 days" stays on one
 * line in a narrow tile.
 */
const figure = (v: number | null, text: string) => {
  const unit = /^(\S+) (\D+)$/.exec(text);
  return (
    <data value={v === null ? "" : String(v)}>
      {unit ? (
        <>
          {unit[1]} <span className="tmd-tile-unit">{unit[2]}</span>
        </>
      ) : (
        text
      )}
    </data>
  );
};

/** The level now, from the kit's HealthTile: last bucket's figure, trend, band status, sparkline. */
export function HealthTiles({ result }: { result: MetricsResult }) {
  const metrics: HealthMetric[] = ["backlog", "backlogDays", "inflow", "throughput"];
  return (
    <section className="tmd-tiles tmd-health" aria-label="Health now">
      {metrics.map((metric) => (
        <div
          key={metric}
          className={`tmd-tile tmd-tone-${metric === "backlog" ? (result.buckets.at(-1)?.status ?? "neutral") : "neutral"}`}
        >
          <HealthTile
            result={result}
            metric={metric}
            // Days of work divide by capacity (the last weeks' throughput); the what-if's
            // Little's law divides by the history it replays: say which, so the two differ openly.
            title={
              metric === "backlogDays"
                ? `Days of work (${result.capacityWindowDays}-day pace)`
                : undefined
            }
            timeZone={result.timeZone}
            style={{ display: "flex" }}
          />
        </div>
      ))}
    </section>
  );
}

/** Band limits as the kit's charts write them (the bathtub, the backlog trend): `1.3–5`. */
const bandLimits = (low: number | null | undefined, high: number | null | undefined) =>
  createFormatter().bandLimits(low, high);

/** Figures over the whole range: the band in tickets, what flowed through, lead time, aging. */
export function Tiles({ result }: { result: MetricsResult }) {
  const last = result.buckets[result.buckets.length - 1];
  const week = result.aging.olderThan.find((t) => t.days === 7) ?? null;
  const lead = result.totals.leadTime;
  const net = result.totals.inflow - result.totals.throughput;
  const [bandLow, bandHigh] = bandLimits(last?.bandLow, last?.bandHigh);
  return (
    <section className="tmd-tiles" aria-label="Range figures">
      <Tile
        label="Healthy band"
        value={
          last?.bandLow == null || last.bandHigh == null ? (
            figure(null, "–")
          ) : (
            <>
              {figure(last.bandLow, bandLow)}
              {"–"}
              {figure(last.bandHigh, bandHigh)}
            </>
          )
        }
        detail={
          last?.capacity == null
            ? `${formatDecimal(result.band.lowDays)}–${formatDecimal(result.band.highDays)} days of capacity; none yet: nothing solved`
            : `${formatDecimal(result.band.lowDays)}–${formatDecimal(result.band.highDays)} days × ${formatDecimal(last.capacity)} solved/day`
        }
      />
      <Tile
        label="Total inflow"
        value={figure(result.totals.inflow, formatCount(result.totals.inflow))}
        detail={`${formatCount(result.totals.created)} new · ${formatCount(result.totals.reopened)} reopened`}
      />
      <Tile
        label="Total throughput"
        value={figure(result.totals.throughput, formatCount(result.totals.throughput))}
        detail={`Net flow ${net > 0 ? "+" : net < 0 ? "−" : ""}${formatCount(Math.abs(net))}`}
      />
      <Tile
        label="Lead time p85"
        value={figure(lead?.p85 ?? null, formatHours(lead?.p85))}
        detail={`Median ${formatHours(lead?.p50)} · ${formatCount(lead?.count ?? 0)} resolved`}
      />
      <Tile
        label="Open over 7 days"
        value={figure(week?.count ?? null, formatCount(week?.count))}
        detail={`of ${formatCount(result.aging.count)} open · oldest ${formatHours(result.aging.oldest)}`}
      />
    </section>
  );
}

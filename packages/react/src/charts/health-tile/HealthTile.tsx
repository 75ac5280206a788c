"use client";
import type { MetricsResult } from "@tidemark/core";
import { useId, useMemo } from "react";
import { VisuallyHiddenTable } from "../../parts/DataTable.js";
import { rootStyle, visuallyHidden } from "../../parts/styles.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { themeVar } from "../../theme/tokens.js";
import { type HealthMetric, type HealthTileModel, healthTileModel } from "./model.js";

/** Props of {@link HealthTile}. */
export interface HealthTileProps extends Omit<ChartBaseProps, "width" | "height" | "dataTable"> {
  result: MetricsResult;
  /** Default `"backlog"`. */
  metric?: HealthMetric;
  /** Buckets in the sparkline. Default 12. */
  sparkBuckets?: number;
  children?: ModelChildren<HealthTileModel>;
}

const ARROWS = { up: "▲", down: "▼", flat: "■" } as const;

/**
 * One number for a dashboard: the last bucket's figure, its trend, the band
 * status in words (with an icon) and a sparkline.
 *
 * @example <HealthTile result={result} metric="backlog" />
 */
export function HealthTile(props: HealthTileProps) {
  const { result, metric, sparkBuckets, locale, timeZone } = props;
  const m = useMemo(
    () => healthTileModel(result, { metric, sparkBuckets, locale, timeZone }),
    [result, metric, sparkBuckets, locale, timeZone],
  );
  const statusColor = themeVar(m.status ?? "muted");
  const captionId = useId();
  return (
    <figure
      aria-labelledby={captionId}
      className={props.className}
      style={rootStyle(props.theme, {
        display: "inline-flex",
        flexDirection: "column",
        gap: 2,
        minWidth: 160,
        ...props.style,
      })}
    >
      <figcaption id={captionId} style={{ color: themeVar("muted"), fontWeight: 600 }}>
        {props.title ?? m.label}
      </figcaption>
      <div style={{ display: "flex", alignItems: "baseline", gap: 8 }}>
        <span style={{ fontSize: "2.2em", fontWeight: 700, fontVariantNumeric: "tabular-nums" }}>
          {m.value}
        </span>
        <svg
          width={72}
          height={24}
          viewBox="0 0 100 24"
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <path
            d={m.sparkPath}
            fill="none"
            stroke={themeVar("backlog")}
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
      </div>
      {m.trend ? (
        <span>
          <span aria-hidden="true" style={{ fontSize: "0.8em", marginRight: 4 }}>
            {ARROWS[m.direction]}
          </span>
          {m.trend}
        </span>
      ) : null}
      {m.showsStatus ? (
        <span style={{ color: statusColor, fontWeight: 600 }}>
          <span aria-hidden="true" style={{ marginRight: 4 }}>
            {m.status === "above"
              ? "▲"
              : m.status === "below"
                ? "▼"
                : m.status === "healthy"
                  ? "✓"
                  : "–"}
          </span>
          {m.statusLabel}
        </span>
      ) : null}
      <span style={visuallyHidden}>{m.summary}</span>
      <VisuallyHiddenTable table={m.table} />
      {props.children?.(m)}
    </figure>
  );
}

"use client";
import type { AgingPoints, AgingResult } from "@tidemark/core";
import { useMemo } from "react";
import { BidiText } from "../../parts/BidiText.js";
import { ChartFrame, frameProps } from "../../parts/ChartFrame.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { withWidth } from "../../parts/withWidth.js";
import { type ThemeToken, themeVar } from "../../theme/tokens.js";
import { type AgingWorkModel, agingWorkModel } from "./model.js";

/** Props of {@link AgingWork}. */
export interface AgingWorkProps extends ChartBaseProps {
  /** Core's `aging(log, { asOf })`, or `result.aging`. */
  aging: AgingResult;
  /** Core's `agingPoints(log, { asOf: aging.asOf })`, to list the oldest open tickets by id. */
  points?: AgingPoints;
  /** How many of the oldest tickets to list. Default 5. */
  oldestCount?: number;
  children?: ModelChildren<AgingWorkModel>;
}

const rankToken = (rank: number, last: number): ThemeToken =>
  rank === last ? "backlog" : rank === 0 ? "above" : rank === 1 ? "below" : "inflow";

function AgingWorkChart(props: AgingWorkProps & { width: number }) {
  const { aging, points, oldestCount, width, locale, timeZone, height } = props;
  const m = useMemo(
    () => agingWorkModel(aging, { width, height, locale, timeZone, points, oldestCount }),
    [aging, points, oldestCount, width, height, locale, timeZone],
  );
  const last = m.rows.length - 1;
  return (
    <ChartFrame
      {...frameProps(m, props)}
      fallbackTitle="Open work by age"
      legend={
        <dl style={{ display: "flex", flexWrap: "wrap", gap: "2px 16px", margin: "6px 0 0" }}>
          {m.stats.map((s) => (
            <div key={s.label} style={{ display: "flex", gap: 4 }}>
              <dt style={{ color: themeVar("muted") }}>{s.label}</dt>
              <dd style={{ margin: 0, fontWeight: 600, fontVariantNumeric: "tabular-nums" }}>
                {s.value}
              </dd>
            </div>
          ))}
          {m.oldest.length > 0 && (
            <div style={{ flexBasis: "100%" }}>
              <dt style={{ color: themeVar("muted") }}>Oldest open tickets</dt>
              <dd style={{ margin: 0 }}>
                <ol style={{ margin: "2px 0 0", paddingInlineStart: 20 }}>
                  {m.oldest.map((t) => (
                    <li key={t.id} style={{ fontVariantNumeric: "tabular-nums" }}>
                      <span style={{ fontWeight: 600 }}>{t.id}</span> · {t.age}
                    </li>
                  ))}
                </ol>
              </dd>
            </div>
          )}
        </dl>
      }
    >
      {m.rows.map((r) => (
        <g key={r.label}>
          <text
            x={m.plot.left - 8}
            y={r.y + m.barHeight / 2}
            textAnchor="end"
            dominantBaseline="middle"
            fill={themeVar("text")}
            fontSize="12"
          >
            <BidiText figures={[r.labelFigure]}>{r.label}</BidiText>
          </text>
          <rect
            x={m.plot.left}
            y={r.y}
            width={Math.max(0, m.plot.right - m.plot.left)}
            height={m.barHeight}
            rx={3}
            fill={themeVar("grid")}
            fillOpacity={0.5}
          />
          <rect
            x={m.plot.left}
            y={r.y}
            width={r.barWidth}
            height={m.barHeight}
            rx={3}
            fill={themeVar(rankToken(r.rank, last))}
          />
          <text
            x={m.plot.left + r.barWidth + 6}
            y={r.y + m.barHeight / 2}
            dominantBaseline="middle"
            fill={themeVar("text")}
            fontSize="12"
            fontWeight="600"
          >
            {r.valueLabel}
          </text>
        </g>
      ))}
      {props.children?.(m)}
    </ChartFrame>
  );
}

/**
 * Open tickets by age, oldest first: how many are older than each threshold,
 * then all open tickets, with the median age, the oldest ticket and, given
 * `points`, the oldest tickets by id.
 *
 * @example <AgingWork aging={result.aging} points={agingPoints(log, { asOf: result.aging.asOf })} />
 */
export const AgingWork = withWidth(AgingWorkChart);

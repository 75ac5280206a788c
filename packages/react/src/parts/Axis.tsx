import { themeVar } from "../theme/tokens.js";
import type { Tick } from "./types.js";

/** Props of {@link Axis}. */
export interface AxisProps {
  orientation: "left" | "bottom";
  ticks: Tick[];
  /** For a left axis, the x of the axis line; for a bottom axis, its y. */
  at: number;
  /** Grid lines across the plot: from `at` to `gridTo` (px). */
  gridTo?: number;
  /** Draw the axis line between these px. */
  extent?: [number, number];
}

/** A quiet axis: tick labels, light grid lines, no heavy domain line. */
export function Axis({ orientation, ticks, at, gridTo, extent }: AxisProps) {
  const left = orientation === "left";
  return (
    <g fontSize="11" fill={themeVar("muted")}>
      {extent ? (
        <line
          x1={left ? at : extent[0]}
          x2={left ? at : extent[1]}
          y1={left ? extent[0] : at}
          y2={left ? extent[1] : at}
          stroke={themeVar("muted")}
          strokeWidth={1}
        />
      ) : null}
      {ticks.map((t) => (
        <g key={`${t.pos}-${t.label}`}>
          {gridTo !== undefined ? (
            <line
              x1={left ? at : t.pos}
              x2={left ? gridTo : t.pos}
              y1={left ? t.pos : at}
              y2={left ? t.pos : gridTo}
              stroke={themeVar("grid")}
              strokeWidth={1}
            />
          ) : null}
          <text
            x={left ? at - 6 : t.pos}
            y={left ? t.pos : at + 16}
            textAnchor={left ? "end" : "middle"}
            dominantBaseline={left ? "middle" : undefined}
          >
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

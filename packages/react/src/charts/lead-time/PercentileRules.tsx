import { isolate } from "../../parts/BidiText.js";
import { themeVar } from "../../theme/tokens.js";
import { LABEL_GAP, type PercentileLine } from "./percentiles.js";

/** Dashed percentile rules with labels: horizontal (scatter) or vertical (histogram). */
export function PercentileRules(props: {
  lines: PercentileLine[];
  orientation: "horizontal" | "vertical";
  from: number;
  to: number;
}) {
  const { lines, orientation, from, to } = props;
  const dashes = ["2 3", "6 3", "10 4"];
  return (
    <g fontSize="11" fill={themeVar("text")}>
      {lines.map((l, i) =>
        orientation === "horizontal" ? (
          <g key={l.label}>
            <line
              x1={from}
              x2={to}
              y1={l.pos}
              y2={l.pos}
              stroke={themeVar("text")}
              strokeWidth={1.25}
              strokeDasharray={dashes[i]}
            />
            <text x={to + 4} y={l.labelPos} dominantBaseline="middle">
              {l.label} <tspan style={isolate}>{l.value}</tspan>
            </text>
          </g>
        ) : (
          <g key={l.label}>
            <line
              x1={l.pos}
              x2={l.pos}
              y1={from}
              y2={to}
              stroke={themeVar("text")}
              strokeWidth={1.25}
              strokeDasharray={dashes[i]}
            />
            <text x={l.pos + 3} y={from - 4 - (lines.length - 1 - i) * LABEL_GAP}>
              {l.label} <tspan style={isolate}>{l.value}</tspan>
            </text>
          </g>
        ),
      )}
    </g>
  );
}

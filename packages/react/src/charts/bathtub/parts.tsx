import type { BandStatus } from "@tidemark/core";
import { themeVar } from "../../theme/tokens.js";
import type { LevelTrend } from "./model.js";

/** The status pill: an icon and words, tinted, so colour is never the only cue. */
export function StatusBadge(props: {
  status: BandStatus | null;
  label: string;
  x: number;
  y: number;
  size?: number;
}) {
  const { status, label, x, y } = props;
  const s = props.size ?? 13;
  const token = status ?? "muted";
  const c = themeVar(token);
  const w = Math.round(label.length * s * 0.6 + s * 2.6);
  const h = Math.round(s * 2);
  const cy = y + h / 2;
  const ix = x + s * 0.95;
  const r = s * 0.42;
  let icon: string;
  if (status === "above") icon = `M${ix},${cy - r}l${r},${r * 1.6}h${-2 * r}Z`;
  else if (status === "below") icon = `M${ix},${cy + r}l${r},${-r * 1.6}h${-2 * r}Z`;
  else if (status === "healthy")
    icon = `M${ix - r},${cy}l${r * 0.7},${r * 0.7}l${r * 1.3},${-r * 1.4}`;
  else icon = `M${ix - r},${cy}h${2 * r}`;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={h / 2}
        fill={c}
        fillOpacity={0.12}
        stroke={c}
        strokeOpacity={0.55}
      />
      <path
        d={icon}
        fill={status === "above" || status === "below" ? c : "none"}
        stroke={c}
        strokeWidth={status === "healthy" || status === null ? 2 : 1}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <text
        x={x + s * 1.75}
        y={cy}
        dominantBaseline="central"
        fill={c}
        fontSize={s}
        fontWeight={600}
      >
        {label}
      </text>
    </g>
  );
}

/** ▲ rising, ▼ falling, — steady. */
export function TrendIcon(props: { trend: LevelTrend; x: number; y: number; size: number }) {
  const { trend, x, y, size: s } = props;
  const d =
    trend === "rising"
      ? `M${x},${y + s * 0.35}L${x + s / 2},${y - s * 0.45}L${x + s},${y + s * 0.35}Z`
      : trend === "falling"
        ? `M${x},${y - s * 0.35}L${x + s / 2},${y + s * 0.45}L${x + s},${y - s * 0.35}Z`
        : `M${x},${y}h${s}`;
  return (
    <path
      d={d}
      fill={trend === "steady" ? "none" : themeVar("text")}
      stroke={themeVar("text")}
      strokeWidth={2}
      strokeLinejoin="round"
    />
  );
}

/** A gentle wave across `[left, right]` at height `y`, closed down to `bottom`. */
export function wavePath(
  left: number,
  right: number,
  y: number,
  bottom: number,
  amp: number,
): string {
  const w = 24;
  let d = `M${left - w},${y}`;
  for (let x = left - w; x < right + w; x += w) d += `q${w / 4},${-amp} ${w / 2},0t${w / 2},0`;
  return `${d}V${bottom}H${left - w}Z`;
}

import type { CSSProperties } from "react";
import { themeVar } from "../theme/tokens.js";
import type { TooltipContent } from "./types.js";

/** Props of {@link Tooltip}. */
export interface TooltipProps {
  id?: string;
  content: TooltipContent;
  /** Anchor in px inside the chart's box. */
  x: number;
  y: number;
  /** Width of the chart's box, to flip the tooltip at the right edge. */
  boundsWidth: number;
  boundsHeight?: number;
  /** Place by percentages of the box (for charts that scale to their container). */
  relative?: boolean;
}

/**
 * A tooltip box: text only, placed next to a point, flipped to stay inside.
 * The chart owns when it shows (mouse, touch, keyboard focus).
 */
export function Tooltip({ id, content, x, y, boundsWidth, boundsHeight, relative }: TooltipProps) {
  const flip = x > boundsWidth * 0.6;
  const w = boundsWidth > 0 ? boundsWidth : 1;
  const h = boundsHeight && boundsHeight > 0 ? boundsHeight : 1;
  const at = (v: number, total: number) =>
    relative ? `${Math.round((v / total) * 1000) / 10}%` : v;
  const style: CSSProperties = {
    position: "absolute",
    top: at(Math.max(0, y - 12), h),
    left: flip ? undefined : at(x + 12, w),
    right: flip ? at(Math.max(0, boundsWidth - x + 12), w) : undefined,
    pointerEvents: "none",
    background: themeVar("tooltipBackground"),
    color: themeVar("tooltipText"),
    borderRadius: 6,
    padding: "6px 8px",
    boxShadow: "0 2px 8px rgba(0,0,0,0.18)",
    whiteSpace: "nowrap",
    zIndex: 1,
    fontSize: "inherit",
  };
  return (
    <div id={id} role="tooltip" style={style}>
      <div style={{ fontWeight: 600, marginBottom: 2 }}>{content.title}</div>
      {content.lines.map((line) => (
        <div key={line.label} style={{ display: "flex", gap: 8, justifyContent: "space-between" }}>
          <span>
            {line.token ? (
              <span
                aria-hidden="true"
                style={{
                  display: "inline-block",
                  width: 8,
                  height: 8,
                  borderRadius: 2,
                  marginRight: 4,
                  background: themeVar(line.token),
                }}
              />
            ) : null}
            {line.label}
          </span>
          <span style={{ fontVariantNumeric: "tabular-nums", fontWeight: 600 }}>{line.value}</span>
        </div>
      ))}
    </div>
  );
}

/** The tooltip as one sentence, for the live region. */
export function tooltipText(content: TooltipContent): string {
  return `${content.title}: ${content.lines.map((l) => `${l.label} ${l.value}`).join(", ")}`;
}

import { type ThemeToken, themeVar } from "../theme/tokens.js";

/** One legend entry. The shape repeats the mark's shape, so colour is never the only cue. */
export interface LegendItem {
  label: string;
  token: ThemeToken;
  shape: "line" | "dashed" | "area" | "bar" | "dot" | "triangle-up" | "triangle-down";
}

function Swatch({ item }: { item: LegendItem }) {
  const c = themeVar(item.token);
  switch (item.shape) {
    case "line":
      return <line x1={1} x2={15} y1={6} y2={6} stroke={c} strokeWidth={2.5} />;
    case "dashed":
      return <line x1={1} x2={15} y1={6} y2={6} stroke={c} strokeWidth={2} strokeDasharray="4 2" />;
    case "area":
      return <rect x={1} y={1} width={14} height={10} fill={c} fillOpacity={0.25} stroke={c} />;
    case "bar":
      return <rect x={3} y={1} width={10} height={10} fill={c} />;
    case "dot":
      return <circle cx={8} cy={6} r={4} fill={c} />;
    case "triangle-up":
      return <path d="M8 1 L14 11 L2 11 Z" fill={c} />;
    default:
      return <path d="M2 1 L14 1 L8 11 Z" fill={c} />;
  }
}

/** A legend as an HTML list, so it wraps and reads as text. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul
      data-tidemark-legend=""
      style={{
        listStyle: "none",
        display: "flex",
        flexWrap: "wrap",
        gap: "4px 16px",
        margin: "6px 0 0",
        padding: 0,
        color: themeVar("muted"),
      }}
    >
      {items.map((item) => (
        <li key={item.label} style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
          <svg width={16} height={12} aria-hidden="true" style={{ display: "block" }}>
            <Swatch item={item} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

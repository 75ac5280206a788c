"use client";
import type { MetricsResult } from "@tidemark/core";
import { type CSSProperties, useId, useMemo } from "react";
import { fitFontSize } from "../../format/label-width.js";
import { BidiText, isolate } from "../../parts/BidiText.js";
import { ChartFrame } from "../../parts/ChartFrame.js";
import { ResponsiveContainer } from "../../parts/ResponsiveContainer.js";
import { svgId } from "../../parts/styles.js";
import type { ChartBaseProps, ModelChildren, PointNavigation } from "../../parts/types.js";
import { themeVar } from "../../theme/tokens.js";
import { bathtubLayout } from "./layout.js";
import { type BathtubModel, bathtubModel } from "./model.js";
import { StatusBadge, TrendIcon, wavePath } from "./parts.js";

/** Props of {@link Bathtub}. */
export interface BathtubProps extends Omit<ChartBaseProps, "width" | "height"> {
  result: MetricsResult;
  /** Which bucket to show. Default: the last. Negative counts from the end. */
  bucketIndex?: number;
  /**
   * `"hero"` (default), or `"compact"` for a KPI card. The hero lays itself out
   * compact in a container under 480 px wide (see {@link Bathtub}).
   */
  variant?: "hero" | "compact";
  /**
   * `"auto"` (default): the water level glides and the streams flow, except under
   * `prefers-reduced-motion: reduce`. `"none"`: no motion at all.
   */
  motion?: "auto" | "none";
  /** Largest width in px; the drawing scales down with its container. */
  maxWidth?: number;
  children?: ModelChildren<BathtubModel>;
}

const MOTION = "cubic-bezier(.2,.7,.2,1)";
/** Bold figures run wider than `labelWidth`'s 0.66 em (DejaVu Sans Bold digits: 0.70 em). */
const BOLD = 1.1;

/** Squeezes a value that would not fit into `room` units (long locales, huge numbers). */
const squeeze = (text: string, room: number) =>
  text.length * 7.6 > room && room > 20
    ? { textLength: Math.round(room), lengthAdjust: "spacingAndGlyphs" as const }
    : {};
const CSS =
  "@keyframes tidemark-flow{to{stroke-dashoffset:-40}}" +
  "[data-tidemark-flow]{animation:tidemark-flow 1.2s linear infinite}" +
  "@media (prefers-reduced-motion: reduce){[data-tidemark-motion],[data-tidemark-flow]{transition:none!important;animation:none!important}}";

interface DrawingProps {
  m: BathtubModel;
  ids: Record<string, string>;
  still: boolean;
}

function Hero({ m, ids, still }: DrawingProps) {
  const t = m.tub;
  const shell = 9;
  const spoutX = t.left + 62;
  const spoutY = 86;
  const drainX = t.right - 80;
  const drainWidth = Math.max(2, Math.min(11, m.outflowWidth * 0.5));
  const water: CSSProperties = {
    transform: `translateY(${m.waterY - t.top}px)`,
    transition: still ? undefined : `transform 900ms ${MOTION}`,
  };
  const streamEnd = m.fill > 0 ? m.waterY : t.bottom;
  const l = m.labels;
  const panel = 418;
  const drainPath = `M${drainX},${t.bottom + 4}V${t.bottom + 20}Q${drainX},${t.bottom + 30} ${drainX + 10},${t.bottom + 30}H${panel - 14}`;
  return (
    <g>
      <ellipse
        cx={(t.left + t.right) / 2}
        cy={t.bottom + 22}
        rx={(t.right - t.left) / 2 + 20}
        ry={7}
        fill={themeVar("text")}
        fillOpacity={0.07}
      />
      {/* drain pipe */}
      <path
        d={`M${drainX},${t.bottom}V${t.bottom + 20}Q${drainX},${t.bottom + 30} ${drainX + 10},${t.bottom + 30}H${panel - 14}`}
        fill="none"
        stroke={`url(#${ids.metal})`}
        strokeWidth={16}
        strokeLinecap="round"
      />
      {m.outflowWidth > 0 ? (
        <g>
          <path
            d={drainPath}
            fill="none"
            stroke={themeVar("water")}
            strokeWidth={drainWidth}
            strokeLinecap="round"
          />
          <path
            data-tidemark-flow={still ? undefined : ""}
            d={drainPath}
            fill="none"
            stroke={themeVar("background")}
            strokeOpacity={0.45}
            strokeWidth={Math.max(1, drainWidth * 0.3)}
            strokeLinecap="round"
            strokeDasharray="8 12"
          />
        </g>
      ) : null}
      {/* feet */}
      {[t.left + 36, t.right - 36].map((fx) => (
        <path
          key={fx}
          d={`M${fx - 12},${t.bottom + 2}q2,14 -6,18h24q-8,-4 -6,-18Z`}
          fill={`url(#${ids.metal})`}
        />
      ))}
      {/* shell, interior, water */}
      <path
        d={m.tubPath}
        transform={`translate(${-shell},0) scale(${(t.right - t.left + 2 * shell) / (t.right - t.left)},${(t.bottom - t.top + shell) / (t.bottom - t.top)})`}
        style={{ transformBox: "fill-box", transformOrigin: "50% 0" }}
        fill={themeVar("tub")}
        stroke={themeVar("metal")}
        strokeWidth={1.2}
      />
      <path d={m.tubPath} fill={themeVar("background")} />
      <g clipPath={`url(#${ids.clip})`}>
        <g data-tidemark-motion="" style={water}>
          <path
            d={wavePath(t.left, t.right, t.top, t.bottom + 400, 3)}
            fill={`url(#${ids.water})`}
          />
          <path
            d={wavePath(t.left + 12, t.right, t.top + 3, t.top + 8, 2)}
            fill="#ffffff"
            fillOpacity={0.25}
          />
          <rect
            x={t.left + 14}
            y={t.top + 14}
            width={10}
            height={400}
            rx={5}
            fill="#ffffff"
            fillOpacity={0.16}
          />
        </g>
        {m.band ? (
          <g>
            <rect
              x={t.left}
              y={m.band.top}
              width={t.right - t.left}
              height={Math.max(0, m.band.bottom - m.band.top)}
              fill={themeVar("band")}
              fillOpacity={0.1}
            />
            {[m.band.top, m.band.bottom].map((by, i) => (
              <g key={i === 0 ? "high" : "low"}>
                <line
                  x1={t.left}
                  x2={t.right}
                  y1={by}
                  y2={by}
                  stroke={themeVar("background")}
                  strokeOpacity={0.75}
                  strokeWidth={3}
                />
                <line
                  x1={t.left}
                  x2={t.right}
                  y1={by}
                  y2={by}
                  stroke={themeVar("band")}
                  strokeWidth={1.5}
                  strokeDasharray="7 5"
                />
              </g>
            ))}
          </g>
        ) : null}
      </g>
      <path d={m.tubPath} fill="none" stroke={themeVar("metal")} strokeWidth={1.2} />
      <rect
        x={t.left - shell - 8}
        y={t.top - 8}
        width={t.right - t.left + 2 * shell + 16}
        height={12}
        rx={6}
        fill={themeVar("tub")}
        stroke={themeVar("metal")}
        strokeWidth={1.2}
      />
      {/* band bracket on the wall */}
      {m.band ? (
        <g fontSize={11} fill={themeVar("muted")}>
          <path
            d={`M${t.right + shell + 6},${m.band.top}h6V${m.band.bottom}h-6`}
            fill="none"
            stroke={themeVar("band")}
            strokeWidth={2}
          />
          {m.bandLabels?.inside ? (
            <g
              textAnchor="end"
              fill={themeVar("text")}
              stroke={themeVar("background")}
              strokeWidth={3}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              <text x={m.bandLabels.x} y={m.bandLabels.high} dominantBaseline="central">
                {l.bandHigh}
              </text>
              <text x={m.bandLabels.x} y={m.bandLabels.low} dominantBaseline="central">
                {l.bandLow}
              </text>
            </g>
          ) : (
            <>
              <text x={m.bandLabels?.x} y={m.bandLabels?.high} dominantBaseline="central">
                {l.bandHigh}
              </text>
              <text x={m.bandLabels?.x} y={m.bandLabels?.low} dominantBaseline="central">
                {l.bandLow}
              </text>
            </>
          )}
        </g>
      ) : null}
      {/* faucet */}
      {m.inflowWidth > 0 ? (
        <g>
          <line
            x1={spoutX}
            x2={spoutX}
            y1={spoutY}
            y2={streamEnd}
            stroke={themeVar("water")}
            strokeOpacity={0.9}
            strokeWidth={m.inflowWidth}
          />
          <line
            data-tidemark-flow={still ? undefined : ""}
            x1={spoutX - m.inflowWidth * 0.2}
            x2={spoutX - m.inflowWidth * 0.2}
            y1={spoutY}
            y2={streamEnd}
            stroke={themeVar("background")}
            strokeOpacity={0.4}
            strokeWidth={Math.max(1, m.inflowWidth * 0.22)}
            strokeLinecap="round"
            strokeDasharray="10 14"
          />
          <ellipse
            cx={spoutX}
            cy={streamEnd}
            rx={m.inflowWidth * 1.3}
            ry={3}
            fill={themeVar("water")}
            fillOpacity={0.6}
          />
        </g>
      ) : null}
      <rect x={18} y={34} width={12} height={44} rx={3} fill={`url(#${ids.metal})`} />
      <path
        d={`M30,56H${spoutX - 8}q8,0 8,8V${spoutY - 4}`}
        fill="none"
        stroke={`url(#${ids.metal})`}
        strokeWidth={14}
        strokeLinejoin="round"
      />
      <rect x={spoutX - 13} y={spoutY - 6} width={26} height={7} rx={3} fill={themeVar("metal")} />
      <rect x={70} y={36} width={6} height={14} fill={themeVar("metal")} />
      <rect x={58} y={32} width={30} height={7} rx={3.5} fill={themeVar("metal")} />
      {/* direct labels at the faucet and the drain */}
      <text x={spoutX + 22} y={spoutY + 2} fontSize={12} fill={themeVar("text")}>
        <tspan fontWeight={700} style={isolate}>
          {l.inflow}
        </tspan>
        <tspan fill={themeVar("muted")}>{` in per ${m.unit}`}</tspan>
      </text>
      <text x={drainX + 20} y={t.bottom + 52} fontSize={12} fill={themeVar("text")}>
        <tspan fontWeight={700} style={isolate}>
          {l.throughput}
        </tspan>
        <tspan fill={themeVar("muted")}>{` out per ${m.unit}`}</tspan>
      </text>
      {/* the panel */}
      <g>
        <StatusBadge status={m.status} label={l.status} x={panel + 8} y={24} />
        <text
          x={panel + 8}
          y={104}
          fontSize={fitFontSize(l.backlog, 44, (630 - (panel + 8)) / BOLD)}
          fontWeight={700}
          fill={themeVar("text")}
          style={{ fontVariantNumeric: "tabular-nums" }}
        >
          {l.backlog}
        </text>
        <text x={panel + 8} y={128} fontSize={14} fill={themeVar("muted")}>
          <BidiText figures={[l.days]}>
            {l.backlogDays ? `open · ${l.backlogDays}` : l.open}
          </BidiText>
        </text>
        <TrendIcon trend={m.trend} x={panel + 9} y={160} size={12} />
        <text
          x={panel + 28}
          y={160}
          fontSize={fitFontSize(l.trend, 14, (630 - (panel + 28)) / BOLD)}
          dominantBaseline="central"
          fill={themeVar("text")}
          fontWeight={600}
        >
          <BidiText figures={[l.change]}>{l.trend}</BidiText>
        </text>
        <line x1={panel + 8} x2={630} y1={186} y2={186} stroke={themeVar("grid")} />
        {[
          {
            key: "In",
            value: `${l.inflow} per ${m.unit}`,
            figure: l.inflow,
            token: "inflow" as const,
            y: 212,
          },
          {
            key: "Out",
            value: `${l.throughput} per ${m.unit}`,
            figure: l.throughput,
            token: "throughput" as const,
            y: 238,
          },
          { key: "Healthy band", value: l.band, figure: l.band, token: "band" as const, y: 264 },
        ].map((row) => (
          <g key={row.key} fontSize={13}>
            <circle cx={panel + 13} cy={row.y} r={4.5} fill={themeVar(row.token)} />
            <text x={panel + 26} y={row.y} dominantBaseline="central" fill={themeVar("muted")}>
              {row.key}
            </text>
            <text
              x={630}
              y={row.y}
              dominantBaseline="central"
              textAnchor="end"
              fill={themeVar("text")}
              fontWeight={600}
              {...squeeze(row.value, 630 - (panel + 34 + row.key.length * 7.2))}
            >
              <BidiText figures={[row.figure]}>{row.value}</BidiText>
            </text>
          </g>
        ))}
        <text x={panel + 8} y={300} fontSize={12} fill={themeVar("muted")}>
          <BidiText figures={[l.date]}>{l.heading || "No data yet"}</BidiText>
        </text>
      </g>
    </g>
  );
}

function Compact({ m, ids, still }: DrawingProps) {
  const t = m.tub;
  const l = m.labels;
  const spoutX = t.left + 26;
  const water: CSSProperties = {
    transform: `translateY(${m.waterY - t.top}px)`,
    transition: still ? undefined : `transform 900ms ${MOTION}`,
  };
  return (
    <g>
      {m.inflowWidth > 0 ? (
        <line
          x1={spoutX}
          x2={spoutX}
          y1={22}
          y2={m.fill > 0 ? m.waterY : t.bottom}
          stroke={themeVar("water")}
          strokeWidth={m.inflowWidth}
          strokeOpacity={0.7}
        />
      ) : null}
      <path
        d={`M4,14H${spoutX - 4}q4,0 4,4V22`}
        fill="none"
        stroke={themeVar("metal")}
        strokeWidth={6}
        strokeLinejoin="round"
      />
      <path
        d={m.tubPath}
        fill={themeVar("background")}
        stroke={themeVar("metal")}
        strokeWidth={1.5}
      />
      <g clipPath={`url(#${ids.clip})`}>
        <g data-tidemark-motion="" style={water}>
          <path
            d={wavePath(t.left, t.right, t.top, t.bottom + 200, 1.5)}
            fill={`url(#${ids.water})`}
          />
        </g>
        {m.band ? (
          <g>
            <rect
              x={t.left}
              y={m.band.top}
              width={t.right - t.left}
              height={Math.max(0, m.band.bottom - m.band.top)}
              fill={themeVar("band")}
              fillOpacity={0.14}
            />
            {[m.band.top, m.band.bottom].map((by, i) => (
              <g key={i === 0 ? "high" : "low"}>
                <line
                  x1={t.left}
                  x2={t.right}
                  y1={by}
                  y2={by}
                  stroke="#ffffff"
                  strokeOpacity={0.8}
                  strokeWidth={2.5}
                />
                <line
                  x1={t.left}
                  x2={t.right}
                  y1={by}
                  y2={by}
                  stroke={themeVar("band")}
                  strokeWidth={1.2}
                  strokeDasharray="4 3"
                />
              </g>
            ))}
          </g>
        ) : null}
      </g>
      <rect
        x={t.left - 5}
        y={t.top - 4}
        width={t.right - t.left + 10}
        height={6}
        rx={3}
        fill={themeVar("tub")}
        stroke={themeVar("metal")}
      />
      <StatusBadge status={m.status} label={l.status} x={136} y={6} size={11} />
      <text
        x={136}
        y={68}
        fontSize={fitFontSize(l.backlog, 30, (m.width - 4 - 136) / BOLD)}
        fontWeight={700}
        fill={themeVar("text")}
        style={{ fontVariantNumeric: "tabular-nums" }}
      >
        {l.backlog}
      </text>
      <text x={136} y={86} fontSize={12} fill={themeVar("muted")}>
        <BidiText figures={[l.days]}>{l.backlogDays ? `open · ${l.backlogDays}` : l.open}</BidiText>
      </text>
      <TrendIcon trend={m.trend} x={137} y={104} size={9} />
      <text
        x={152}
        y={104}
        fontSize={fitFontSize(l.trend, 12, m.width - 4 - 152)}
        dominantBaseline="central"
        fill={themeVar("text")}
      >
        <BidiText figures={[l.change]}>{l.trend}</BidiText>
      </text>
    </g>
  );
}

/**
 * The bathtub: a faucet whose stream is the inflow, a tub whose water is the
 * backlog with the healthy band on its wall, a drain whose stream is the
 * throughput; whether the level rises or falls and by how much; the status in
 * words and colour. `variant="compact"` fits a KPI card. The water level moves
 * smoothly when data changes, except under `prefers-reduced-motion`.
 *
 * The hero measures its container: under 480 px wide (a phone) it draws the
 * compact layout, whose text stays legible, and keeps its "Show data table"
 * for the inflow, throughput and band. The server and the first client render
 * draw the hero (the width is not known before measuring), so hydration matches.
 *
 * @example <Bathtub result={computeMetrics(log, { bucket: "week" })} />
 */
export function Bathtub(props: BathtubProps) {
  if (props.variant === "compact") return <BathtubChart {...props} layout="compact" />;
  return (
    <ResponsiveContainer>
      {(width) => <BathtubChart {...props} layout={bathtubLayout(props.variant, width)} />}
    </ResponsiveContainer>
  );
}

/** The bathtub drawn in the given layout; {@link Bathtub} picks it. */
function BathtubChart(props: BathtubProps & { layout: "hero" | "compact" }) {
  const { result, bucketIndex, layout: variant, locale, timeZone } = props;
  const m = useMemo(
    () => bathtubModel(result, { bucketIndex, variant, locale, timeZone }),
    [result, bucketIndex, variant, locale, timeZone],
  );
  const rid = useId();
  const ids = { clip: svgId(rid, "clip"), water: svgId(rid, "water"), metal: svgId(rid, "metal") };
  const nav: PointNavigation = {
    count: m.bucket ? 1 : 0,
    pointAt: () => ({ x: (m.tub.left + m.tub.right) / 2, y: m.waterY }),
    indexAt: () => 0,
    tooltipAt: () => {
      const rows = m.table.rows();
      return {
        title: m.labels.date,
        lines: rows.map(([label, value]) => ({ label: label ?? "", value: value ?? "" })),
      };
    },
  };
  return (
    <ChartFrame
      fluid
      width={m.width}
      height={m.height}
      summary={m.summary}
      title={props.title}
      fallbackTitle="Backlog bathtub"
      table={m.table}
      dataTable={props.dataTable ?? (props.variant === "compact" ? "hidden" : "toggle")}
      nav={nav}
      theme={props.theme}
      className={props.className}
      style={{ maxWidth: props.maxWidth ?? (m.variant === "compact" ? 360 : 720), ...props.style }}
      defs={
        <>
          <style>{CSS}</style>
          <defs>
            <clipPath id={ids.clip}>
              <path d={m.tubPath} />
            </clipPath>
            <linearGradient id={ids.water} x1="0" x2="0" y1="0" y2="1">
              <stop offset="0" stopColor={themeVar("water")} />
              <stop offset="0.6" stopColor={themeVar("waterDeep")} />
            </linearGradient>
            <linearGradient id={ids.metal} x1="0" x2="0" y1="0" y2="1">
              <stop offset="0" stopColor={themeVar("tub")} />
              <stop offset="1" stopColor={themeVar("metal")} />
            </linearGradient>
          </defs>
        </>
      }
    >
      {m.variant === "compact" ? (
        <Compact m={m} ids={ids} still={props.motion === "none"} />
      ) : (
        <Hero m={m} ids={ids} still={props.motion === "none"} />
      )}
      {props.children?.(m)}
    </ChartFrame>
  );
}

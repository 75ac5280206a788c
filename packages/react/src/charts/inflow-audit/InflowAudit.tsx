"use client";
import type { InflowAuditResult } from "@tidemark/core";
import { type CSSProperties, useId, useMemo, useState } from "react";
import { ScrollBox } from "../../parts/ScrollBox.js";
import { rootStyle, visuallyHidden } from "../../parts/styles.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { themeVar } from "../../theme/tokens.js";
import { type InflowAuditModel, type InflowAuditRow, inflowAuditModel } from "./model.js";

/** Props of {@link InflowAudit}. */
export interface InflowAuditProps extends Omit<ChartBaseProps, "width" | "height" | "dataTable"> {
  /** `inflowAudit(log, options)`. */
  audit: InflowAuditResult;
  /** Categories listed before "Show all". Default 10. */
  limit?: number;
  children?: ModelChildren<InflowAuditModel>;
}

const cell: CSSProperties = {
  padding: "4px 8px",
  textAlign: "end",
  borderBottom: `1px solid ${themeVar("grid")}`,
  fontVariantNumeric: "tabular-nums",
  verticalAlign: "middle",
};
const head: CSSProperties = { ...cell, color: themeVar("muted"), fontWeight: 600 };
const startCell: CSSProperties = { ...cell, textAlign: "start" };

const changeToken = (r: InflowAuditRow) =>
  r.change === "up" ? "above" : r.change === "down" ? "healthy" : "muted";

function Row({ r }: { r: InflowAuditRow }) {
  return (
    <tr>
      <th scope="row" style={{ ...startCell, fontWeight: 400, maxWidth: 260 }}>
        <span style={{ overflowWrap: "anywhere" }}>{r.label}</span>
        {r.catchAll ? (
          <span style={{ color: themeVar("muted"), marginInlineStart: 6 }}>(catch-all)</span>
        ) : null}
      </th>
      <td style={cell}>{r.count}</td>
      <td style={cell}>{r.share}</td>
      <td style={cell}>{r.growth}</td>
      <td style={{ ...startCell, minWidth: "11em", color: themeVar(changeToken(r)) }}>
        <span aria-hidden="true" style={{ marginInlineEnd: 4 }}>
          {r.icon}
        </span>
        {r.changeWords}
      </td>
      <td style={cell}>
        {r.sparkPath ? (
          <svg
            width={80}
            height={22}
            viewBox="0 0 100 24"
            preserveAspectRatio="none"
            role="img"
            aria-label={`Weekly inflow: ${r.weekly}`}
            style={{ display: "block", marginInlineStart: "auto" }}
          >
            <path
              d={r.sparkPath}
              fill="none"
              stroke={themeVar("inflow")}
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
            />
          </svg>
        ) : (
          "–"
        )}
      </td>
    </tr>
  );
}

/**
 * The faucet audited: categories ranked by inflow with growth, whether the
 * change is beyond ordinary weekly noise (words and ▲ ▼ ●, never colour alone)
 * and a weekly sparkline; the avoidable share by inflow kind; new and emerging
 * categories; taxonomy health. All text, in real tables and lists.
 *
 * @example <InflowAudit audit={inflowAudit(log, { timeZone, windowDays: 28 })} />
 */
export function InflowAudit(props: InflowAuditProps) {
  const { audit, limit, locale, timeZone } = props;
  const m = useMemo(
    () => inflowAuditModel(audit, { limit, locale, timeZone }),
    [audit, limit, locale, timeZone],
  );
  const [all, setAll] = useState(false);
  const captionId = useId();
  const tableId = useId();
  const shown = all ? m.rows : m.rows.slice(0, m.limit);
  return (
    <figure
      aria-labelledby={captionId}
      className={props.className}
      style={rootStyle(props.theme, props.style)}
    >
      <figcaption id={captionId} style={{ fontWeight: 600, marginBottom: 4 }}>
        {props.title ?? "Inflow audit"}
        <span style={{ fontWeight: 400, color: themeVar("muted") }}> · {m.window}</span>
      </figcaption>
      <p style={visuallyHidden}>{m.summary}</p>
      {m.empty ? (
        <p style={{ margin: "4px 0" }}>No tickets came in during this window.</p>
      ) : (
        <>
          <ScrollBox label={m.table.caption}>
            <table id={tableId} style={{ borderCollapse: "collapse", fontSize: "inherit" }}>
              <caption style={visuallyHidden}>{m.table.caption}</caption>
              <thead>
                <tr>
                  <th scope="col" style={{ ...head, textAlign: "start" }}>
                    Category
                  </th>
                  <th scope="col" style={head}>
                    Tickets
                  </th>
                  <th scope="col" style={head}>
                    Share
                  </th>
                  <th scope="col" style={head}>
                    Growth
                  </th>
                  <th scope="col" style={{ ...head, textAlign: "start" }}>
                    Trend
                  </th>
                  <th scope="col" style={head}>
                    Weekly
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <Row key={`${r.rank}`} r={r} />
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {m.rows.length > m.limit ? (
            <button
              type="button"
              aria-expanded={all}
              aria-controls={tableId}
              onClick={() => setAll((a) => !a)}
              style={{
                font: "inherit",
                color: themeVar("text"),
                background: "none",
                border: "none",
                padding: "4px 0",
                cursor: "pointer",
                textDecoration: "underline",
              }}
            >
              {all ? `Show the top ${m.limit}` : `Show all ${m.rows.length} categories`}
            </button>
          ) : null}
        </>
      )}
      <h4 style={{ margin: "12px 0 4px", fontSize: "1em" }}>Avoidable inflow</h4>
      <p style={{ margin: "0 0 4px" }}>{m.avoidable}</p>
      <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 2 }}>
        {m.kinds.map((k) => (
          <li
            key={k.kind}
            style={{
              display: "grid",
              // Fixed tracks only, so every row (its own grid) lines its bars up with the others.
              gridTemplateColumns: "minmax(6em, 14em) minmax(32px, 120px) 7em",
              gap: 8,
              alignItems: "center",
            }}
          >
            <span>
              {k.label}
              {k.avoidable ? "" : " (not avoidable)"}
            </span>
            <span
              aria-hidden="true"
              style={{ height: 8, background: themeVar("grid"), borderRadius: 4 }}
            >
              <span
                style={{
                  display: "block",
                  height: 8,
                  borderRadius: 4,
                  width: `${Math.round(k.fraction * 100)}%`,
                  background: themeVar(k.avoidable ? "above" : "inflow"),
                }}
              />
            </span>
            <span style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
              {k.count} · {k.share}
            </span>
          </li>
        ))}
      </ul>
      {m.emerging.length > 0 ? (
        <>
          <h4 style={{ margin: "12px 0 4px", fontSize: "1em" }}>New and emerging</h4>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {m.emerging.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </>
      ) : null}
      {m.taxonomy ? (
        <p style={{ margin: "12px 0 0", color: themeVar("muted") }}>{m.taxonomy}</p>
      ) : null}
      {props.children?.(m)}
    </figure>
  );
}

import { DataTableView } from "../../parts/DataTable.js";
import { ResponsiveContainer } from "../../parts/ResponsiveContainer.js";
import { ScrollBox } from "../../parts/ScrollBox.js";
import { themeVar } from "../../theme/tokens.js";
import { Bathtub, type BathtubProps } from "../bathtub/Bathtub.js";
import type { WhatIfPanelModel } from "./model.js";

/** Below this width, px, the weeks table takes short headers and dates. */
export const WIDE_TABLE_MIN_WIDTH = 480;

type Look = Pick<BathtubProps, "theme" | "locale" | "timeZone">;

function ProjectedTub(props: {
  result: BathtubProps["result"];
  title: string;
  look: Look;
  motion?: "none";
}) {
  return (
    // The bathtub lays itself out compact in a narrow box (see bathtubLayout).
    <div style={{ flex: "1 1 260px", minWidth: 0 }}>
      <Bathtub
        result={props.result}
        title={props.title}
        maxWidth={420}
        motion={props.motion}
        dataTable="hidden"
        {...props.look}
      />
    </div>
  );
}

/** The what-if's results: both bathtubs, the weeks table, Little's law and staffing. */
export function WhatIfResults({ m, look }: { m: WhatIfPanelModel; look: Look }) {
  return (
    <div style={{ display: "grid", gap: 12 }}>
      {m.status !== "ok" ? (
        <div
          role="note"
          aria-live="polite"
          style={{
            border: `1px dashed ${themeVar("muted")}`,
            borderRadius: 6,
            padding: "8px 12px",
          }}
        >
          <p style={{ margin: 0, fontWeight: 600 }}>
            <span aria-hidden="true" style={{ marginInlineEnd: 6 }}>
              ⚠
            </span>
            No projection: the history does not support one.
          </p>
          <p style={{ margin: "4px 0 0" }}>{m.explanation}</p>
        </div>
      ) : (
        <>
          {/* Only the summary is live: each lever change is said in one sentence, not the whole panel. */}
          <p style={{ margin: 0 }} aria-live="polite">
            {m.summary}
          </p>
          <div style={{ display: "flex", flexWrap: "wrap", gap: 16 }}>
            {m.baselineBathtub ? (
              <ProjectedTub
                result={m.baselineBathtub}
                title={`As is, ${m.horizon}`}
                look={look}
                motion="none"
              />
            ) : null}
            {m.scenarioBathtub ? (
              <ProjectedTub
                result={m.scenarioBathtub}
                title={`With these changes, ${m.horizon}`}
                look={look}
              />
            ) : null}
          </div>
          <ResponsiveContainer>
            {(width) => (
              <ScrollBox label={m.table.caption}>
                <DataTableView table={width < WIDE_TABLE_MIN_WIDTH ? m.narrowTable : m.table} />
              </ScrollBox>
            )}
          </ResponsiveContainer>
          <ul style={{ margin: 0, paddingInlineStart: 18, color: themeVar("muted") }}>
            {m.applied.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <div>
        <h4 style={{ margin: "0 0 4px", fontSize: "1em" }}>Lead time (Little's law)</h4>
        <p style={{ margin: 0 }}>{m.leadTime}</p>
        <ul style={{ margin: "4px 0 0", padding: 0, listStyle: "none" }}>
          {m.leadTimeNotes.map((n) => (
            <li key={n} style={{ color: themeVar(m.leadTimeHolds ? "healthy" : "below") }}>
              <span aria-hidden="true" style={{ marginInlineEnd: 6 }}>
                {m.leadTimeHolds ? "✓" : "⚠"}
              </span>
              {m.leadTimeHolds ? "" : "Caution: "}
              {n}
            </li>
          ))}
        </ul>
      </div>
      {m.staffing ? (
        <div>
          <h4 style={{ margin: "0 0 4px", fontSize: "1em" }}>Staffing</h4>
          <p style={{ margin: 0 }}>{m.staffing}</p>
        </div>
      ) : null}
    </div>
  );
}

"use client";
import { type CSSProperties, useId, useState } from "react";
import { themeVar } from "../theme/tokens.js";
import { ScrollBox } from "./ScrollBox.js";
import { visuallyHidden } from "./styles.js";
import type { DataTableMode, TableModel } from "./types.js";

const cell: CSSProperties = {
  padding: "2px 8px",
  textAlign: "right",
  borderBottom: `1px solid ${themeVar("grid")}`,
  fontVariantNumeric: "tabular-nums",
};
const firstCell: CSSProperties = { ...cell, textAlign: "left" };
/** Body cells keep a date or a figure on one line ("Mar 1, 2024", "Above band"); the box scrolls instead. */
const oneLine: CSSProperties = { whiteSpace: "nowrap" };

/** The table itself: text only, one header row. */
export function DataTableView({ table, style }: { table: TableModel; style?: CSSProperties }) {
  const rows = table.rows();
  return (
    <table style={{ borderCollapse: "collapse", fontSize: "inherit", ...style }}>
      <caption style={{ textAlign: "left", fontWeight: 600, padding: "4px 0" }}>
        {table.caption}
      </caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={c} scope="col" style={i === 0 ? firstCell : cell}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reorder
          <tr key={r}>
            {row.map((v, i) =>
              i === 0 ? (
                <th
                  key={table.columns[i]}
                  scope="row"
                  style={{ ...firstCell, ...oneLine, fontWeight: 400 }}
                >
                  {v}
                </th>
              ) : (
                <td key={table.columns[i]} style={{ ...cell, ...oneLine }}>
                  {v}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A table for screen readers only. The hiding goes on a wrapping `<div>`: a
 * `<table>` ignores `width: 1px; overflow: hidden` and would stick out of its box.
 */
export function VisuallyHiddenTable({ table }: { table: TableModel }) {
  return (
    <div style={visuallyHidden}>
      <DataTableView table={table} />
    </div>
  );
}

/**
 * The data table alternative of a chart, in the chosen mode. Opened, it sits in
 * a {@link ScrollBox}: wider than its container (a phone), it scrolls sideways
 * and says so; past 320 px tall it scrolls down.
 */
export function DataTable({ table, mode }: { table: TableModel; mode: DataTableMode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (mode === "none") return null;
  if (mode === "hidden") return <VisuallyHiddenTable table={table} />;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        style={{
          font: "inherit",
          fontSize: "0.9em",
          color: themeVar("muted"),
          background: "none",
          border: "none",
          padding: "2px 0",
          cursor: "pointer",
          textDecoration: "underline",
        }}
      >
        {open ? "Hide data table" : "Show data table"}
      </button>
      <div id={id} hidden={!open}>
        {open ? (
          <ScrollBox label={table.caption} maxHeight={320}>
            <DataTableView table={table} />
          </ScrollBox>
        ) : null}
      </div>
    </div>
  );
}

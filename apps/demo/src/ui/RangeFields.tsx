import { useEffect, useState } from "react";
import { formatDay } from "../format";
import { viewRange } from "../state/range";

interface RangeFieldsProps {
  /** The chosen days (`YYYY-MM-DD`), null = the data's extent. */
  from: string | null;
  to: string | null;
  dataDays: { first: string; last: string } | null;
  onChange: (change: { from?: string | null; to?: string | null }) => void;
}

/**
 * The date range, edited as two dates and applied only while From is on or
 * before To (as the band's fields are applied only when they make a band), so a
 * half-typed date never leaves the dashboard without a range to draw.
 */
export function RangeFields({ from, to, dataDays, onChange }: RangeFieldsProps) {
  const shown = viewRange({ from, to }, dataDays);
  const shownFrom = shown?.from ?? "";
  const shownTo = shown?.to ?? "";
  const [draft, setDraft] = useState({ from: shownFrom, to: shownTo });
  useEffect(() => setDraft({ from: shownFrom, to: shownTo }), [shownFrom, shownTo]);
  const inOrder = (d: { from: string; to: string }) => !d.from || !d.to || d.from <= d.to;
  const edit = (key: "from" | "to", value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (!inOrder(next)) return;
    // The other field too, when it holds a date that was held back.
    const other = key === "from" ? "to" : "from";
    const held = next[other] !== (other === "from" ? shownFrom : shownTo);
    onChange(
      held ? { [key]: value || null, [other]: next[other] || null } : { [key]: value || null },
    );
  };
  return (
    <fieldset className="tmd-range">
      <legend className="tmd-label">Date range</legend>
      <label>
        <span>From</span>
        <input
          type="date"
          value={draft.from}
          min={dataDays?.first}
          max={dataDays?.last}
          onChange={(e) => edit("from", e.target.value)}
        />
      </label>
      <label>
        <span>To</span>
        <input
          type="date"
          value={draft.to}
          min={dataDays?.first}
          max={dataDays?.last}
          onChange={(e) => edit("to", e.target.value)}
        />
      </label>
      {inOrder(draft) ? null : (
        <p className="tmd-field-error">
          From must be on or before To; the view keeps the last range.
        </p>
      )}
      {from || to ? (
        <button
          type="button"
          className="tmd-link"
          onClick={() => onChange({ from: null, to: null })}
        >
          Whole file
          {dataDays ? ` (${formatDay(dataDays.first)} – ${formatDay(dataDays.last)})` : ""}
        </button>
      ) : (
        <p className="tmd-muted">The whole file</p>
      )}
    </fieldset>
  );
}

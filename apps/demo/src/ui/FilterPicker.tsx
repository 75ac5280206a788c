import { useId, useState } from "react";
import { formatCount } from "../format";

interface FilterPickerProps {
  label: string;
  options: { value: string; count: number }[];
  selected: string[];
  onChange: (selected: string[]) => void;
}

const SEARCH_FROM = 8;

/** A multi-select for one attribute: a disclosure with checkboxes (and a search box for long lists). */
export function FilterPicker({ label, options, selected, onChange }: FilterPickerProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const chosen = new Set(selected);
  const q = query.trim().toLowerCase();
  const shown = q ? options.filter((o) => o.value.toLowerCase().includes(q)) : options;
  const toggle = (value: string) =>
    onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  if (options.length === 0) {
    return (
      <div className="tmd-field">
        <span className="tmd-label">{label}</span>
        <span className="tmd-muted">No {label.toLowerCase()} column</span>
      </div>
    );
  }
  return (
    <details className="tmd-filter">
      <summary>
        <span className="tmd-label">{label}</span>
        <span className="tmd-filter-state">
          {selected.length === 0 ? "All" : `${selected.length} selected`}
        </span>
      </summary>
      <div className="tmd-filter-body">
        {options.length >= SEARCH_FROM ? (
          <input
            type="search"
            aria-label={`Search ${label.toLowerCase()}`}
            placeholder={`Search ${options.length} values`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        ) : null}
        <fieldset aria-label={label}>
          {shown.slice(0, 200).map((o, i) => (
            <label key={o.value} className="tmd-check" htmlFor={`${id}-${i}`}>
              <input
                id={`${id}-${i}`}
                type="checkbox"
                checked={chosen.has(o.value)}
                onChange={() => toggle(o.value)}
              />
              <span className="tmd-check-text">{o.value}</span>
              <span className="tmd-muted">{formatCount(o.count)}</span>
            </label>
          ))}
          {shown.length > 200 ? (
            <p className="tmd-muted">{shown.length - 200} more: search to narrow</p>
          ) : null}
        </fieldset>
        {selected.length > 0 ? (
          <button type="button" className="tmd-link" onClick={() => onChange([])}>
            Clear {label.toLowerCase()} filter
          </button>
        ) : null}
      </div>
    </details>
  );
}

import type { BucketUnit } from "@tidemark/core";
import { useEffect, useMemo, useState } from "react";
import type { ParsedTickets } from "../data/protocol";
import { FILTER_NAMES, type Settings } from "../state/settings";
import { FilterPicker } from "./FilterPicker";
import { RangeFields } from "./RangeFields";

interface SettingsPanelProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
  filterOptions: ParsedTickets["filterOptions"];
  dataDays: { first: string; last: string } | null;
  /** The core's message when it rejects a setting. */
  error: string | null;
}

const FILTER_LABELS = { category: "Category", channel: "Channel", team: "Team" } as const;

function zones(current: string): string[] {
  const all =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const list = ["UTC", ...all.filter((z) => z !== "UTC")];
  return list.includes(current) ? list : [current, ...list];
}

/** The band's two limits, edited as text and applied only when they make a band. */
function BandFields({
  low,
  high,
  onChange,
}: {
  low: number;
  high: number;
  onChange: (l: number, h: number) => void;
}) {
  const [draft, setDraft] = useState({ low: String(low), high: String(high) });
  useEffect(() => setDraft({ low: String(low), high: String(high) }), [low, high]);
  const l = Number(draft.low);
  const h = Number(draft.high);
  const valid = draft.low.trim() !== "" && draft.high.trim() !== "" && l >= 0 && h >= l;
  const edit = (key: "low" | "high", value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    const nl = Number(next.low);
    const nh = Number(next.high);
    if (next.low.trim() !== "" && next.high.trim() !== "" && nl >= 0 && nh >= nl) onChange(nl, nh);
  };
  return (
    <fieldset className="tmd-band">
      <legend className="tmd-label">Healthy band (days of capacity)</legend>
      <label>
        <span>Low</span>
        <input
          type="number"
          min={0}
          step={0.1}
          inputMode="decimal"
          value={draft.low}
          onChange={(e) => edit("low", e.target.value)}
        />
      </label>
      <label>
        <span>High</span>
        <input
          type="number"
          min={0}
          step={0.1}
          inputMode="decimal"
          value={draft.high}
          onChange={(e) => edit("high", e.target.value)}
        />
      </label>
      {valid ? null : <p className="tmd-field-error">Use 0 ≤ low ≤ high, e.g. 0.5 and 2.</p>}
    </fieldset>
  );
}

/** Time zone, bucket, band, range and filters: every one is written to the URL. */
export function SettingsPanel({
  settings,
  onChange,
  filterOptions,
  dataDays,
  error,
}: SettingsPanelProps) {
  const zoneList = useMemo(() => zones(settings.timeZone), [settings.timeZone]);
  return (
    <form className="tmd-settings-form" aria-label="Settings" onSubmit={(e) => e.preventDefault()}>
      <label className="tmd-field">
        <span className="tmd-label">Time zone</span>
        <select value={settings.timeZone} onChange={(e) => onChange({ timeZone: e.target.value })}>
          {zoneList.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="tmd-segmented">
        <legend className="tmd-label">Group by</legend>
        {(["day", "week", "month"] as BucketUnit[]).map((unit) => (
          <label key={unit}>
            <input
              type="radio"
              name="bucket"
              value={unit}
              checked={settings.bucket === unit}
              onChange={() => onChange({ bucket: unit })}
            />
            <span>{unit[0]?.toUpperCase() + unit.slice(1)}</span>
          </label>
        ))}
      </fieldset>
      <BandFields
        low={settings.bandLow}
        high={settings.bandHigh}
        onChange={(bandLow, bandHigh) => onChange({ bandLow, bandHigh })}
      />
      <RangeFields from={settings.from} to={settings.to} dataDays={dataDays} onChange={onChange} />
      {error ? <p className="tmd-field-error">{error}</p> : null}
      <div className="tmd-filters">
        <span className="tmd-label">Filters</span>
        {FILTER_NAMES.map((name) => (
          <FilterPicker
            key={name}
            label={FILTER_LABELS[name]}
            options={filterOptions[name]}
            selected={settings.filters[name]}
            onChange={(values) => onChange({ filters: { ...settings.filters, [name]: values } })}
          />
        ))}
      </div>
    </form>
  );
}

import { COLUMN_ALIASES, type ColumnMapping, mapColumns, type TicketField } from "@tidemark/core";
import { useId, useMemo, useState } from "react";
import { MappingCheck } from "./MappingCheck";

const FIELD_LABELS: Record<TicketField, string> = {
  id: "Ticket id",
  createdAt: "Created at",
  resolvedAt: "Resolved at",
  closedAt: "Closed at",
  category: "Category",
  channel: "Channel",
  priority: "Priority",
  team: "Team",
  assignee: "Assignee",
  inflowKind: "Inflow kind",
};

const REQUIRED: TicketField[] = ["id", "createdAt"];
const FIELDS = Object.keys(COLUMN_ALIASES) as TicketField[];

/** Problems with a mapping, by field; empty when it can be applied. */
export function mappingProblems(mapping: ColumnMapping): Partial<Record<TicketField, string>> {
  const problems: Partial<Record<TicketField, string>> = {};
  for (const field of REQUIRED)
    if (!mapping[field]) problems[field] = "Required: pick the column that holds it.";
  const seen = new Map<string, TicketField>();
  for (const field of FIELDS) {
    const column = mapping[field];
    if (!column) continue;
    const other = seen.get(column);
    if (other)
      problems[field] = `"${column}" is already the ${FIELD_LABELS[other].toLowerCase()} column.`;
    else seen.set(column, field);
  }
  return problems;
}

interface ColumnMapperProps {
  header: string[];
  preview: Record<string, unknown>[];
  timeZone: string;
  format: "csv" | "json";
  /** The mapping used for the current data (or null when the file could not be read). */
  current: ColumnMapping | null;
  onApply: (mapping: ColumnMapping) => void;
  onCancel?: () => void;
}

/** Which column is the id, the creation time, the resolution time…: detected, then editable. */
export function ColumnMapper(props: ColumnMapperProps) {
  const { header, current, onApply, onCancel } = props;
  const id = useId();
  const initial = useMemo(() => current ?? mapColumns(header).used, [current, header]);
  const [mapping, setMapping] = useState<ColumnMapping>(initial);
  const [submitted, setSubmitted] = useState(false);
  const problems = mappingProblems(mapping);
  const ok = Object.keys(problems).length === 0;
  return (
    <form
      className="tmd-mapper"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (ok) onApply(mapping);
      }}
    >
      <h2 id={`${id}-title`}>Map your columns</h2>
      <p className="tmd-muted">
        Tell Tidemark which column holds each field. Only the ticket id and the creation time are
        required; a close time stands in for a missing resolution time.
      </p>
      <div className="tmd-mapper-grid">
        {FIELDS.map((field) => (
          <label key={field} className="tmd-field">
            <span className="tmd-label">
              {FIELD_LABELS[field]}
              {REQUIRED.includes(field) ? <abbr title="required"> *</abbr> : null}
            </span>
            <select
              value={mapping[field] ?? ""}
              aria-invalid={submitted && problems[field] ? true : undefined}
              onChange={(e) => {
                const next = { ...mapping };
                if (e.target.value) next[field] = e.target.value;
                else delete next[field];
                setMapping(next);
              }}
            >
              <option value="">— none —</option>
              {header.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
            {submitted && problems[field] ? (
              <span className="tmd-field-error">{problems[field]}</span>
            ) : null}
          </label>
        ))}
      </div>
      <MappingCheck
        mapping={mapping}
        preview={props.preview}
        timeZone={props.timeZone}
        rowOffset={props.format === "csv" ? 1 : 0}
      />
      <div className="tmd-actions">
        <button type="submit" className="tmd-button tmd-primary">
          Apply mapping
        </button>
        {onCancel ? (
          <button type="button" className="tmd-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

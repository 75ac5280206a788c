import type { ColumnMapping, RowIssue } from "@tidemark/core";
import { useEffect, useState } from "react";

interface MappingCheckProps {
  mapping: ColumnMapping;
  /** The file's first records, keyed by column name. */
  preview: Record<string, unknown>[];
  timeZone: string;
  /** Added to a record's index + 1 to give its row in the file (1 for a CSV's header row). */
  rowOffset: number;
}

type Check = { checked: number; issues: RowIssue[] } | { error: string } | null;

/**
 * The mapping checked against the file's first rows with the core's zod schema
 * (`@tidemark/core/schema`, loaded only when the form opens, so zod stays out
 * of the dashboard's bundle).
 */
export function MappingCheck({ mapping, preview, timeZone, rowOffset }: MappingCheckProps) {
  const [check, setCheck] = useState<Check>(null);
  useEffect(() => {
    let live = true;
    if (!mapping.id || !mapping.createdAt || preview.length === 0) {
      setCheck(null);
      return;
    }
    import("@tidemark/core/schema")
      .then(({ validateTicketRecords }) => {
        const { issues } = validateTicketRecords(preview, mapping, { timeZone });
        if (live) setCheck({ checked: preview.length, issues });
      })
      .catch((error: Error) => live && setCheck({ error: error.message }));
    return () => {
      live = false;
    };
  }, [mapping, preview, timeZone]);

  if (check === null) return null;
  if ("error" in check)
    return <p className="tmd-field-error">Could not check the mapping: {check.error}</p>;
  const bad = new Set(check.issues.map((i) => i.row));
  if (bad.size === 0) {
    return (
      <p className="tmd-check-ok" role="status">
        ✓ The first {check.checked} rows read cleanly with this mapping.
      </p>
    );
  }
  return (
    <div className="tmd-check-bad" role="status">
      <p>
        {bad.size} of the first {check.checked} rows would be skipped with this mapping
        {bad.size === check.checked ? ": is each column the right one?" : "."}
      </p>
      <ul>
        {check.issues.slice(0, 4).map((issue) => (
          <li key={`${issue.row}-${issue.field}`}>
            Row {issue.row + rowOffset}, {issue.field}: {issue.reason}
            {issue.value ? (
              <>
                {" "}
                (<code>{issue.value}</code>)
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

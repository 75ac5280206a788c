import type { RowIssue } from "@tidemark/core";
import { useState } from "react";
import { countOf, formatCount } from "../format";

interface IssueListProps {
  issues: RowIssue[];
  errorCount: number;
  warningCount: number;
  rowCount: number;
}

const PAGE = 100;

/** The end of the summary: where the rest of the rows went, if there are any. */
export function afterSkipped(errorCount: number, rowCount: number): string {
  if (errorCount === 0) return ": every row is on the charts.";
  return errorCount >= rowCount
    ? ": no row could be used, so there is nothing to chart."
    : ": the other rows are on the charts.";
}

/** Rows that were left out (errors) or used with a note (warnings): row, field, reason, value. */
export function IssueList({ issues, errorCount, warningCount, rowCount }: IssueListProps) {
  const [shown, setShown] = useState(PAGE);
  if (issues.length === 0) return null;
  const total = errorCount + warningCount;
  return (
    <details className="tmd-issues" open={errorCount > 0}>
      <summary>
        <strong>
          {formatCount(errorCount)} of {countOf(rowCount, "row", "rows")} skipped
        </strong>
        {warningCount > 0 ? `, ${countOf(warningCount, "warning", "warnings")}` : ""}
        {afterSkipped(errorCount, rowCount)}
      </summary>
      <div className="tmd-table-wrap">
        <table>
          <caption>Rows with problems</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Field</th>
              <th scope="col">Reason</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {issues.slice(0, shown).map((issue, i) => (
              <tr
                key={`${issue.row}-${issue.field}-${i}`}
                className={issue.severity === "error" ? "" : "tmd-warning"}
              >
                <td>{issue.row}</td>
                <td>{issue.field}</td>
                <td>
                  {issue.severity === "warning" ? <span className="tmd-badge">warning</span> : null}{" "}
                  {issue.reason}
                </td>
                <td>
                  <code>{issue.value ?? ""}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown < issues.length ? (
        <button type="button" className="tmd-link" onClick={() => setShown((n) => n + PAGE * 5)}>
          Show more ({formatCount(issues.length - shown)} left)
        </button>
      ) : null}
      {issues.length < total ? (
        <p className="tmd-muted">The first {formatCount(issues.length)} problems are listed.</p>
      ) : null}
    </details>
  );
}

import type { RowIssue } from "../types.js";

/**
 * Issues kept in full per input; beyond them, issues are only counted, so a
 * file whose every row is bad (a date format not recognised, say) cannot
 * exhaust memory: ten million kept issues took 4 GB.
 */
export const MAX_KEPT_ISSUES = 100_000;

/** How many issues were found past the first {@link MAX_KEPT_ISSUES}, by severity: counted, not kept. */
export interface OmittedIssues {
  errors: number;
  warnings: number;
}

/** The problems found in one input: the first {@link MAX_KEPT_ISSUES} in full, the rest counted. */
export class IssueList {
  readonly kept: RowIssue[] = [];
  readonly omitted: OmittedIssues = { errors: 0, warnings: 0 };

  push(issue: RowIssue): void {
    if (this.kept.length < MAX_KEPT_ISSUES) this.kept.push(issue);
    else if (issue.severity === "error") this.omitted.errors++;
    else this.omitted.warnings++;
  }

  /** The kept issues by row. */
  byRow(): RowIssue[] {
    return this.kept.sort((a, b) => a.row - b.row);
  }
}

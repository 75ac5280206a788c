import { count } from "./numbers.js";
import type { FileIssue, LoadedLog } from "./read.js";

/** One issue as a line: `data.csv row 17, created_at: reason ("value")`. */
export function issueLine(issue: FileIssue): string {
  const value =
    issue.value !== undefined && issue.value !== "" ? ` (${JSON.stringify(issue.value)})` : "";
  const field = issue.field === "row" ? "" : `, ${issue.field}`;
  return `${issue.file} row ${issue.row}${field}: ${issue.reason}${value}`;
}

/** Rows left out (errors), and rows used with a remark (warnings). */
export function splitIssues(issues: FileIssue[]): { errors: FileIssue[]; warnings: FileIssue[] } {
  return {
    errors: issues.filter((i) => i.severity === "error"),
    warnings: issues.filter((i) => i.severity === "warning"),
  };
}

/** How many rows were left out (errors) and used with a remark (warnings), the uncounted past 100,000 included. */
export function issueCounts(loaded: LoadedLog): { errors: number; warnings: number } {
  const { errors, warnings } = splitIssues(loaded.issues);
  return {
    errors: errors.length + loaded.omitted.errors,
    warnings: warnings.length + loaded.omitted.warnings,
  };
}

/**
 * The short report of bad rows for stderr: how many, and the first `shown` with
 * row, field and reason. `strict` words it as the failure it is.
 */
export function badRowSummary(
  loaded: LoadedLog,
  ticketPath: string,
  strict: boolean,
  shown = 5,
): string {
  const { errors, warnings } = splitIssues(loaded.issues);
  const total = issueCounts(loaded);
  const lines: string[] = [];
  if (total.errors > 0) {
    const files = [...new Set(errors.map((e) => e.file))].join(" and ");
    lines.push(
      strict
        ? `tidemark: ${count(total.errors)} bad row${total.errors === 1 ? "" : "s"} in ${files} (--strict):`
        : `tidemark: skipped ${count(total.errors)} row${total.errors === 1 ? "" : "s"} of ${files} that could not be read:`,
    );
    for (const issue of errors.slice(0, shown)) lines.push(`  ${issueLine(issue)}`);
    if (total.errors > shown) lines.push(`  … and ${count(total.errors - shown)} more.`);
    lines.push(
      `  "tidemark validate ${shellWord(ticketPath)}${loaded.eventsPath !== undefined ? ` --events ${shellWord(loaded.eventsPath)}` : ""}" lists every one.`,
    );
  }
  if (total.warnings > 0 && warnings.length > 0) {
    lines.push(
      `tidemark: ${count(total.warnings)} row${total.warnings === 1 ? "" : "s"} used with a remark, e.g. ${issueLine(warnings[0] as FileIssue)}`,
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** A path as one shell word, quoted when it holds anything but plain path characters. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

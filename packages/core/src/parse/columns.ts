import { TidemarkError } from "../errors.js";
import { checkList, checkOptions, nearestName } from "../input-checks.js";
import type { AttributeName } from "../types.js";

/** The ticket fields Tidemark reads. */
export type TicketField =
  | "id"
  | "createdAt"
  | "resolvedAt"
  | "closedAt"
  | AttributeName
  | "inflowKind";

/**
 * Which input column holds each ticket field (column names as written in the
 * header); `null` says "this field has no column" and stops detection for it.
 */
export type ColumnMapping = Partial<Record<TicketField, string | null>>;

/** The column actually read for each field (fields without one are left out). */
export type UsedColumns = Partial<Record<TicketField, string>>;

/**
 * Common names of each field in helpdesk exports, compared after lower-casing
 * and removing everything but letters and digits (`Created Date` → `createddate`).
 * Earlier names win.
 */
export const COLUMN_ALIASES: Readonly<Record<TicketField, readonly string[]>> = {
  id: [
    "ticketid",
    "id",
    "ticketnumber",
    "number",
    "srnumber",
    "caseid",
    "casenumber",
    "incidentid",
    "issueid",
    "key",
    "ticket",
    "case",
    "incident",
  ],
  createdAt: [
    "createdat",
    "created",
    "createddate",
    "createdon",
    "createdtime",
    "createtime",
    "creationdate",
    "datecreated",
    "openedat",
    "opened",
    "openeddate",
    "openedon",
    "opendate",
    "submittedat",
    "reportedat",
  ],
  resolvedAt: [
    "resolvedat",
    "resolved",
    "resolveddate",
    "resolvedon",
    "resolutiondate",
    "resolutiontime",
    "solvedat",
    "solved",
    "solveddate",
    "solvedtime",
    "resolvedtime",
    "resolvetime",
    "resolvedate",
    "dateresolved",
    "datesolved",
    "completedat",
    "doneat",
  ],
  closedAt: [
    "closedat",
    "closed",
    "closeddate",
    "closedon",
    "closedtime",
    "closetime",
    "closedate",
    "closingdate",
    "dateclosed",
  ],
  category: ["category", "requesttype", "issuetype", "topic", "product", "labels", "tags"],
  channel: ["channel", "requestsource", "contacttype", "source", "via"],
  priority: ["priority", "severity", "impact"],
  team: ["team", "assignmentgroup", "group", "queue", "assignedgroup", "department", "assignto"],
  assignee: ["assignee", "agent", "assignedto", "resolver"],
  inflowKind: ["inflowkind", "inflowtype"],
};

export const TICKET_FIELDS = Object.keys(COLUMN_ALIASES) as TicketField[];

export const normalizeColumnName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * `mapping` when it is an object whose keys are all among `fields`; else
 * throws, naming the unknown field (a misspelt one would be ignored, and its
 * column guessed).
 */
export function checkColumnMapping<T extends object>(
  mapping: T | undefined,
  fn: string,
  fields: readonly string[],
): T {
  const checked = checkOptions(mapping, fn);
  for (const key of Object.keys(checked)) {
    if (fields.includes(key)) continue;
    const near = nearestName(key, fields);
    throw new TidemarkError(
      "invalid-option",
      `Unknown field ${JSON.stringify(key)} in columns${near === null ? "" : `; did you mean ${near}?`} The fields: ${fields.join(", ")}.`,
    );
  }
  return checked;
}

/**
 * Picks a column for each field: the caller's choice where given, otherwise the
 * first alias found in `header`. Returns column indexes (-1 = absent) and names.
 */
export function mapColumns(
  header: readonly string[],
  explicit: ColumnMapping = {},
): { index: Record<TicketField, number>; used: UsedColumns; unknown: string[] } {
  checkList(header, "mapColumns", "the header's column names");
  explicit = checkColumnMapping(explicit, "mapColumns", TICKET_FIELDS);
  const normalized = header.map(normalizeColumnName);
  const index = {} as Record<TicketField, number>;
  const used: UsedColumns = {};
  const unknown: string[] = [];
  for (const field of TICKET_FIELDS) {
    const wanted = explicit[field];
    let i = -1;
    if (wanted === null) {
      i = -1;
    } else if (wanted !== undefined) {
      i = header.indexOf(wanted);
      if (i < 0) i = normalized.indexOf(normalizeColumnName(wanted));
      if (i < 0) unknown.push(wanted);
    } else {
      for (const alias of COLUMN_ALIASES[field]) {
        i = normalized.indexOf(alias);
        if (i >= 0) break;
      }
    }
    if (i >= 0) checkOneColumn(header, i, wanted ?? undefined, `columns.${field}`);
    index[field] = i;
    if (i >= 0) used[field] = header[i];
  }
  return { index, used, unknown };
}

/**
 * Throws `ambiguous-column` when column `i`, picked for `field` (by the name
 * `wanted` if given, else by a common name), shares that name with another
 * column: reading the first of two resolution times, say, would be a guess.
 */
export function checkOneColumn(
  header: readonly string[],
  i: number,
  wanted: string | undefined,
  field: string,
): void {
  const exact = wanted !== undefined && header[i] === wanted;
  const name = normalizeColumnName(header[i] as string);
  const twins: number[] = [];
  header.forEach((h, j) => {
    if (exact ? h === wanted : normalizeColumnName(h) === name) twins.push(j);
  });
  if (twins.length < 2) return;
  const listed = twins.map((j) => `${j + 1} ("${header[j]}")`).join(" and ");
  const same = twins.every((j) => header[j] === header[i]);
  throw new TidemarkError(
    "ambiguous-column",
    `Columns ${listed} could each be the one to read for ${field}: ${
      same
        ? "rename one of them in the file."
        : `set ${field} to the exact name of the one to read.`
    }`,
  );
}

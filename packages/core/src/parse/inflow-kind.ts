import { INFLOW_KINDS } from "../types.js";

const KIND_BY_NAME = new Map<string, number>(
  INFLOW_KINDS.flatMap((k, i) => [
    [k, i],
    [k.replace("-", ""), i],
    [k.replace("-", " "), i],
  ]),
);

/**
 * The code (index into {@link INFLOW_KINDS}) of a kind's name or of a
 * spelling without its hyphen (`followup`, `follow up`); -1 for none.
 */
export function inflowKindCode(name: string): number {
  return KIND_BY_NAME.get(name) ?? -1;
}

/**
 * The code of the inflow kind an input field names, case and surrounding
 * white space aside (`"Recurring"`, `" Follow up "`); -1 for none. Every
 * reader of tickets (CSV, records, the zod schema) decides kinds by this.
 */
export function inflowKindOfText(text: string): number {
  return inflowKindCode(text.trim().toLowerCase());
}

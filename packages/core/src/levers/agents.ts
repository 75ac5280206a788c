import type { TicketLog } from "../types.js";

/**
 * Agents active over `[from, to)`: distinct assignees of tickets finally solved
 * in it. A ticket without an assignee counts for no one. 0 when none.
 */
export function activeAgents(log: TicketLog, from: number, to: number): number {
  const codes = log.attributes.assignee.codes;
  const seen = new Set<number>();
  for (let i = 0; i < log.size; i++) {
    const s = log.finalSolvedAt[i] as number;
    const c = codes[i] as number;
    if (s >= from && s < to && c >= 0) seen.add(c);
  }
  return seen.size;
}

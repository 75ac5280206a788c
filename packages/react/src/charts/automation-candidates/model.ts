import type { AutomationCandidate } from "@tidemark/core";
import { createFormatter, type LocaleOptions } from "../../format/format.js";
import { plural } from "../../format/plural.js";
import type { TableModel } from "../../parts/types.js";
import { categoryLabel } from "../inflow-audit/model.js";

/** Options of {@link automationCandidatesModel}. */
export interface AutomationCandidatesOptions extends LocaleOptions {
  /** Candidates listed. Default 5. */
  limit?: number;
}

/** One ranked candidate, as text. */
export interface AutomationCandidateItem {
  rank: number;
  label: string;
  /** The score as a share of all inflow: "4.2% of all inflow is repetitive work here". */
  score: string;
  scoreWords: string;
  /** 0–1 of the top candidate's score, for a bar. */
  fraction: number;
  repetitiveness: string;
  count: string;
  reasons: string[];
}

/** The text of a ranked list of automation candidates. */
export interface AutomationCandidatesModel {
  items: AutomationCandidateItem[];
  /** Candidates left out by `limit`. */
  more: number;
  summary: string;
  table: TableModel;
}

/**
 * Automation candidates ranked by core's score (`inflowShare × repetitiveness`),
 * each with its plain-word reasons. No candidates gives an empty list and a
 * summary that says so.
 *
 * @example automationCandidatesModel(inflowAudit(log).automation).items[0].reasons
 */
export function automationCandidatesModel(
  candidates: readonly AutomationCandidate[],
  options: AutomationCandidatesOptions = {},
): AutomationCandidatesModel {
  const fmt = createFormatter({ locale: options.locale, timeZone: options.timeZone });
  const limit = Math.max(1, Math.floor(options.limit ?? 5) || 5);
  const best = candidates[0]?.score ?? 0;
  const all = candidates.map((c, i) => {
    const score = fmt.percent(c.score);
    return {
      rank: i + 1,
      label: categoryLabel(c.category),
      score,
      scoreWords: `${score} of all inflow is repetitive work here`,
      fraction: best > 0 && Number.isFinite(c.score) ? Math.max(0, c.score / best) : 0,
      repetitiveness: fmt.percent(c.repetitiveness),
      count: fmt.count(c.count),
      reasons: [...c.reasons],
    };
  });
  const items = all.slice(0, limit);
  const first = items[0];
  const summary = first
    ? `${fmt.count(candidates.length)} automation ${plural(candidates.length, "candidate", "candidates")}; the best is ${first.label}: ${first.scoreWords}.`
    : "No automation candidates: no category has enough repetitive inflow.";
  return {
    items,
    more: all.length - items.length,
    summary,
    table: {
      caption: "Automation candidates, best first",
      columns: ["Category", "Score", "Repetitiveness", "Tickets", "Reasons"],
      rows: () =>
        all.map((c) => [c.label, c.score, c.repetitiveness, c.count, c.reasons.join(" ")]),
    },
  };
}

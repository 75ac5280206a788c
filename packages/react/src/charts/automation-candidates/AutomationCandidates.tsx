import type { AutomationCandidate } from "@tidemark/core";
import { useId } from "react";
import { rootStyle, visuallyHidden } from "../../parts/styles.js";
import type { ChartBaseProps, ModelChildren } from "../../parts/types.js";
import { themeVar } from "../../theme/tokens.js";
import { type AutomationCandidatesModel, automationCandidatesModel } from "./model.js";

/** Props of {@link AutomationCandidates}. */
export interface AutomationCandidatesProps
  extends Omit<ChartBaseProps, "width" | "height" | "dataTable"> {
  /** `inflowAudit(log, options).automation`. */
  candidates: readonly AutomationCandidate[];
  /** Candidates listed. Default 5. */
  limit?: number;
  children?: ModelChildren<AutomationCandidatesModel>;
}

/**
 * The categories most worth automating or deflecting, best first, each with
 * its score (the share of all inflow that is repetitive work in it) and the
 * reasons in words. An ordered list: reads in order, no chart to decode.
 *
 * @example <AutomationCandidates candidates={inflowAudit(log).automation} />
 */
export function AutomationCandidates(props: AutomationCandidatesProps) {
  const m = automationCandidatesModel(props.candidates, {
    limit: props.limit,
    locale: props.locale,
    timeZone: props.timeZone,
  });
  const captionId = useId();
  return (
    <figure
      aria-labelledby={captionId}
      className={props.className}
      style={rootStyle(props.theme, props.style)}
    >
      <figcaption id={captionId} style={{ fontWeight: 600, marginBottom: 4 }}>
        {props.title ?? "Automation candidates"}
      </figcaption>
      <p style={m.items.length > 0 ? visuallyHidden : { margin: 0 }}>{m.summary}</p>
      {m.items.length > 0 ? (
        <ol
          aria-label="Candidates, best first"
          style={{ margin: 0, padding: 0, listStyle: "none", display: "grid", gap: 10 }}
        >
          {m.items.map((c) => (
            <li key={c.rank} style={{ display: "grid", gap: 2 }}>
              <div style={{ display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: 8 }}>
                <span style={{ color: themeVar("muted"), fontVariantNumeric: "tabular-nums" }}>
                  {c.rank}.
                </span>
                <strong style={{ overflowWrap: "anywhere" }}>{c.label}</strong>
                <span style={{ color: themeVar("muted") }}>
                  {c.count} tickets · score {c.score}
                </span>
              </div>
              <span
                aria-hidden="true"
                style={{
                  display: "block",
                  height: 6,
                  maxWidth: 240,
                  background: themeVar("grid"),
                  borderRadius: 3,
                }}
              >
                <span
                  style={{
                    display: "block",
                    height: 6,
                    borderRadius: 3,
                    width: `${Math.round(c.fraction * 100)}%`,
                    background: themeVar("throughput"),
                  }}
                />
              </span>
              <span style={visuallyHidden}>{c.scoreWords}.</span>
              <ul style={{ margin: "2px 0 0", paddingInlineStart: 18 }}>
                {c.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
      {m.more > 0 ? (
        <p style={{ margin: "6px 0 0", color: themeVar("muted") }}>
          {m.more} more {m.more === 1 ? "candidate" : "candidates"} below these.
        </p>
      ) : null}
      {props.children?.(m)}
    </figure>
  );
}

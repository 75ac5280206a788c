// @vitest-environment node
// Under dir="rtl" (Arabic or Hebrew pages) a number set next to English words in
// one SVG text run is reordered with them by the bidi algorithm ("Rising ١+ this
// day", a date's parts swapped). Every run that mixes digits and letters must
// keep the figure in an isolate of its own (a <tspan> with unicode-bidi: isolate).
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createFormatter } from "../src/format/format.js";
import {
  AgingWork,
  BacklogTrend,
  Bathtub,
  CumulativeFlow,
  FlowTrend,
  LeadTimeHistogram,
  LeadTimeScatter,
} from "../src/index.js";
import { BidiText } from "../src/parts/BidiText.js";
import { twoWeeks } from "./fixtures/results.js";

const points = {
  ids: ["A", "B", "C"],
  resolvedAt: [Date.UTC(2024, 2, 2), Date.UTC(2024, 2, 5), Date.UTC(2024, 2, 9)],
  hours: [4, 30, 300],
};

/** The direct text of each <text>/<tspan> that is not an isolate, in document order. */
function unisolatedRuns(html: string): string[] {
  const runs: string[] = [];
  const stack: boolean[] = [];
  for (const m of html.matchAll(/<(\/?)(text|tspan)\b([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      const text = m[4].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      if (stack.length > 0 && !stack[stack.length - 1]) runs.push(text);
      continue;
    }
    if (m[1]) stack.pop();
    else stack.push(/unicode-bidi:\s*isolate/.test(m[3] ?? ""));
  }
  return runs;
}

// Our words are English (Latin script); a run mixes when it also holds what Intl wrote
// for another script: its digits (Arabic-Indic, …) or its words (an Arabic or Hebrew month).
const mixes = (s: string) =>
  /\p{Script=Latin}/u.test(s) &&
  (/[^\P{Nd}0-9]/u.test(s) || /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(s));

describe("numbers next to words in SVG text are bidi isolates", () => {
  const charts = {
    Bathtub: <Bathtub result={twoWeeks} locale="ar-EG" />,
    "Bathtub compact": <Bathtub result={twoWeeks} locale="ar-EG" variant="compact" />,
    FlowTrend: <FlowTrend result={twoWeeks} locale="ar-EG" width={600} />,
    BacklogTrend: <BacklogTrend result={twoWeeks} locale="ar-EG" width={600} />,
    CumulativeFlow: <CumulativeFlow result={twoWeeks} locale="ar-EG" width={600} />,
    AgingWork: <AgingWork aging={twoWeeks.aging} locale="ar-EG" width={600} />,
    LeadTimeScatter: (
      <LeadTimeScatter
        points={points}
        summary={twoWeeks.totals.leadTime}
        locale="ar-EG"
        width={600}
      />
    ),
    LeadTimeHistogram: (
      <LeadTimeHistogram
        hours={points.hours}
        summary={twoWeeks.totals.leadTime}
        locale="ar-EG"
        width={600}
      />
    ),
  };
  for (const [name, element] of Object.entries(charts)) {
    it(`${name} in ar-EG`, () => {
      const html = renderToString(<div dir="rtl">{element}</div>);
      const runs = unisolatedRuns(html);
      expect(runs.length).toBeGreaterThan(0);
      expect(runs.filter(mixes)).toEqual([]);
    });
  }

  it("the check sees a mixed run (control)", () => {
    expect(unisolatedRuns("<svg><text>Rising <tspan>+١</tspan> this day</text></svg>")).toEqual([
      "Rising ",
      "+١",
      " this day",
    ]);
    expect(unisolatedRuns("<svg><text>٥ in per day</text></svg>").filter(mixes)).toHaveLength(1);
    expect(unisolatedRuns("<svg><text>Day of 14 במרץ</text></svg>").filter(mixes)).toHaveLength(1);
    expect(unisolatedRuns("<svg><text>١٤ مارس</text></svg>").filter(mixes)).toHaveLength(0);
    expect(
      unisolatedRuns(
        '<svg><text>Rising <tspan style="unicode-bidi:isolate">+١</tspan> this day</text></svg>',
      ).filter(mixes),
    ).toEqual([]);
  });
});

describe("BidiText", () => {
  for (const locale of ["ar-EG", "he-IL", "en-US", "de-DE"]) {
    it(`${locale}: keeps the text as written and puts each figure, whole, in an isolate`, () => {
      const fmt = createFormatter({ locale });
      const figures = [fmt.signed(-1234), fmt.day("2024-03-14"), fmt.decimal(2.75)];
      const text = `Falling ${figures[0]} this week, since ${figures[1]} (${figures[2]} days of work)`;
      const html = renderToString(
        <svg aria-hidden="true">
          <text>
            <BidiText figures={figures}>{text}</BidiText>
          </text>
        </svg>,
      );
      const isolates = [
        ...html.matchAll(/<tspan style="unicode-bidi:isolate">([^<]*)<\/tspan>/g),
      ].map((m) => m[1]);
      expect(isolates).toEqual(figures);
      expect(html.replace(/<[^>]+>/g, "")).toBe(text);
    });
  }
});

import { computeMetrics, ticketsFromRecords } from "@tidemark/core";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Tiles } from "../../src/ui/Tiles";

/** The text of the tile labelled `label` in the static markup `html`, tags removed. */
function tileText(html: string, label: string): string {
  const start = html.indexOf(`>${label}<`);
  const end = html.indexOf("</section>", start);
  return html
    .slice(start + 1, end)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("<Tiles> before anything is solved", () => {
  it("the healthy band is '–' and says there is no capacity yet, not '–––' and '× – solved/day'", () => {
    const { log } = ticketsFromRecords([
      { id: "1", createdAt: "2024-05-01T10:00:00Z" },
      { id: "2", createdAt: "2024-05-02T09:00:00Z" },
    ]);
    const result = computeMetrics(log, { bucket: "week" });
    const html = renderToStaticMarkup(createElement(Tiles, { result }));
    expect(tileText(html, "Healthy band")).toBe(
      "Healthy band – 0.5–2.0 days of capacity; none yet: nothing solved",
    );
  });
});

// Renders every component to static HTML (light and dark) for a visual check.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { computeMetrics, leadTimePoints, parseTicketsCsv } from "@tidemark/core";
import { renderToString } from "react-dom/server";
import {
  AgingWork,
  BacklogTrend,
  Bathtub,
  CumulativeFlow,
  FlowTrend,
  HealthTile,
  LeadTimeHistogram,
  LeadTimeScatter,
} from "../src/index.js";

const dataset = process.argv[2] ?? "helpdesk-italy";
const out = process.argv[3] ?? "/tmp/tidemark-gallery";
const text = readFileSync(
  resolve(process.cwd(), `../../../shared/data/${dataset}/data.csv`),
  "utf8",
);
const { log } = parseTicketsCsv(text);
const bucket = (process.argv[4] ?? "week") as "day" | "week" | "month";
const result = computeMetrics(log, { bucket });
const points = leadTimePoints(log, { from: result.range.from, to: result.range.to });
const mid = Math.floor(result.buckets.length / 2);

function page(theme: "light" | "dark") {
  const bg = theme === "dark" ? "#131a22" : "#f3f5f7";
  const card = theme === "dark" ? "#131a22" : "#ffffff";
  const box = (child: React.ReactNode, w = 680) => (
    <div
      style={{
        background: card,
        padding: 20,
        borderRadius: 12,
        width: w,
        boxShadow: "0 1px 3px rgba(0,0,0,.12)",
      }}
    >
      {child}
    </div>
  );
  return renderToString(
    <div
      style={{
        display: "flex",
        flexWrap: "wrap",
        gap: 20,
        padding: 20,
        background: bg,
        width: 1480,
      }}
    >
      {box(<Bathtub result={result} theme={theme} title="Backlog now" />)}
      {box(<Bathtub result={result} theme={theme} bucketIndex={mid} title={`Week ${mid}`} />)}
      {box(<Bathtub result={result} theme={theme} variant="compact" />, 330)}
      {box(<HealthTile result={result} theme={theme} />, 200)}
      {box(<HealthTile result={result} theme={theme} metric="throughput" />, 200)}
      {box(<FlowTrend result={result} width={640} theme={theme} title="Inflow and throughput" />)}
      {box(<BacklogTrend result={result} width={640} theme={theme} title="Backlog" />)}
      {box(<CumulativeFlow result={result} width={640} theme={theme} title="Cumulative flow" />)}
      {box(
        <LeadTimeScatter
          points={points}
          summary={result.totals.leadTime}
          width={640}
          theme={theme}
          title="Lead time"
        />,
      )}
      {box(
        <LeadTimeHistogram
          hours={points.hours}
          summary={result.totals.leadTime}
          width={640}
          theme={theme}
          title="Lead time distribution"
        />,
      )}
      {box(<AgingWork aging={result.aging} width={640} theme={theme} title="Open work by age" />)}
    </div>,
  );
}

for (const theme of ["light", "dark"] as const) {
  writeFileSync(
    `${out}-${theme}.html`,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Tidemark gallery (${theme})</title><body style="margin:0"><main><h1 style="position:absolute;left:-9999px">Tidemark gallery</h1>${page(theme)}</main></body></html>`,
  );
}

import {
  AgingWork,
  BacklogTrend,
  Bathtub,
  CumulativeFlow,
  FlowTrend,
  LeadTimeHistogram,
  LeadTimeScatter,
} from "@tidemark/react";
import type { ViewModel } from "../data/protocol";
import { formatCount } from "../format";
import { useMediaQuery } from "../state/useMediaQuery";

import { ChartCard } from "./ChartCard";

/** Every chart of the kit, fed from the core's result for the current settings. */
export function Charts({ model }: { model: ViewModel }) {
  const { result, points, stride, hours } = model;
  const lead = result.totals.leadTime;
  const zone = result.timeZone;
  const narrow = useMediaQuery("(max-width: 560px)");
  return (
    <div className="tmd-grid">
      <ChartCard
        title="The bathtub"
        hint="What came in, what drained, and where the level sits against the band."
        wide
      >
        <Bathtub
          result={result}
          timeZone={zone}
          variant={narrow ? "compact" : "hero"}
          style={{ margin: "0 auto" }}
        />
      </ChartCard>
      <ChartCard title="Inflow and throughput" hint="The faucet against the drain, per bucket.">
        <FlowTrend result={result} timeZone={zone} />
      </ChartCard>
      <ChartCard title="Backlog and healthy band" hint="Open tickets at the end of each bucket.">
        <BacklogTrend result={result} timeZone={zone} />
      </ChartCard>
      <ChartCard
        title="Lead time"
        hint={
          stride === 1
            ? "Each resolved ticket: when it was solved and how long it took (log scale)."
            : `Every ${stride}th of ${formatCount(hours.length)} resolved tickets (log scale); percentiles from all.`
        }
      >
        <LeadTimeScatter points={points} summary={lead} timeZone={zone} scale="log" />
      </ChartCard>
      <ChartCard title="Lead time distribution" hint="How many tickets took how long.">
        <LeadTimeHistogram hours={hours} summary={lead} timeZone={zone} />
      </ChartCard>
      <ChartCard title="Cumulative flow" hint="Arrivals and departures; the gap is the backlog.">
        <CumulativeFlow result={result} timeZone={zone} />
      </ChartCard>
      <ChartCard
        title="Open work by age"
        hint="Tickets still open at the end of the range, by age."
      >
        <AgingWork aging={result.aging} timeZone={zone} />
      </ChartCard>
    </div>
  );
}

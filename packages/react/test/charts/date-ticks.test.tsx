import { render } from "@testing-library/react";
import { computeMetrics, type MetricsResult } from "@tidemark/core";
import { describe, expect, it } from "vitest";
import { BacklogTrend } from "../../src/charts/backlog-trend/BacklogTrend.js";
import { backlogTrendModel } from "../../src/charts/backlog-trend/model.js";
import { CumulativeFlow } from "../../src/charts/cumulative-flow/CumulativeFlow.js";
import { cumulativeFlowModel } from "../../src/charts/cumulative-flow/model.js";
import { FlowTrend } from "../../src/charts/flow-trend/FlowTrend.js";
import { flowTrendModel } from "../../src/charts/flow-trend/model.js";
import { ForecastFan } from "../../src/charts/forecast-fan/ForecastFan.js";
import { forecastFanModel } from "../../src/charts/forecast-fan/model.js";
import type { Tick } from "../../src/parts/types.js";
import { helpdeskLevers } from "../fixtures/levers.js";
import { loadLog } from "../fixtures/real.js";

const log = loadLog("helpdesk-italy");
const zone = "Europe/Rome";

/** The tick a chart should draw at the bucket starting on `start`: its slot's centre. */
function tickAt(starts: readonly string[], start: string, plot: { left: number; right: number }) {
  const i = starts.indexOf(start);
  if (i < 0) throw new Error(`no bucket starts on ${start}`);
  const step = (plot.right - plot.left) / starts.length;
  return plot.left + (i + 0.5) * step;
}

/** The labels drawn under the axis line at `y`, with their x, as the SVG has them. */
function drawnTicks(container: HTMLElement, y: number): Tick[] {
  return [...container.querySelectorAll("text")]
    .filter((t) => Number(t.getAttribute("y")) === y + 16)
    .map((t) => ({ pos: Number(t.getAttribute("x")), label: t.textContent ?? "" }));
}

const starts = (r: MetricsResult) => r.buckets.map((b) => b.start);

describe("bucket charts label their date axis on round steps", () => {
  it("<FlowTrend> by day, Mar 1 – Jun 28 2012 at 640 px: the 1st of each month (every other Monday would be 9)", () => {
    const result = computeMetrics(log, {
      bucket: "day",
      timeZone: zone,
      from: "2012-03-01",
      to: "2012-06-28",
    });
    expect(result.buckets).toHaveLength(120);
    const m = flowTrendModel(result, { width: 640, height: 260 });
    // 572 px of plot hold 7 labels of 80 px.
    expect(Math.floor((m.plot.right - m.plot.left) / 80)).toBe(7);
    expect(m.xTicks.map((t) => t.label)).toEqual(["Mar 1", "Apr 1", "May 1", "Jun 1"]);
    const at = ["2012-03-01", "2012-04-01", "2012-05-01", "2012-06-01"];
    m.xTicks.forEach((t, i) => {
      expect(t.pos).toBeCloseTo(tickAt(starts(result), at[i] as string, m.plot), 1);
    });
    const { container } = render(<FlowTrend result={result} width={640} height={260} />);
    expect(drawnTicks(container, m.net.bottom)).toEqual(m.xTicks);
  });

  it("<FlowTrend> by week, Jan – Jun 2012 at 640 px: the weeks holding each 1st, named for it", () => {
    const result = computeMetrics(log, {
      bucket: "week",
      timeZone: zone,
      from: "2012-01-02",
      to: "2012-07-01",
    });
    expect(result.buckets).toHaveLength(26);
    const m = flowTrendModel(result, { width: 640, height: 260 });
    // 26 weeks, room for 7: every other week would be 13, so the months.
    expect(m.xTicks.map((t) => t.label)).toEqual([
      "Feb 1",
      "Mar 1",
      "Apr 1",
      "May 1",
      "Jun 1",
      "Jul 1",
    ]);
    // Feb 1 2012 is a Wednesday: its week starts Mon Jan 30; Mar 1 (Thu) Feb 27;
    // Apr 1 (Sun) Mar 26; May 1 (Tue) Apr 30; Jun 1 (Fri) May 28; Jul 1 (Sun) Jun 25.
    const at = ["2012-01-30", "2012-02-27", "2012-03-26", "2012-04-30", "2012-05-28", "2012-06-25"];
    m.xTicks.forEach((t, i) => {
      expect(t.pos).toBeCloseTo(tickAt(starts(result), at[i] as string, m.plot), 1);
    });
  });

  it("<FlowTrend> by day at 1400 px: every other Monday from Jan 5 1970 (the 17 Mondays are too many)", () => {
    const result = computeMetrics(log, {
      bucket: "day",
      timeZone: zone,
      from: "2012-03-01",
      to: "2012-06-28",
    });
    const m = flowTrendModel(result, { width: 1400, height: 260 });
    expect(Math.floor((m.plot.right - m.plot.left) / 80)).toBe(16);
    // Apr 2 2012 is 15,428 days after Jan 5 1970: 1,102 fortnights.
    expect(m.xTicks.map((t) => t.label)).toEqual([
      "Mar 5",
      "Mar 19",
      "Apr 2",
      "Apr 16",
      "Apr 30",
      "May 14",
      "May 28",
      "Jun 11",
      "Jun 25",
    ]);
  });

  it("<BacklogTrend> by week, 2010–2013 at 640 px: the weeks holding Jul 1 and Jan 1, named for that month", () => {
    const result = computeMetrics(log, { bucket: "week", timeZone: zone });
    const m = backlogTrendModel(result, { width: 640, height: 260 });
    expect(Math.floor((m.plot.right - m.plot.left) / 80)).toBe(7);
    expect(m.xTicks.map((t) => t.label)).toEqual([
      "Jul 2010",
      "Jan 2011",
      "Jul 2011",
      "Jan 2012",
      "Jul 2012",
      "Jan 2013",
      "Jul 2013",
    ]);
    // Jul 1 2010 was a Thursday, Jan 1 2011 a Saturday, … Jul 1 2013 a Monday.
    const weeks = [
      "2010-06-28",
      "2010-12-27",
      "2011-06-27",
      "2011-12-26",
      "2012-06-25",
      "2012-12-31",
      "2013-07-01",
    ];
    m.xTicks.forEach((t, i) => {
      expect(t.pos).toBeCloseTo(tickAt(starts(result), weeks[i] as string, m.plot), 1);
    });
    const { container } = render(<BacklogTrend result={result} width={640} height={260} />);
    expect(drawnTicks(container, m.plot.bottom)).toEqual(m.xTicks);
  });

  it("<CumulativeFlow> by month, 2010–2013: Januaries at 640 px, Januaries and Julys at 1200 px", () => {
    const result = computeMetrics(log, { bucket: "month", timeZone: zone });
    const m = cumulativeFlowModel(result, { width: 640, height: 260 });
    expect(m.xTicks.map((t) => t.label)).toEqual(["Jan 2010", "Jan 2011", "Jan 2012", "Jan 2013"]);
    m.xTicks.forEach((t, i) => {
      expect(t.pos).toBeCloseTo(tickAt(starts(result), `${2010 + i}-01-01`, m.plot), 1);
    });
    const { container } = render(<CumulativeFlow result={result} width={640} height={260} />);
    expect(drawnTicks(container, m.plot.bottom)).toEqual(m.xTicks);
    const wide = cumulativeFlowModel(result, { width: 1200, height: 260 });
    // 1,132 px hold 14 labels: quarters would be 16.
    expect(wide.xTicks.map((t) => t.label)).toEqual([
      "Jan 2010",
      "Jul 2010",
      "Jan 2011",
      "Jul 2011",
      "Jan 2012",
      "Jul 2012",
      "Jan 2013",
      "Jul 2013",
    ]);
  });

  it("<ForecastFan> from Jun 1 2012 at 640 px: every other Monday across history and forecast", () => {
    const { forecast, history } = helpdeskLevers();
    const m = forecastFanModel(forecast, { width: 640, height: 260, history });
    expect(m.xTicks.map((t) => t.label)).toEqual([
      "Apr 16",
      "Apr 30",
      "May 14",
      "May 28",
      "Jun 11",
      "Jun 25",
    ]);
    const { container } = render(
      <ForecastFan forecast={forecast} history={history} width={640} height={260} />,
    );
    expect(drawnTicks(container, m.plot.bottom)).toEqual(m.xTicks);
  });
});

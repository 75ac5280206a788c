import { fireEvent, render, screen } from "@testing-library/react";
import { agingPoints } from "@tidemark/core";
import { describe, expect, it } from "vitest";
import { AgingWork } from "../../src/charts/aging-work/AgingWork.js";
import { BacklogTrend } from "../../src/charts/backlog-trend/BacklogTrend.js";
import { CumulativeFlow } from "../../src/charts/cumulative-flow/CumulativeFlow.js";
import { FlowTrend } from "../../src/charts/flow-trend/FlowTrend.js";
import { LeadTimeHistogram } from "../../src/charts/lead-time/LeadTimeHistogram.js";
import { LeadTimeScatter } from "../../src/charts/lead-time/LeadTimeScatter.js";
import { helpdesk } from "../fixtures/real.js";
import { nth } from "../fixtures/results.js";

const { log, result, points } = helpdesk();
const buckets = result.buckets;
const last = nth(buckets, buckets.length - 1);
const count = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(n);
const day = (d: string) =>
  new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    year: "numeric",
    month: "short",
    day: "numeric",
  }).format(Date.parse(`${d}T00:00:00Z`));

/** Opens the data table and returns its rows as text cells. */
function tableRows(): string[][] {
  fireEvent.click(screen.getByRole("button", { name: "Show data table" }));
  const table = screen.getByRole("table");
  return [...table.querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("th, td")].map((c) => c.textContent ?? ""),
  );
}

describe("<FlowTrend result> on helpdesk-italy by week", () => {
  it("names the chart with the range's inflow and throughput totals", () => {
    render(<FlowTrend result={result} width={640} />);
    const img = screen.getByRole("img", { name: /^Inflow and throughput by week/ });
    expect(img.getAttribute("aria-label")).toContain(`${count(result.totals.inflow)} came in`);
    expect(img.getAttribute("aria-label")).toContain(
      `${count(result.totals.throughput)} were resolved`,
    );
  });

  it("has a table row per bucket with inflow, throughput and net flow", () => {
    render(<FlowTrend result={result} width={640} />);
    const rows = tableRows();
    expect(rows).toHaveLength(buckets.length);
    const b = nth(buckets, 30);
    expect(rows[30]).toEqual([
      day(b.start),
      count(b.inflow),
      count(b.throughput),
      b.netFlow > 0 ? `+${b.netFlow}` : count(b.netFlow).replace("-", "−"),
    ]);
  });

  it("focus shows the last bucket's tooltip; ArrowLeft and Home move through buckets", () => {
    render(<FlowTrend result={result} width={640} />);
    const img = screen.getByRole("img");
    expect(img.tabIndex).toBe(0);
    fireEvent.focus(img);
    expect(screen.getByRole("tooltip").textContent).toContain(day(last.start));
    fireEvent.keyDown(img, { key: "ArrowLeft" });
    expect(screen.getByRole("tooltip").textContent).toContain(
      day(nth(buckets, buckets.length - 2).start),
    );
    fireEvent.keyDown(img, { key: "Home" });
    const tip = screen.getByRole("tooltip").textContent ?? "";
    expect(tip).toContain(day(nth(buckets, 0).start));
    expect(tip).toContain(`Inflow${count(nth(buckets, 0).inflow)}`);
    fireEvent.keyDown(img, { key: "Escape" });
    expect(screen.queryByRole("tooltip")).toBeNull();
  });
});

describe("<BacklogTrend result>", () => {
  it("names the last backlog, its status and the band", () => {
    render(<BacklogTrend result={result} width={640} />);
    const name = screen.getByRole("img").getAttribute("aria-label") ?? "";
    expect(name).toContain(`${count(last.backlog)} open, above the healthy band`);
    const above = buckets.filter((b) => b.status === "above").length;
    expect(name).toContain(`${count(above)} weeks above the band`);
  });

  it("tables backlog, band and status of every bucket", () => {
    render(<BacklogTrend result={result} width={640} />);
    const rows = tableRows();
    expect(rows).toHaveLength(buckets.length);
    expect(rows.at(-1)).toEqual([
      day(last.start),
      count(last.backlog),
      // The band of 1.09–4.36 tickets (61 solved in the 28 days to the data's end,
      // Dec 23, 2013), rounded into the band as the bathtub and the demo's tile write it.
      "1.1",
      "4.3",
      "5.5",
      "Above band",
    ]);
  });

  it("pointer move over the plot shows the bucket under it", () => {
    render(<BacklogTrend result={result} width={640} />);
    const img = screen.getByRole("img");
    fireEvent.pointerMove(img, { clientX: 60, clientY: 100, pointerType: "mouse" });
    expect(screen.getByRole("tooltip").textContent).toContain("Backlog");
    fireEvent.pointerLeave(img, { pointerType: "mouse" });
    expect(screen.queryByRole("tooltip")).toBeNull();
  });
});

describe("touch", () => {
  it("a tap shows the bucket under the finger and keeps it when the finger lifts", () => {
    render(<BacklogTrend result={result} width={640} />);
    const img = screen.getByRole("img");
    fireEvent.pointerDown(img, { clientX: 300, clientY: 100, pointerType: "touch" });
    expect(screen.getByRole("tooltip").textContent).toContain("Backlog");
    fireEvent.pointerLeave(img, { pointerType: "touch" });
    expect(screen.getByRole("tooltip")).toBeTruthy();
  });
});

describe("<CumulativeFlow result>", () => {
  it("arrivals minus departures is the backlog in every row", () => {
    render(<CumulativeFlow result={result} width={640} />);
    const rows = tableRows();
    const n = (s: string) => Number(s.replace(/,/g, ""));
    for (const [i, row] of rows.entries()) {
      expect(n(nth(row, 1)) - n(nth(row, 2))).toBe(nth(buckets, i).backlog);
      expect(row[3]).toBe(count(nth(buckets, i).backlog));
    }
  });
});

describe("<LeadTimeScatter points summary>", () => {
  it("names the count and the percentiles of core's summary", () => {
    const s = nth([result.totals.leadTime], 0);
    render(<LeadTimeScatter points={points} summary={s} width={640} />);
    const name = screen.getByRole("img").getAttribute("aria-label") ?? "";
    expect(name).toContain(`${count(points.ids.length)} resolved tickets`);
    const days = (h: number) =>
      `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(h / 24)} days`;
    expect(name).toContain(`median ${days(s.p50)}`);
    expect(name).toContain(`95th percentile ${days(s.p95)}`);
  });

  it("arrow keys move ticket by ticket in solve order", () => {
    render(
      <LeadTimeScatter
        points={points}
        summary={result.totals.leadTime}
        width={640}
        dataTable="none"
      />,
    );
    const img = screen.getByRole("img");
    fireEvent.focus(img);
    expect(screen.getByRole("tooltip").textContent).toContain(points.ids.at(-1));
    fireEvent.keyDown(img, { key: "Home" });
    expect(screen.getByRole("tooltip").textContent).toContain(points.ids[0]);
    fireEvent.keyDown(img, { key: "ArrowRight" });
    expect(screen.getByRole("tooltip").textContent).toContain(points.ids[1]);
  });
});

describe("<LeadTimeHistogram hours summary>", () => {
  it("bins hold every resolved ticket", () => {
    render(<LeadTimeHistogram hours={points.hours} summary={result.totals.leadTime} width={640} />);
    const rows = tableRows();
    const total = rows.reduce((s, r) => s + Number(nth(r, 1).replace(/,/g, "")), 0);
    expect(total).toBe(points.hours.length);
    expect(nth(rows, 0)[0]).toBe("< 1h");
  });
});

describe("<AgingWork aging>", () => {
  it("lists thresholds oldest first, then all open", () => {
    render(<AgingWork aging={result.aging} width={480} />);
    const rows = tableRows();
    expect(rows.map((r) => r[0])).toEqual([
      "Older than 30 days",
      "Older than 7 days",
      "Older than 1 day",
      "All open",
    ]);
    expect(nth(rows, -1)[1]).toBe(count(result.aging.count));
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain(
      `${count(result.aging.count)} tickets open`,
    );
  });

  it("lists the oldest open tickets by id from core's agingPoints", () => {
    const open = agingPoints(log, { asOf: result.aging.asOf });
    render(<AgingWork aging={result.aging} points={open} oldestCount={3} width={480} />);
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toHaveLength(Math.min(3, result.aging.count));
    // The first is the oldest, and the same ticket core's aging names.
    expect(items[0]).toContain(result.aging.oldestId as string);
    expect(open.ageHours[0]).toBeCloseTo(result.aging.oldest as number, 9);
  });

  it("keyboard moves through the rows", () => {
    render(<AgingWork aging={result.aging} width={480} />);
    const img = screen.getByRole("img");
    fireEvent.focus(img);
    expect(screen.getByRole("tooltip").textContent).toContain("Older than 30 days");
    fireEvent.keyDown(img, { key: "ArrowRight" });
    expect(screen.getByRole("tooltip").textContent).toContain("Older than 7 days");
  });
});

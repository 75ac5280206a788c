import { fireEvent, render, screen } from "@testing-library/react";
import { computeMetrics, ticketsFromRecords } from "@tidemark/core";
import { describe, expect, it } from "vitest";
import { Bathtub } from "../../src/charts/bathtub/Bathtub.js";
import { bathtubModel } from "../../src/charts/bathtub/model.js";
import { HealthTile } from "../../src/charts/health-tile/HealthTile.js";
import { healthTileModel } from "../../src/charts/health-tile/model.js";
import { createFormatter } from "../../src/format/format.js";
import { helpdesk } from "../fixtures/real.js";
import { makeResult, nth } from "../fixtures/results.js";

const { result } = helpdesk();
const last = nth(result.buckets, result.buckets.length - 1);

describe("<Bathtub result> on helpdesk-italy by week", () => {
  it("names inflow, throughput, direction, level and status in words", () => {
    render(<Bathtub result={result} />);
    const name = screen.getByRole("img").getAttribute("aria-label") ?? "";
    expect(last).toMatchObject({
      inflow: 0,
      throughput: 6,
      netFlow: -6,
      backlog: 12,
      status: "above",
    });
    // The data ends on Dec 23, 2013, and 61 tickets were solved in the 28 days to
    // it (counted from data.csv): 2.18 a day, so 12 open are 5.5 days of work and
    // the band of 0.5–2 days is 1.09–4.36 tickets, shown rounded into the band.
    expect(name).toBe(
      "Backlog bathtub for the week of Dec 23, 2013: 0 came in, 6 were resolved, so the level is falling by 6; " +
        "12 open (5.5 days of work), above the healthy band of 1.1–4.3.",
    );
  });

  it("shows the status in words next to its colour", () => {
    render(<Bathtub result={result} />);
    expect(screen.getByRole("img").textContent).toContain("Above band");
    expect(screen.getByRole("img").textContent).toContain("Falling by 6 in the week");
  });

  it("its data table holds the bucket's figures", () => {
    render(<Bathtub result={result} />);
    fireEvent.click(screen.getByRole("button", { name: "Show data table" }));
    const cells = [...screen.getByRole("table").querySelectorAll("tbody tr")].map(
      (r) => r.textContent,
    );
    expect(cells).toEqual([
      "Inflow (per week)0",
      "Throughput (per week)6",
      "Net flow (per week)−6",
      "Backlog12",
      "Days of work5.5",
      "Healthy band1.1–4.3",
      "StatusAbove band",
    ]);
  });

  it("takes keyboard focus and shows the figures in a tooltip", () => {
    render(<Bathtub result={result} />);
    const img = screen.getByRole("img");
    fireEvent.focus(img);
    expect(screen.getByRole("tooltip").textContent).toContain("Backlog12");
  });

  it("bucketIndex picks an earlier bucket; compact fits a card", () => {
    const b = nth(result.buckets, 30);
    render(<Bathtub result={result} bucketIndex={30} variant="compact" />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain(`${b.backlog} open`);
  });

  it("marks the water level for reduced motion", () => {
    const { container } = render(<Bathtub result={result} />);
    expect(container.querySelector("[data-tidemark-motion]")).not.toBeNull();
    expect(container.querySelector("style")?.textContent).toContain(
      "prefers-reduced-motion: reduce",
    );
  });
});

describe("bathtubModel(result)", () => {
  it("puts the band's top at three quarters of the tub when the level is inside it", () => {
    const r = makeResult([{ inflow: 10, throughput: 10, capacity: 10 }], { startBacklog: 10 });
    const m = bathtubModel(r);
    const depth = m.tub.bottom - m.tub.top;
    expect(m.band).not.toBeNull();
    expect(m.tub.bottom - nth([m.band], 0).top).toBeCloseTo(depth * 0.75, 0);
    expect(m.fill).toBeCloseTo(10 / (20 / 0.75), 5);
    expect(m.trend).toBe("steady");
  });

  it("fills 90% for a level far above the band, and scales to a backlog of 100,000", () => {
    const r = makeResult([{ inflow: 5000, throughput: 4000, capacity: 100 }], {
      startBacklog: 99_000,
    });
    const m = bathtubModel(r);
    expect(m.fill).toBeCloseTo(0.9, 5);
    expect(m.labels.backlog).toBe("100,000");
    expect(m.trend).toBe("rising");
    expect(m.inflowWidth).toBeGreaterThan(m.outflowWidth);
  });

  it("a day bucket: 'Falling by 6 on the day', 'Day: Jun 30, 2024', 1 open ticket", () => {
    // 7 open, 0 in and 6 solved on the day: 1 left.
    const r = makeResult([{ inflow: 0, throughput: 6 }], { start: "2024-06-30", startBacklog: 7 });
    render(<Bathtub result={r} />);
    const text = screen.getByRole("img").textContent ?? "";
    expect(text).toContain("Falling by 6 on the day");
    expect(text).toContain("Day: Jun 30, 2024");
    // Without capacity there are no days of work: the backlog reads "1 open ticket".
    const none = makeResult([{ inflow: 0, throughput: 6, capacity: null }], { startBacklog: 7 });
    const m = bathtubModel(none);
    expect([m.labels.backlog, m.labels.open]).toEqual(["1", "open ticket"]);
    expect(
      bathtubModel(makeResult([{ inflow: 1, throughput: 0, capacity: null }])).labels.open,
    ).toBe("open tickets");
    expect(text).not.toContain("this day");
    expect(text).not.toContain("Day of");
  });

  it("an empty result gives an empty tub and says so", () => {
    const m = bathtubModel(makeResult([]));
    expect(m.fill).toBe(0);
    expect(m.summary).toBe("Backlog bathtub: no data.");
  });
});

describe("<HealthTile result>", () => {
  it("shows the last backlog, its net flow and status in words", () => {
    render(<HealthTile result={result} />);
    const fig = screen.getByRole("figure", { name: "Backlog" });
    expect(fig.textContent).toContain("12");
    expect(fig.textContent).toContain("−6 in the week");
    expect(fig.textContent).toContain("Above band");
  });

  it("healthTileModel compares other metrics with the bucket before", () => {
    const m = healthTileModel(result, { metric: "throughput" });
    const prev = nth(result.buckets, result.buckets.length - 2);
    expect(m.value).toBe("6");
    expect(m.trend).toBe(`${prev.throughput} the week before`);
    expect(m.sparkPath.startsWith("M0,")).toBe(true);
  });
});

describe("HealthTile of days of work when nothing was solved", () => {
  it("says the open work and that none was solved lately, beside its 'above band' status", () => {
    // A solved on Mar 4; B opened then and still open on Apr 15, whose 28-day
    // window (Mar 19 – Apr 15) holds no solve: capacity 0, days of work unbounded.
    const { log } = ticketsFromRecords([
      { id: "A", createdAt: "2024-03-04T09:00:00Z", resolvedAt: "2024-03-04T11:00:00Z" },
      { id: "B", createdAt: "2024-03-04T10:00:00Z" },
    ]);
    const zero = computeMetrics(log, { timeZone: "UTC", from: "2024-04-14", to: "2024-04-15" });
    const m = healthTileModel(zero, { metric: "backlogDays" });
    expect(m.value).toBe("–");
    expect(m.trend).toBe("1 open, none solved lately");
    expect(m.status).toBe("above");
    expect(m.summary).toBe("Days of work –, 1 open, none solved lately; above the healthy band.");
  });

  it("before any solve, says none solved yet and shows no band: capacity is not known", () => {
    const { log } = ticketsFromRecords([
      { id: "A", createdAt: "2024-03-04T09:00:00Z" },
      { id: "B", createdAt: "2024-03-04T10:00:00Z" },
    ]);
    const m = healthTileModel(computeMetrics(log, { timeZone: "UTC" }), { metric: "backlogDays" });
    expect(m.value).toBe("–");
    expect(m.trend).toBe("2 open, none solved yet");
    expect(m.status).toBeNull();
    expect(m.summary).toBe("Days of work –, 2 open, none solved yet; no band yet.");
  });
});

describe("embedding details", () => {
  it("motion='none' drops the transition and the flowing streams", () => {
    const { container } = render(<Bathtub result={result} bucketIndex={30} motion="none" />);
    expect(container.querySelector("[data-tidemark-flow]")).toBeNull();
    const water = container.querySelector<SVGElement>("[data-tidemark-motion]");
    expect(water?.style.transition).toBe("");
  });

  it("a huge band puts its full figures inside the tub (no room on the wall) and squeezes its panel value", () => {
    const huge = makeResult([{ inflow: 5000, throughput: 4000, capacity: 865_000 }], {
      startBacklog: 1_700_000,
    });
    const { container } = render(<Bathtub result={huge} locale="de-DE" />);
    expect(container.textContent).toContain("432.500–1.730.000");
    expect(bathtubModel(huge, { locale: "de-DE" }).bandLabels?.inside).toBe(true);
    const fmt = createFormatter({ locale: "de-DE" });
    const wall = [...container.querySelectorAll("g[text-anchor=end] > text")];
    expect(wall.map((t) => t.textContent)).toEqual([fmt.count(1_730_000), fmt.count(432_500)]);
    expect(container.querySelector("text[textLength]")?.textContent).toBe("432.500–1.730.000");
  });

  it("HealthTile shows the band status on backlog tiles only", () => {
    render(<HealthTile result={result} metric="inflow" />);
    expect(screen.getByRole("figure").textContent).not.toContain("band");
  });

  it("the visually hidden table sits in a clipped wrapper", () => {
    const { container } = render(<HealthTile result={result} />);
    const table = container.querySelector("table");
    expect(table?.parentElement?.style.overflow).toBe("hidden");
    expect(table?.getAttribute("style") ?? "").not.toContain("width: 1px");
  });
});

import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ForecastFan } from "../../src/charts/forecast-fan/ForecastFan.js";
import { forecastFanModel } from "../../src/charts/forecast-fan/model.js";
import { helpdeskLevers } from "../fixtures/levers.js";

const { forecast, history, refused } = helpdeskLevers();
const count = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(n);
const pct = (n: number) =>
  new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 }).format(n);

describe("<ForecastFan forecast history> on helpdesk-italy from 2012-06-01", () => {
  if (forecast.status !== "ok") throw new Error(`expected a fan, got ${forecast.status}`);
  const last = forecast.days[forecast.days.length - 1];
  if (!last) throw new Error("no days");

  it("forecastFanModel(forecast, { history }) draws history, fan, median and band, no NaN", () => {
    const m = forecastFanModel(forecast, { width: 640, height: 260, history });
    expect(m.status).toBe("ok");
    for (const d of [m.historyPath, m.fanPath, m.medianPath, m.bandPath]) {
      expect(d.length).toBeGreaterThan(10);
      expect(d).not.toContain("NaN");
    }
    expect(m.nav.count).toBe(56 + forecast.days.length);
    expect(m.nav.initial).toBe(56);
  });

  it("names the chart with the last day's p50, p10–p90 and chance outside the band", () => {
    render(<ForecastFan forecast={forecast} history={history} width={640} />);
    const label = screen.getByRole("img").getAttribute("aria-label") ?? "";
    expect(label).toContain(`${count(forecast.startBacklog)} open now`);
    expect(label).toContain(`most likely ${count(last.p50)}`);
    expect(label).toContain(`between ${count(last.p10)} and ${count(last.p90)}`);
    expect(label).toContain(`${pct(last.pOutside)} chance outside the healthy band`);
  });

  it("its table has a row per forecast day with p10, p50, p90 and the band probabilities", () => {
    render(<ForecastFan forecast={forecast} history={history} width={640} />);
    fireEvent.click(screen.getByRole("button", { name: "Show data table" }));
    const rows = [...screen.getByRole("table").querySelectorAll("tbody tr")].map((r) =>
      [...r.querySelectorAll("th, td")].map((c) => c.textContent),
    );
    expect(rows).toHaveLength(forecast.days.length);
    const d = forecast.days[3];
    if (!d) throw new Error("no day 3");
    expect(rows[3]?.slice(1)).toEqual([
      count(d.p10),
      count(d.p50),
      count(d.p90),
      pct(d.pBelow),
      pct(d.pAbove),
      pct(d.pOutside),
    ]);
  });

  it("focus starts on the first forecast day; arrows move; the tooltip shows the chance of leaving the band", () => {
    render(<ForecastFan forecast={forecast} history={history} width={640} />);
    const img = screen.getByRole("img");
    expect(img.tabIndex).toBe(0);
    fireEvent.focus(img);
    const first = forecast.days[0];
    if (!first) throw new Error("no day 0");
    expect(screen.getByRole("tooltip").textContent).toContain("(forecast)");
    expect(screen.getByRole("tooltip").textContent).toContain(pct(first.pOutside));
    fireEvent.keyDown(img, { key: "ArrowLeft" });
    expect(screen.getByRole("tooltip").textContent).toContain("Backlog");
    expect(screen.getByRole("tooltip").textContent).not.toContain("(forecast)");
    fireEvent.keyDown(img, { key: "End" });
    expect(screen.getByRole("tooltip").textContent).toContain(count(last.p50));
  });
});

describe("<ForecastFan> with a refused forecast", () => {
  it("shows the explanation as text and draws no fan", () => {
    expect(refused.status).not.toBe("ok");
    const { container } = render(<ForecastFan forecast={refused} history={history} width={640} />);
    if (refused.status === "ok") return;
    expect(screen.getByRole("note").textContent).toContain(refused.explanation);
    expect(screen.queryByRole("img")).toBeNull();
    expect(container.querySelector("svg")).toBeNull();
  });

  it("an empty log's refusal draws no NaN and throws nothing", () => {
    const m = forecastFanModel(
      {
        status: "insufficient-history",
        explanation: "No history.",
        firstDate: "",
        history: {
          days: 0,
          weeks: 0,
          meanInflow: null,
          meanThroughput: null,
          weeklyInflowCv: null,
          weeklyThroughputCv: null,
        },
      },
      { width: 0, height: Number.NaN },
    );
    expect(JSON.stringify(m)).not.toContain("NaN");
    expect(m.summary).toContain("No history.");
  });
});

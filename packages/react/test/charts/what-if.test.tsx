import { fireEvent, render, screen, within } from "@testing-library/react";
import { capacityToReachBand, whatIf } from "@tidemark/core";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { whatIfLevers, whatIfPanelModel } from "../../src/charts/what-if/model.js";
import { projectedBathtub } from "../../src/charts/what-if/projected.js";
import { WhatIfPanel } from "../../src/charts/what-if/WhatIfPanel.js";
import { HELPDESK_AS_OF, helpdeskLevers } from "../fixtures/levers.js";

const { log } = helpdeskLevers();
const options = { timeZone: "Europe/Rome", asOf: HELPDESK_AS_OF, runs: 200 };
const count = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(n);

describe("whatIfLevers(settings) and whatIfPanelModel(result, staffing)", () => {
  it("whatIfLevers turns settings into core levers, leaving out what changes nothing", () => {
    expect(
      whatIfLevers({
        deflect: { inflowKind: "recurring" },
        deflectShare: 0.5,
        capacity: { percent: 0 },
        band: { low: 0.5, high: 2 },
      }),
    ).toEqual([
      { kind: "deflect", inflowKind: "recurring", share: 0.5 },
      { kind: "band", low: 0.5, high: 2 },
    ]);
    expect(
      whatIfLevers({
        deflect: null,
        deflectShare: 0.5,
        capacity: { agents: 2 },
        band: { low: 1, high: 3 },
      }),
    ).toEqual([
      { kind: "capacity", agents: 2 },
      { kind: "band", low: 1, high: 3 },
    ]);
  });

  it("on helpdesk-italy with +20% capacity: weeks, both bathtubs, Little's law and staffing", () => {
    const levers = whatIfLevers({
      deflect: null,
      deflectShare: 0,
      capacity: { percent: 20 },
      band: { low: 0.5, high: 2 },
    });
    const r = whatIf(log, { ...options, levers });
    expect(r.status).toBe("ok");
    const staffing = capacityToReachBand(log, { ...options, byDate: "2012-06-28" });
    const m = whatIfPanelModel(r, staffing, {
      timeZone: "Europe/Rome",
      staffingDate: "2012-06-28",
    });
    expect(m.weeks).toHaveLength(r.scenario?.weeks.length ?? -1);
    expect(m.weeks[0]?.scenario).toBe(count(r.scenario?.weeks[0]?.p50 ?? Number.NaN));
    // Days of work: one fraction digit on every row (6.0, not 6, under 5.7).
    for (const w of m.weeks) expect(w.days).toMatch(/^\d+\.\d$/);
    expect(m.applied).toContain("Capacity up 20%.");
    expect(m.scenarioBathtub?.buckets[0]?.backlog).toBe(r.scenario?.weeks.at(-1)?.p50);
    expect(m.leadTime).toContain("Little's law");
    expect(m.leadTimeNotes).toEqual(r.littlesLaw.notes);
    expect(m.staffing).toContain("Jun 28, 2012");
    expect(JSON.stringify(m)).not.toContain("NaN");
  });

  it("staffing in words: the odds always, and 'no capacity' when none makes the band likely", () => {
    const r = whatIf(log, { ...options, levers: [] });
    const staffing = capacityToReachBand(log, { ...options, byDate: "2012-06-28" });
    if (staffing.status !== "ok" || staffing.probabilityInBand === null)
      throw new Error("no staffing");
    const pct = (v: number) => new Intl.NumberFormat("en-US", { style: "percent" }).format(v);
    const p = staffing.probabilityInBand;
    const odds =
      pct(p) === "50%" && p > 0.5
        ? "just over half of simulated runs"
        : `${pct(p)} of simulated runs`;
    const text = (s: typeof staffing) =>
      whatIfPanelModel(r, s, { timeZone: "Europe/Rome", staffingDate: "2012-06-28" }).staffing;
    expect(text(staffing)).toContain(odds);
    const none = {
      ...staffing,
      likely: false,
      change: 0.4,
      probabilityInBand: 0.149,
      probabilityBelow: 0,
      probabilityAbove: 0.851,
    };
    expect(text(none)).toMatch(
      /^No capacity makes the band by Jun 28, 2012 more likely than not: .* tickets a day \(40% more than now.*\) does best, in only 15% of simulated runs\.$/,
    );
    // Runs out on both sides: said, so 'most likely healthy' beside it is not a contradiction.
    const both = {
      ...none,
      probabilityInBand: 0.45,
      probabilityBelow: 0.3,
      probabilityAbove: 0.25,
    };
    expect(text(both)).toMatch(
      /^No capacity makes the band by Jun 28, 2012 more likely than not \(the runs spread past both its edges: 30% end below it, 25% above\): .* does best, in only 45% of simulated runs\.$/,
    );
    const half = { ...staffing, likely: true, change: 0.03, probabilityInBand: 0.501 };
    expect(text(half)).toContain("more likely than not (just over half of simulated runs)");
    const same = { ...staffing, likely: true, change: -0.03, agents: 11, agentsNeeded: 11 };
    expect(text(same)).toContain("(still about 11 agents)");
    const more = { ...staffing, likely: true, change: 0.25, probabilityInBand: 0.62 };
    expect(text(more)).toMatch(
      /^To be in the band by Jun 28, 2012 more likely than not \(62% of simulated runs\): solve .* tickets a day, 25% more than now/,
    );
  });

  it("projectedBathtub draws in − out = the median's change over the last week, for both bathtubs", () => {
    const r = whatIf(log, { ...options, levers: [{ kind: "capacity", percent: 20 }] });
    for (const p of [r.baseline, r.scenario]) {
      if (!p) throw new Error("no projection");
      const b = projectedBathtub(p, "Europe/Rome")?.buckets[0];
      const weeks = p.weeks;
      const change = (weeks.at(-1)?.p50 as number) - (weeks.at(-2)?.p50 as number);
      expect(b?.inflow).toBeCloseTo(p.inflow * 7, 9);
      expect(b?.netFlow).toBeCloseTo(change, 9);
      expect((b?.inflow as number) - (b?.throughput as number)).toBeCloseTo(change, 9);
      expect(b?.backlog).toBe(weeks.at(-1)?.p50);
      // The band is still measured in capacity.
      expect(b?.capacity).toBe(p.capacity);
    }
  });

  it("projectedBathtub(projection) is null without weeks", () => {
    const r = whatIf(log, { ...options, levers: [] });
    if (!r.baseline) throw new Error("no baseline");
    expect(projectedBathtub({ ...r.baseline, weeks: [] }, "UTC")).toBeNull();
  });
});

describe("<WhatIfPanel log> on helpdesk-italy from 2012-06-01", () => {
  it("shows both bathtubs, the weeks table and staffing; the capacity control moves the projection", async () => {
    render(<WhatIfPanel {...options} log={log} />);
    const region = screen.getByRole("region", { name: "What if…" });
    expect(within(region).getByRole("figure", { name: /^As is, on / })).toBeTruthy();
    expect(within(region).getByRole("figure", { name: /^With these changes, on / })).toBeTruthy();
    expect(within(region).getByRole("table", { name: "Projected backlog by week" })).toBeTruthy();
    expect(region.textContent).toContain("Lead time (Little's law)");
    expect(region.textContent).toContain("Staffing");
    const before = region.textContent;
    const amount = within(region).getByLabelText("Percent (+/−)");
    amount.focus();
    expect(document.activeElement).toBe(amount);
    fireEvent.change(amount, { target: { value: "50" } });
    expect(await screen.findByText("Capacity up 50%.")).toBeTruthy();
    // What a screen reader hears on a change: the one-sentence summary, not the panel.
    // (Each chart also has an empty one, for what keyboard focus points at.)
    const live = [...region.querySelectorAll("[aria-live]")].filter((e) => e.textContent !== "");
    expect(live.map((e) => e.tagName)).toEqual(["P"]);
    expect(live[0]?.textContent).toMatch(
      /^What-if on .*: backlog most likely \d+ with these changes/,
    );
    expect(region.textContent).not.toBe(before);
    expect(region.innerHTML).not.toContain("NaN");
  });

  it("agents can be taken away down to one left, never all (the core refuses that, as −100%)", async () => {
    const team = whatIf(log, { ...options, levers: [] }).applied.agents as number;
    expect(team).toBeGreaterThan(1);
    render(<WhatIfPanel {...options} log={log} />);
    const region = screen.getByRole("region", { name: "What if…" });
    fireEvent.change(within(region).getByLabelText("Change by"), { target: { value: "agents" } });
    const amount = within(region).getByLabelText("Agents added (− removes)") as HTMLInputElement;
    expect(amount.min).toBe(String(1 - team));
    fireEvent.change(amount, { target: { value: "-1000" } });
    expect(amount.value).toBe(String(1 - team));
    fireEvent.change(amount, { target: { value: "1e9" } });
    expect(amount.value).toBe("100");
    fireEvent.change(within(region).getByLabelText("Change by"), { target: { value: "percent" } });
    const percent = within(region).getByLabelText("Percent (+/−)") as HTMLInputElement;
    fireEvent.change(percent, { target: { value: "1e9" } });
    expect(percent.value).toBe("300");
    expect(region.textContent).not.toContain("would leave no one");
    expect(within(region).getByRole("figure", { name: /^With these changes, on / })).toBeTruthy();
  });

  it("deflecting a kind and changing the band are listed in words", async () => {
    render(<WhatIfPanel {...options} log={log} />);
    fireEvent.change(screen.getByLabelText("What"), { target: { value: "kind:new" } });
    expect(await screen.findByText(/^Deflecting about/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Band high"), { target: { value: "4" } });
    expect(await screen.findByText(/Healthy band: 0.5–4 days of work./)).toBeTruthy();
  });

  it("a refused history shows the explanation, no bathtubs", () => {
    render(<WhatIfPanel log={log} timeZone="Europe/Rome" runs={100} />);
    expect(screen.getByRole("note").textContent).toContain("say little about the next ones");
    expect(screen.queryByRole("figure")).toBeNull();
  });
});

describe("two WhatIfPanels on one page", () => {
  it("share no id, each label names its own control, and the two forms are distinct landmarks", async () => {
    const { container } = render(
      <div>
        <WhatIfPanel {...options} log={log} title="Team Rome" />
        <WhatIfPanel {...options} log={log} title="Team Milan" locale="it-IT" />
      </div>,
    );
    const ids = [...container.querySelectorAll("[id]")].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const panels = [...container.querySelectorAll("section")];
    expect(panels).toHaveLength(2);
    for (const panel of panels) {
      const labels = [...panel.querySelectorAll("label[for]")];
      expect(labels.length).toBeGreaterThan(4);
      for (const label of labels) {
        const control = container.querySelector(`[id="${label.getAttribute("for")}"]`);
        expect(control).not.toBeNull();
        expect(panel.contains(control)).toBe(true);
      }
    }
    const forms = screen.getAllByRole("form");
    expect(forms.map((f) => f.getAttribute("aria-label"))).toEqual([
      "Levers: Team Rome",
      "Levers: Team Milan",
    ]);
    // axe's own rules for the same, on the rendered DOM.
    const results = await axe.run(container, {
      runOnly: ["duplicate-id", "duplicate-id-aria", "landmark-unique", "label"],
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

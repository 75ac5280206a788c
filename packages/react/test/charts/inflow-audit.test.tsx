import { fireEvent, render, screen, within } from "@testing-library/react";
import { inflowAudit, ticketsFromRecords } from "@tidemark/core";
import { describe, expect, it } from "vitest";
import { AutomationCandidates } from "../../src/charts/automation-candidates/AutomationCandidates.js";
import { automationCandidatesModel } from "../../src/charts/automation-candidates/model.js";
import { InflowAudit } from "../../src/charts/inflow-audit/InflowAudit.js";
import { inflowAuditModel } from "../../src/charts/inflow-audit/model.js";
import { incidentsAudit } from "../fixtures/levers.js";

const audit = incidentsAudit();
const count = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(n);
const pct = (n: number) =>
  new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 }).format(n);

describe("<InflowAudit audit> on bpi2013-incidents, April 2012", () => {
  const top = audit.categories[0];
  if (!top) throw new Error("no categories");

  it("inflowAuditModel(audit) ranks categories with growth, noise words, icons and sparklines", () => {
    const m = inflowAuditModel(audit);
    expect(m.rows).toHaveLength(audit.categories.length);
    expect(m.rows[0]?.label).toBe(top.category);
    expect(m.rows[0]?.count).toBe(count(top.count));
    const up = m.rows.find((r) => r.change === "up");
    expect(up?.changeWords).toBe("Rising beyond normal weekly swings");
    expect(up?.icon).toBe("▲");
    expect(m.rows.find((r) => r.change === "steady")?.changeWords).toBe(
      "Within normal weekly swings",
    );
    expect(m.kinds.map((k) => k.kind)).toEqual(audit.avoidable.byKind.map((k) => k.kind));
    expect(JSON.stringify(m)).not.toContain("NaN");
  });

  it("the summary counts every rising category and names the first three, saying how many more", () => {
    const m = inflowAuditModel(audit);
    const rising = m.rows.filter((r) => r.change === "up").map((r) => r.label);
    const named = rising.slice(0, 3).join(", ");
    const more = rising.length > 3 ? ` and ${rising.length - 3} more` : "";
    expect(m.summary).toContain(
      `${rising.length} rising beyond normal weekly swings (${named}${more}).`,
    );
  });

  it("four rising categories: three named and '1 more'", () => {
    const four = {
      ...audit,
      categories: audit.categories.map((c, i) =>
        i < 4 ? { ...c, change: "up" as const } : { ...c, change: null },
      ),
    };
    const m = inflowAuditModel(four);
    const labels = four.categories.slice(0, 3).map((c) => c.category);
    expect(m.summary).toContain(
      `4 rising beyond normal weekly swings (${labels.join(", ")} and 1 more).`,
    );
  });

  it("shows the top 10 in a table, trend in words, and Show all lists every category", () => {
    render(<InflowAudit audit={audit} />);
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(10);
    const first = rows[0] as HTMLElement;
    expect(within(first).getByRole("rowheader").textContent).toContain(top.category);
    expect(first.textContent).toContain(count(top.count));
    expect(first.textContent).toContain(pct(top.share));
    expect(first.textContent).toContain(
      top.change === "up" ? "Rising beyond normal weekly swings" : "normal",
    );
    expect(within(first).getByRole("img").getAttribute("aria-label")).toBe(
      `Weekly inflow: ${top.weekly.map(count).join(", ")}`,
    );
    const button = screen.getByRole("button", {
      name: `Show all ${audit.categories.length} categories`,
    });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(table.querySelectorAll("tbody tr")).toHaveLength(audit.categories.length);
    expect(button.getAttribute("aria-expanded")).toBe("true");
  });

  it("says the avoidable share and lists every inflow kind", () => {
    render(<InflowAudit audit={audit} />);
    const fig = screen.getByRole("figure", { name: /Inflow audit/ });
    expect(fig.textContent).toContain("Avoidable inflow");
    expect(fig.textContent).toContain("New requests (not avoidable)");
    expect(fig.textContent).toContain("Recurring questions");
  });

  it("one category and one candidate are written in the singular", () => {
    // One category only: 'Password', 30 tickets over the 28 days audited.
    const records = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      createdAt: `2024-03-${String(1 + (i % 28)).padStart(2, "0")}T10:00:00Z`,
      resolvedAt: `2024-03-${String(1 + (i % 28)).padStart(2, "0")}T11:00:00Z`,
      category: "Password",
      inflowKind: "recurring",
    }));
    const one = inflowAudit(ticketsFromRecords(records).log, { timeZone: "UTC" });
    expect(inflowAuditModel(one).summary).toMatch(/ came in across 1 category; /);
    expect(one.automation.length).toBeGreaterThan(0);
    const best = one.automation.slice(0, 1);
    expect(automationCandidatesModel(best).summary).toMatch(/^1 automation candidate; /);
  });

  it("with no earlier weeks in the data, no growth and no swing verdict is given", () => {
    // 13 days of data: the previous 13-day window predates the log.
    const records = Array.from({ length: 13 }, (_, i) => ({
      id: `t${i}`,
      createdAt: Date.UTC(2024, 2, 25 + i, 10),
      category: "Billing",
    }));
    const short = inflowAudit(ticketsFromRecords(records).log, { timeZone: "UTC" });
    expect(short.previous.covered).toBe(false);
    const m = inflowAuditModel(short);
    expect(m.rows[0]).toMatchObject({
      growth: "–",
      change: "unknown",
      changeWords: "No earlier weeks in the data to compare",
    });
    expect(m.summary).toContain("No earlier weeks in the data to compare them with");
    expect(m.summary).not.toContain("rising beyond normal weekly swings");
  });

  it("an empty audit says no tickets came in, with no table and no NaN", () => {
    const empty = inflowAudit(ticketsFromRecords([]).log);
    const { container } = render(<InflowAudit audit={empty} />);
    expect(screen.getByText("No tickets came in during this window.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    expect(container.innerHTML).not.toContain("NaN");
  });
});

describe("<AutomationCandidates candidates> on bpi2013-incidents, April 2012", () => {
  it("lists the best five in order with their score and plain-word reasons", () => {
    render(<AutomationCandidates candidates={audit.automation} />);
    const list = screen.getByRole("list", { name: "Candidates, best first" });
    const items = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === list);
    expect(items).toHaveLength(5);
    const best = audit.automation[0];
    if (!best) throw new Error("no candidates");
    expect(items[0]?.textContent).toContain(best.category);
    expect(items[0]?.textContent).toContain(`score ${pct(best.score)}`);
    for (const r of best.reasons) expect(items[0]?.textContent).toContain(r);
    expect(
      screen.getByText(`${audit.automation.length - 5} more candidates below these.`),
    ).toBeTruthy();
  });

  it("with no candidates says so in words", () => {
    render(<AutomationCandidates candidates={[]} />);
    expect(screen.getByText(/No automation candidates/)).toBeTruthy();
    expect(automationCandidatesModel([]).table.rows()).toEqual([]);
  });
});

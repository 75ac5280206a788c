import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WhatIfPanel } from "../../src/charts/what-if/WhatIfPanel.js";
import { boxesOf } from "../fixtures/boxes.js";
import { HELPDESK_AS_OF, helpdeskLevers } from "../fixtures/levers.js";

const { log } = helpdeskLevers();
const options = { timeZone: "Europe/Rome", asOf: HELPDESK_AS_OF, runs: 200 };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("<WhatIfPanel> on a phone (boxes 336 px wide)", () => {
  it("draws both bathtubs compact and the weeks table with short headers and dates, in a focusable scroll box", () => {
    boxesOf(336);
    render(<WhatIfPanel log={log} {...options} />);
    const region = screen.getByRole("region", { name: "What if…" });
    for (const name of [/^As is, on /, /^With these changes, on /]) {
      const svg = within(region).getByRole("figure", { name }).querySelector("svg");
      // The compact drawing is 320 × 120 units (the hero's 640 × 352).
      expect(svg?.getAttribute("viewBox")).toBe("0 0 320 120");
    }
    const table = within(region).getByRole("table", { name: "Projected backlog by week" });
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(headers).toEqual([
      "Week ending",
      "As is",
      "With changes",
      "8 in 10",
      "Days of work",
      "Status",
    ]);
    const firstDate = table.querySelector("tbody th")?.textContent ?? "";
    expect(firstDate).toMatch(/^[A-Z][a-z]{2} \d{1,2}$/);
    const box = table.parentElement;
    expect(box?.getAttribute("tabindex")).toBe("0");
    expect(box?.style.overflowX).toBe("auto");
  });

  it("keeps the hero bathtubs and the full table on a wide screen (boxes 700 px)", () => {
    boxesOf(700);
    render(<WhatIfPanel log={log} {...options} />);
    const region = screen.getByRole("region", { name: "What if…" });
    const svg = within(region)
      .getByRole("figure", { name: /^As is, on / })
      .querySelector("svg");
    expect(svg?.getAttribute("viewBox")).toBe("0 0 640 352");
    const table = within(region).getByRole("table", { name: "Projected backlog by week" });
    expect(table.querySelector("thead th:nth-child(2)")?.textContent).toBe("As is (likely)");
  });
});

import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AgingWork, HealthTile, LeadTimeScatter } from "../src/index.js";
import { nth, twoWeeks } from "./fixtures/results.js";

const evil = "<img src=x onerror=alert(1)>";

describe("labels are text, never HTML", () => {
  it("a ticket id and a title made of markup show as those characters", () => {
    const points = { ids: [evil], resolvedAt: [Date.UTC(2024, 2, 2)], hours: [4] };
    const { container } = render(
      <div>
        <LeadTimeScatter points={points} summary={null} width={500} title={evil} />
        <AgingWork aging={{ ...twoWeeks.aging, oldestId: evil }} width={400} title={evil} />
        <HealthTile result={twoWeeks} title={evil} />
      </div>,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getAllByText(evil).length).toBe(3);
    fireEvent.focus(nth(screen.getAllByRole("img"), 0));
    expect(screen.getByRole("tooltip").textContent).toContain(evil);
    expect(container.querySelector("img")).toBeNull();
  });

  it("a theme value cannot break out of the style attribute", () => {
    const { container } = render(
      <HealthTile
        result={twoWeeks}
        theme={{ text: "red;}</style><img src=x onerror=alert(1)>" }}
      />,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(container.innerHTML).not.toContain("onerror");
  });
});

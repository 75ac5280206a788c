import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AgingWork, BacklogTrend, Bathtub, FlowTrend, HealthTile } from "../src/index.js";
import { twoWeeks } from "./fixtures/results.js";

describe("hydration", () => {
  it("the first client render matches the server's HTML", async () => {
    const app = (
      <div>
        <Bathtub result={twoWeeks} />
        <HealthTile result={twoWeeks} />
        <FlowTrend result={twoWeeks} />
        <BacklogTrend result={twoWeeks} theme="dark" />
        <AgingWork aging={twoWeeks.aging} />
      </div>
    );
    const html = renderToString(app);
    const host = document.createElement("div");
    host.innerHTML = html;
    document.body.appendChild(host);
    const parsed = host.innerHTML;
    const errors: unknown[] = [];
    const consoleError = vi
      .spyOn(console, "error")
      .mockImplementation((...args) => errors.push(args));
    await act(async () => {
      hydrateRoot(host, app, { onRecoverableError: (e) => errors.push(e) });
    });
    consoleError.mockRestore();
    expect(errors).toEqual([]);
    expect(host.innerHTML).toBe(parsed);
    host.remove();
  });
});

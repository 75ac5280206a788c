import { describe, expect, test } from "vitest";
import type { ViewModel } from "../../src/data/protocol";
import { viewAfter } from "../../src/data/view-state";

describe("viewAfter(previous, message)", () => {
  const shown = { dataId: 1 } as unknown as ViewModel;
  const next = { dataId: 2 } as unknown as ViewModel;

  test("settings the core refuses keep the last view on screen, with the reason", () => {
    const after = viewAfter(
      { model: shown, error: null },
      { type: "view-error", id: 3, message: "Invalid option band: low must be at most high." },
    );
    expect(after).toEqual({
      model: shown,
      error: "Invalid option band: low must be at most high.",
    });
  });
  test("a new view replaces it and clears the reason", () => {
    expect(viewAfter({ model: shown, error: "x" }, { type: "view", id: 4, model: next })).toEqual({
      model: next,
      error: null,
    });
  });
});

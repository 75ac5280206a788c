import { describe, expect, it } from "vitest";
import { afterSkipped } from "../../src/ui/IssueList";

describe("afterSkipped(errorCount, rowCount)", () => {
  it("says the other rows are on the charts only when some are", () => {
    expect(afterSkipped(1, 3)).toBe(": the other rows are on the charts.");
    expect(afterSkipped(2, 2)).toBe(": no row could be used, so there is nothing to chart.");
    expect(afterSkipped(0, 2)).toBe(": every row is on the charts.");
  });
});

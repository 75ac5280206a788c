import { render, screen } from "@testing-library/react";
import { useId, version } from "react";
import { version as domVersion } from "react-dom";
import { version as serverVersion } from "react-dom/server";
import { describe, expect, it } from "vitest";

// Each vitest config names the React major it must run (vitest.config.ts: 19,
// vitest.react18.config.ts: 18); a wrong alias or a deduped install fails here.
const major = process.env.TIDEMARK_REACT_MAJOR;

function Probe() {
  return <p>{`hooks from React ${version}: ${useId() !== ""}`}</p>;
}

describe(`the run renders with React ${major}`, () => {
  it("react, react-dom and react-dom/server are all that major", () => {
    expect(major).toMatch(/^1[89]$/);
    expect(version.split(".")[0]).toBe(major);
    expect(domVersion.split(".")[0]).toBe(major);
    expect(serverVersion.split(".")[0]).toBe(major);
  });

  it("@testing-library/react renders components with that React (hooks work across the two)", () => {
    render(<Probe />);
    expect(screen.getByText(`hooks from React ${version}: true`)).toBeTruthy();
    expect(version.startsWith(`${major}.`)).toBe(true);
  });
});

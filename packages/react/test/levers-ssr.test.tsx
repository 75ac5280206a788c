// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AutomationCandidates, ForecastFan, InflowAudit, WhatIfPanel } from "../src/levers.js";
import { HELPDESK_AS_OF, helpdeskLevers, incidentsAudit } from "./fixtures/levers.js";

describe("renderToString of the lever components in Node, with no window", () => {
  const { log, forecast, history, refused } = helpdeskLevers();
  const audit = incidentsAudit();

  it("renders a fan, a refusal, the audit, the candidates and the what-if panel without NaN", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <div>
        <ForecastFan forecast={forecast} history={history} />
        <ForecastFan forecast={refused} />
        <InflowAudit audit={audit} />
        <AutomationCandidates candidates={audit.automation} />
        <WhatIfPanel log={log} timeZone="Europe/Rome" asOf={HELPDESK_AS_OF} runs={100} />
      </div>,
    );
    expect(html).toContain('role="img"');
    expect(html).toContain("Automation candidates");
    expect(html).toContain("Projected backlog by week");
    expect(html).not.toContain("NaN");
  });
});

/**
 * @tidemark/react/levers: the panels of the three levers (inflow audit,
 * forecast, what-if), drawn from `@tidemark/core`'s lever functions. A separate
 * entry because they carry core's simulations; dashboards that only draw the
 * bathtub and its trends never load them.
 */

export {
  AutomationCandidates,
  type AutomationCandidatesProps,
} from "./charts/automation-candidates/AutomationCandidates.js";
export {
  type AutomationCandidateItem,
  type AutomationCandidatesModel,
  type AutomationCandidatesOptions,
  automationCandidatesModel,
} from "./charts/automation-candidates/model.js";
export { ForecastFan, type ForecastFanProps } from "./charts/forecast-fan/ForecastFan.js";
export {
  type ForecastFanModel,
  type ForecastFanOptions,
  forecastFanModel,
} from "./charts/forecast-fan/model.js";
export { InflowAudit, type InflowAuditProps } from "./charts/inflow-audit/InflowAudit.js";
export {
  type CategoryChange,
  type InflowAuditModel,
  type InflowAuditModelOptions,
  type InflowAuditRow,
  type InflowKindRow,
  inflowAuditModel,
} from "./charts/inflow-audit/model.js";
export {
  type WhatIfPanelModel,
  type WhatIfSettings,
  type WhatIfWeekRow,
  whatIfLevers,
  whatIfPanelModel,
} from "./charts/what-if/model.js";
export { projectedBathtub } from "./charts/what-if/projected.js";
export { WhatIfPanel, type WhatIfPanelProps } from "./charts/what-if/WhatIfPanel.js";

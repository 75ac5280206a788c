import type { MetricsResult } from "@tidemark/core";

/** The {@link MetricsResult} itself, indented. */
export function metricsJson(result: MetricsResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

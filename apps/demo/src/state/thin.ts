import type { LeadTimePoints } from "@tidemark/core";

/**
 * At most `max` points, taken at an even stride through the solve-time order,
 * so the cloud keeps its shape. Drawing 500,000 dots takes the page seconds;
 * the percentile lines still come from every ticket.
 */
export function thinPoints(
  points: LeadTimePoints,
  max: number,
): { points: LeadTimePoints; stride: number } {
  const n = points.ids.length;
  if (n <= max) return { points, stride: 1 };
  const stride = Math.ceil(n / max);
  const pick = <T>(a: T[]) => a.filter((_, i) => i % stride === 0);
  return {
    points: {
      ids: pick(points.ids),
      resolvedAt: pick(points.resolvedAt),
      hours: pick(points.hours),
    },
    stride,
  };
}

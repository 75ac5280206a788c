import { ticks as d3ticks } from "d3-array";

/** A linear map from data to pixels that never returns NaN. */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
  /** About `count` round values inside the domain. */
  ticks(count?: number): number[];
}

const finite = (v: number, fallback: number): number => (Number.isFinite(v) ? v : fallback);

/**
 * A linear scale. A zero-width domain maps everything to the range's start
 * (the baseline); non-finite input maps to the range's start too.
 *
 * @example linearScale([0, 10], [100, 0])(5) // 50
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const d0 = finite(domain[0], 0);
  const d1 = finite(domain[1], d0);
  const r0 = finite(range[0], 0);
  const r1 = finite(range[1], r0);
  const span = d1 - d0;
  const k = span === 0 ? 0 : (r1 - r0) / span;
  const scale = ((value: number) =>
    Number.isFinite(value) ? r0 + (value - d0) * k : r0) as LinearScale;
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  scale.ticks = (count = 5) => (span === 0 ? [d0] : d3ticks(d0, d1, count));
  return scale;
}

/**
 * A domain `[0, top]` that holds `max` with some headroom and ends on a round
 * number; `[0, 1]` when there is nothing to show.
 *
 * @example niceMax(93) // 100
 */
export function niceMax(max: number, count = 5): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const t = d3ticks(0, max, count);
  const step = t.length > 1 ? (t[1] as number) - (t[0] as number) : max;
  const top = Math.ceil(max / step) * step;
  return top > 0 ? top : max;
}

/** Rounds a pixel value to 0.1 px for compact SVG. */
export const px = (v: number): number => (Number.isFinite(v) ? Math.round(v * 10) / 10 : 0);

/**
 * `scale(value(item))` for each item, px; `NaN` where the value is missing or not
 * finite, so the path builders leave a gap there.
 */
export function pixelsOf<T>(
  items: readonly T[],
  value: (item: T) => number | null | undefined,
  scale: (v: number) => number,
): Float64Array {
  const out = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = value(items[i] as T);
    out[i] = typeof v === "number" && Number.isFinite(v) ? scale(v) : Number.NaN;
  }
  return out;
}

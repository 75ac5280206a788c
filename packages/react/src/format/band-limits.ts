/**
 * Core's `shownBandLimits`, repeated here because importing anything from the
 * core's main entry adds about 1 kB (gzip) of its tables to every chart's
 * bundle; a test holds the two equal. See core's docs/metrics.md.
 */
export function shownBandLimits(
  low: number,
  high: number,
): [{ value: number; digits: number }, { value: number; digits: number }] {
  const lowDigits = Math.abs(low) < 10 ? 1 : 0;
  const highDigits = Math.abs(high) < 10 ? 1 : 0;
  for (let extra = 0; extra <= 6; extra++) {
    const lo = roundUp(low, lowDigits + extra);
    const hi = roundDown(high, highDigits + extra);
    if (lo <= hi)
      return [
        { value: lo, digits: lowDigits + extra },
        { value: hi, digits: highDigits + extra },
      ];
  }
  return [
    { value: low, digits: lowDigits + 6 },
    { value: high, digits: highDigits + 6 },
  ];
}

function roundUp(v: number, digits: number): number {
  const step = 10 ** digits;
  const up = Math.ceil(v * step);
  return (up - 1) / step >= v ? (up - 1) / step : up / step;
}

function roundDown(v: number, digits: number): number {
  const step = 10 ** digits;
  const down = Math.floor(v * step);
  return (down + 1) / step <= v ? (down + 1) / step : down / step;
}

/** A band limit to show: the value and how many fraction digits to write it with. */
export interface ShownLimit {
  value: number;
  digits: number;
}

/**
 * More fraction digits than this, and a band is written as it is, rounded to
 * the nearest: only a band narrower than a ten-millionth of a ticket, or
 * below one, gets there.
 */
const MAX_EXTRA_DIGITS = 6;

/**
 * A healthy band's limits (tickets) as a chart, table or command should write
 * them: one fraction digit under 10 and whole from 10 up, each rounded into the
 * band (the low edge up, the high one down), so a backlog of whole tickets
 * reads against the written limits as its status says: 5 is above a high edge
 * of 4.96, written `4.9`, not `5`. A band too narrow for that (0.023–0.091
 * would read `0.1–0`) gets more digits, never a low edge above the high one.
 *
 * @example shownBandLimits(1.26, 4.96) // [{ value: 1.3, digits: 1 }, { value: 4.9, digits: 1 }]
 */
export function shownBandLimits(low: number, high: number): [ShownLimit, ShownLimit] {
  const lowDigits = Math.abs(low) < 10 ? 1 : 0;
  const highDigits = Math.abs(high) < 10 ? 1 : 0;
  for (let extra = 0; extra <= MAX_EXTRA_DIGITS; extra++) {
    const lo = roundUp(low, lowDigits + extra);
    const hi = roundDown(high, highDigits + extra);
    if (lo <= hi) {
      return [
        { value: lo, digits: lowDigits + extra },
        { value: hi, digits: highDigits + extra },
      ];
    }
  }
  return [
    { value: low, digits: lowDigits + MAX_EXTRA_DIGITS },
    { value: high, digits: highDigits + MAX_EXTRA_DIGITS },
  ];
}

// The step next to the one found is taken when it is still on the right side:
// 1.3 * 10 is 13.000000000000002, whose ceiling would write 1.3 as 1.4.
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

/**
 * 8 bins per doubling of a duration in milliseconds, in value order, read from
 * the float's high word (sign, exponent, top 3 mantissa bits): from 2^8 ms (a
 * quarter second) to 2^40 ms (about 35 years); shorter ones share the first bin
 * with any negative value, longer ones the last. Dividing by the hour keeps
 * this order, so the bins of the milliseconds hold the hours' ranks.
 */
export const BINS = 256;
const FIRST_KEY = (1023 + 8) << 3;

export function binOf(high: number): number {
  if (high >= 0x80000000) return 0;
  const b = (high >>> 17) - FIRST_KEY;
  return b < 0 ? 0 : b < BINS ? b : BINS - 1;
}

/** Where a float64's high 32 bits sit among its two words: second on little-endian machines. */
export function highWordIndex(): number {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
}

/** Positions `count` equal slots (buckets) across `[left, right]`. */
export interface SlotScale {
  count: number;
  /** Width of one slot, px. */
  step: number;
  /** Centre of slot `i`, px. */
  center(i: number): number;
  /** Left edge of slot `i`, px. */
  start(i: number): number;
  /** The slot nearest to pixel `x`, clamped; -1 when there are no slots. */
  indexAt(x: number): number;
}

/**
 * Equal slots for buckets (days, weeks, months drawn the same width, as a
 * reader expects from a bucketed series).
 *
 * @example slotScale(4, 0, 100).center(0) // 12.5
 */
export function slotScale(count: number, left: number, right: number): SlotScale {
  const n = Math.max(0, Math.floor(Number.isFinite(count) ? count : 0));
  const width = Math.max(0, right - left);
  const step = n > 0 ? width / n : width;
  return {
    count: n,
    step,
    center: (i) => left + (i + 0.5) * step,
    start: (i) => left + i * step,
    indexAt(x) {
      if (n === 0 || step === 0) return n === 0 ? -1 : 0;
      const i = Math.floor((x - left) / step);
      return Math.min(n - 1, Math.max(0, i));
    },
  };
}

/** The centre of every slot, px, in one array (for the array-based path builders). */
export function slotCenters(slots: SlotScale): Float64Array {
  const xs = new Float64Array(slots.count);
  for (let i = 0; i < slots.count; i++) xs[i] = slots.center(i);
  return xs;
}

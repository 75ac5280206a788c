/**
 * Which points of a dense series to draw: when several points share a column
 * (`columnWidth` px, default 2), the first, lowest, highest and last of them
 * (the M4 method) draw the same picture as all of them. Undefined points are kept, so gaps stay gaps.
 * Tooltips and tables still use every point; this only thins the path.
 *
 * @example visibleIndices(3650, (i) => i * 0.2, (i) => ys[i]).length // ≤ 4 per 2 px
 */
export function visibleIndices(
  n: number,
  x: (i: number) => number,
  y: (i: number) => number,
  defined: (i: number) => boolean = () => true,
  columnWidth = 2,
): number[] {
  const out: number[] = [];
  let column = Number.NaN;
  let first = -1;
  let last = -1;
  let lo = -1;
  let hi = -1;
  const flush = () => {
    if (first < 0) return;
    const picks = [first, lo, hi, last].sort((a, b) => a - b);
    for (let k = 0; k < picks.length; k++) {
      const p = picks[k] as number;
      if (k === 0 || p !== picks[k - 1]) out.push(p);
    }
    first = last = lo = hi = -1;
  };
  for (let i = 0; i < n; i++) {
    if (!defined(i)) {
      flush();
      out.push(i);
      column = Number.NaN;
      continue;
    }
    const c = Math.floor(x(i) / columnWidth);
    if (c !== column) {
      flush();
      column = c;
    }
    const v = y(i);
    if (first < 0) first = lo = hi = i;
    else {
      if (v < y(lo)) lo = i;
      if (v > y(hi)) hi = i;
    }
    last = i;
  }
  flush();
  return out;
}

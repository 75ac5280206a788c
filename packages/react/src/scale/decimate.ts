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
  const xs = new Float64Array(Math.max(0, n));
  const ys = new Float64Array(Math.max(0, n));
  for (let i = 0; i < n; i++) {
    xs[i] = x(i);
    ys[i] = defined(i) ? y(i) : Number.NaN;
  }
  return visibleOf(xs, ys, columnWidth);
}

/**
 * {@link visibleIndices} over pixel arrays: `ys[i]` is `NaN` where point `i` is
 * undefined (a gap). The fast path the charts use.
 */
export function visibleOf(xs: ArrayLike<number>, ys: ArrayLike<number>, columnWidth = 2): number[] {
  const n = ys.length;
  const out: number[] = [];
  let column = Number.NaN;
  let first = -1;
  let last = -1;
  let lo = -1;
  let hi = -1;
  let loV = 0;
  let hiV = 0;
  // first ≤ min(lo, hi) ≤ max(lo, hi) ≤ last: push them in order, each once.
  const flush = () => {
    if (first < 0) return;
    const a = Math.min(lo, hi);
    const b = Math.max(lo, hi);
    out.push(first);
    if (a !== first) out.push(a);
    if (b !== a) out.push(b);
    if (last !== b) out.push(last);
    first = -1;
  };
  for (let i = 0; i < n; i++) {
    const v = ys[i] as number;
    if (Number.isNaN(v)) {
      flush();
      out.push(i);
      column = Number.NaN;
      continue;
    }
    const c = Math.floor((xs[i] as number) / columnWidth);
    if (c !== column) {
      flush();
      column = c;
    }
    if (first < 0) {
      first = lo = hi = i;
      loV = hiV = v;
    } else {
      if (v < loV) {
        lo = i;
        loV = v;
      }
      if (v > hiV) {
        hi = i;
        hiV = v;
      }
    }
    last = i;
  }
  flush();
  return out;
}
